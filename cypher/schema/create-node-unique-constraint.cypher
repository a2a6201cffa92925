// Makes a property unique among nodes of one label. {{name}}, {{label}} and {{property}} come from
// the model (validated identifiers).
CREATE CONSTRAINT {{name}} IF NOT EXISTS FOR (n:{{label}}) REQUIRE n.{{property}} IS UNIQUE
