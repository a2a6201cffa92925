// The constraints in the database, to compare with the ones the model asks for.
SHOW CONSTRAINTS YIELD id, name, type, entityType, labelsOrTypes, properties
