// Only facts that held at some time in [$asOfStart{{p}}, $asOfEnd{{p}}] and that no later fact had
// superseded by $asOfStart{{p}}. {{validFrom}} and {{validTo}} are valid-from.cypher and
// valid-to.cypher, or known-valid-from.cypher and known-valid-to.cypher under knownAsOf;
// {{knownSupersession}} is known-supersession.cypher under knownAsOf, else empty. An open bound never
// excludes.
{{validFrom}} <= $asOfEnd{{p}}
AND {{validTo}} >= $asOfStart{{p}}
AND (coalesce({{r}}.supersededFrom, '9999') > $asOfStart{{p}}{{knownSupersession}})
