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
CREATE CONSTRAINT covers_id IF NOT EXISTS FOR ()-[r:COVERS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT targets_market_id IF NOT EXISTS FOR ()-[r:TARGETS_MARKET]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT signed_in_id IF NOT EXISTS FOR ()-[r:SIGNED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT consolidates_id IF NOT EXISTS FOR ()-[r:CONSOLIDATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT follows_from_id IF NOT EXISTS FOR ()-[r:FOLLOWS_FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT division_of_id IF NOT EXISTS FOR ()-[r:DIVISION_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT brand_of_id IF NOT EXISTS FOR ()-[r:BRAND_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT subsidiary_of_id IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT headquartered_in_id IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT operates_id IF NOT EXISTS FOR ()-[r:OPERATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT candidate_location_id IF NOT EXISTS FOR ()-[r:CANDIDATE_LOCATION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT develops_id IF NOT EXISTS FOR ()-[r:DEVELOPS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT produces_id IF NOT EXISTS FOR ()-[r:PRODUCES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT sells_in_id IF NOT EXISTS FOR ()-[r:SELLS_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT featured_id IF NOT EXISTS FOR ()-[r:FEATURED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT has_figure_id IF NOT EXISTS FOR ()-[r:HAS_FIGURE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT applies_to_id IF NOT EXISTS FOR ()-[r:APPLIES_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT based_on_id IF NOT EXISTS FOR ()-[r:BASED_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mentioned_in_id IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX node_name_key IF NOT EXISTS FOR (n:Node) ON (n.nameKey);
CREATE INDEX node_date_start IF NOT EXISTS FOR (n:Node) ON (n.dateStart);
CREATE INDEX document_content_hash IF NOT EXISTS FOR (n:Document) ON (n.contentHash);
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:Company|Person|Vehicle|Market|Agreement|Facility|Event|Figure|Document)
ON EACH [n.name, n.aliases, n.description, n.scope, n.metric, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
// Every name key of an entity, each as one exact term (keyword analyzer), so that lookups by name and
// entity resolution find a node by any of its keys without scanning its label.
CREATE FULLTEXT INDEX node_name_keys IF NOT EXISTS
FOR (n:Company|Person|Vehicle|Market|Agreement|Facility|Event|Figure|Document)
ON EACH [n.nameKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
