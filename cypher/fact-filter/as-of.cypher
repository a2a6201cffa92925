// Only facts that held at some time in [$asOfStart{{p}}, $asOfEnd{{p}}] and that no later fact had
// superseded by $asOfStart{{p}}; {{knownSupersession}} is known-supersession.cypher under knownAsOf,
// else empty. An open bound never excludes.
coalesce({{r}}.validFrom_start, '') <= $asOfEnd{{p}}
AND coalesce({{r}}.validTo_end, '9999') >= $asOfStart{{p}}
AND (coalesce({{r}}.supersededFrom, '9999') > $asOfStart{{p}}{{knownSupersession}})
