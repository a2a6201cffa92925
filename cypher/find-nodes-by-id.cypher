// Nodes by id, each projected: only the properties $nodeKeys lists for its label (whole when the
// label is absent), so a request reads what its selection asks for and no more.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WITH id, n, [l IN labels(n) WHERE l <> 'Node'][0] AS label
RETURN id, {label: label, properties: CASE WHEN $nodeKeys[label] IS NULL THEN properties(n) END, keys: $nodeKeys[label], values: [k IN coalesce($nodeKeys[label], []) | n[k]]} AS node
