// Constraints and indexes, applied at every start. Each statement is IF NOT EXISTS, so applying the
// file again changes nothing.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT vehicle_id IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT market_id IF NOT EXISTS FOR (n:Market) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT holds_position_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT witnessed_id IF NOT EXISTS FOR ()-[r:WITNESSED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mentioned_in_id IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX node_name_key IF NOT EXISTS FOR (n:Node) ON (n.nameKey);
CREATE INDEX node_date_start IF NOT EXISTS FOR (n:Node) ON (n.dateStart);
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:Company|Person|Vehicle|Market|Agreement|Facility|Event|Figure|Document)
ON EACH [n.name, n.aliases, n.description, n.scope, n.metric, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
