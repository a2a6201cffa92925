// How many dated facts the graph-wide timeline's filters keep, over all pages. {{datedFacts}} is
// dated-facts.cypher.
{{datedFacts}}
RETURN count(*) AS total
