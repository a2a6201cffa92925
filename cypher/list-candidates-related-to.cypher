// The candidates of an entity list filtered by relatedTo: the label's nodes linked to that node, once each.
MATCH (:Node {id: $relatedTo})--(n:{{label}})
WITH DISTINCT n
