// One page of an entity list (see list-entities-page), each node projected to the properties
// $nodeKeys lists for the label, as one row with what pageInfo and totalCount need of the rest of
// the list (see list-entities-page-info). {{page}} is list-entities-page; {{pageInfo}} is
// list-entities-page-info.
{{page}}
WITH collect({
  node: {label: $label, properties: CASE WHEN $nodeKeys[$label] IS NULL THEN properties(n) END, keys: $nodeKeys[$label], values: [k IN coalesce($nodeKeys[$label], []) | n[k]]},
  sortKey: sortKey
}) AS rows
{{pageInfo}}
RETURN rows, total, rowsBeforeStart, rowsAfterEnd
