// The indexes in the database that no constraint owns, to compare with the ones the model asks for.
SHOW INDEXES YIELD id, name, type, entityType, labelsOrTypes, properties, options, owningConstraint
WHERE owningConstraint IS NULL
RETURN id, name, type, entityType, labelsOrTypes, properties, options.indexConfig.`fulltext.analyzer` AS analyzer
