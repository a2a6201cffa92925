// One page of the graph-wide timeline, keyset-paged on sortKey: after $after going forwards, or
// before $before going backwards ($backward, newest first; the caller puts the page back in order).
// {{datedFacts}} is dated-facts.cypher.
{{datedFacts}}
WHERE ($after IS NULL OR sortKey > $after) AND ($before IS NULL OR sortKey < $before)
WITH n, r, d, kind, sortKey
ORDER BY CASE WHEN $backward THEN null ELSE sortKey END ASC, CASE WHEN $backward THEN sortKey END DESC
LIMIT toInteger($limit)
RETURN {label: [l IN labels(n) WHERE l <> 'Node'][0], properties: properties(n)} AS node,
       CASE WHEN r IS NULL THEN null
            ELSE {type: type(r), properties: properties(r), source: startNode(r).id, target: endNode(r).id, sourceName: startNode(r).name} END AS via,
       d.property AS property, kind, sortKey
