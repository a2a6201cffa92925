// Makes id unique among relationships of one type. {{name}} and {{type}} come from the model.
CREATE CONSTRAINT {{name}} IF NOT EXISTS FOR ()-[r:{{type}}]-() REQUIRE r.id IS UNIQUE
