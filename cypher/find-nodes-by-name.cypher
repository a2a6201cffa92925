// Exact lookup by name or alias (see find-nodes-by-name-matches), each node whole.
{{matches}}
RETURN {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)} AS node
