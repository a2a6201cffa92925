// Makes id unique among nodes of one label. {{name}} and {{label}} come from the model (validated identifiers).
CREATE CONSTRAINT {{name}} IF NOT EXISTS FOR (n:{{label}}) REQUIRE n.id IS UNIQUE
