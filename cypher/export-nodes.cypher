// A page of nodes for an export. {{page}} picks them (cypher/export-graph-page: the next $pageSize
// after $after; cypher/export-id-page: the nodes of $ids), in id order. Each comes with its label
// among $labels (null for a node of no label of the model) and the values of the properties
// $nodeKeys lists for that label, in that order.
{{page}}
WITH n, [l IN labels(n) WHERE l IN $labels][0] AS label
RETURN n.id AS id, label, [k IN coalesce($nodeKeys[label], []) | n[k]] AS values
