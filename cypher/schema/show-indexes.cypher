// The indexes in the database that no constraint owns, to compare with the ones the model asks for.
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options, owningConstraint
WHERE owningConstraint IS NULL
RETURN name, type, entityType, labelsOrTypes, properties, options.indexConfig.`fulltext.analyzer` AS analyzer
