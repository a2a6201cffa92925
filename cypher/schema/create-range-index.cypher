// A range index on one property of one label. {{name}}, {{label}} and {{property}} come from the model.
CREATE INDEX {{name}} IF NOT EXISTS FOR (n:{{label}}) ON (n.{{property}})
