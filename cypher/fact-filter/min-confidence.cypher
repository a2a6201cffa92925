// Only facts at least $minConfidence{{p}} sure (curated facts have 1).
{{r}}.confidence >= $minConfidence{{p}}
