// The candidates of an entity list without a relatedTo filter: every node of the label.
MATCH (n:{{label}})
