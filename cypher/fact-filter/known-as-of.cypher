// Only facts the graph knew at $knownAsOf{{p}}: recorded by then.
coalesce({{r}}.recordedAt, '') <= $knownAsOf{{p}}
