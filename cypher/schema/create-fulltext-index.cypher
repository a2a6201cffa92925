// A full-text index over some properties of some labels. {{labels}} is a |-list of model labels,
// {{properties}} a list of n.<property>, {{analyzer}} one of the analyzers the code allows.
CREATE FULLTEXT INDEX {{name}} IF NOT EXISTS
FOR (n:{{labels}})
ON EACH [{{properties}}]
OPTIONS { indexConfig: { `fulltext.analyzer`: '{{analyzer}}' } }
