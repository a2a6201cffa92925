// The constraints in the database, to compare with the ones the model asks for.
SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
