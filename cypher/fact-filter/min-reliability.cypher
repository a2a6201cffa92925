// Only facts with a source graded $minReliability{{p}} or better (A is best): {{reliability}} is
// reliability.cypher, or known-reliability.cypher under knownAsOf.
{{reliability}} <= $minReliability{{p}}
