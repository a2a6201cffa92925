// One page of an entity list (see list-entities-page), each node projected to the properties
// $nodeKeys lists for the label. {{page}} is list-entities-page.
{{page}}
RETURN {label: $label, properties: CASE WHEN $nodeKeys[$label] IS NULL THEN properties(n) END, keys: $nodeKeys[$label], values: [k IN coalesce($nodeKeys[$label], []) | n[k]]} AS node, sortKey
