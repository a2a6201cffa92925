// Empties the database. Used by the test suite on its own instance only.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
