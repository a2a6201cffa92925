UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)} AS node
