import { ARRAY_DELIMITER, csvField, csvHeader, csvNodeRow, csvRelationshipRow, importArguments } from "../../../src/export/csv.writer";
import { exportColumns } from "../../../src/export/export-columns";
import { NodeLabel, RelationshipType } from "../../../src/model/graph-model";
import { modelInUse } from "../../../src/model/model-in-use";

const columns = exportColumns(modelInUse());
const facility = columns.nodes.get(NodeLabel.Facility)!;
const position = columns.relationships.get(RelationshipType.HOLDS_POSITION)!;

describe("the CSV writer (neo4j-admin import format)", () => {
  it("quotes strings and doubles their quotes, so commas, quotes and line breaks survive", () => {
    const text = { name: "quote", type: "string" } as const;
    expect(csvField('He said "yes", then\nleft', text)).toBe('"He said ""yes"", then\nleft"');
    expect(csvField("", text)).toBe('""');
    expect(csvField("back\\slash", text)).toBe('"back\\slash"');
  });

  it("leaves a missing value empty and writes numbers and booleans bare", () => {
    expect(csvField(null, { name: "ordinal", type: "long" })).toBe("");
    expect(csvField(undefined, { name: "quote", type: "string" })).toBe("");
    expect(csvField(2, { name: "ordinal", type: "long" })).toBe("2");
    expect(csvField(0.85, { name: "confidence", type: "double" })).toBe("0.85");
    expect(csvField(false, { name: "asOf_inferred", type: "boolean" })).toBe("false");
  });

  it("joins an array's items with the array delimiter in one quoted field, dropping the delimiter from an item", () => {
    const aliases = { name: "aliases", type: "string[]" } as const;
    expect(csvField(["Foton", 'Beiqi "Foton"; Motor'], aliases)).toBe(`"Foton${ARRAY_DELIMITER}Beiqi ""Foton""; Motor"`);
    expect(csvField([`a${ARRAY_DELIMITER}b`], aliases)).toBe('"ab"');
    expect(csvField([], aliases)).toBe("");
  });

  it("names typed header columns from the model: the id as :ID, then :LABEL; a relationship's ends and type first", () => {
    const header = csvHeader(facility, "node");
    expect(header.startsWith("id:ID,name:string,aliases:string[],")).toBe(true);
    expect(header).toContain(",ordinal:long,");
    expect(header).toContain(",products:string[],");
    expect(header).toContain(",estimatedInvestmentUsd:double,");
    expect(header.trimEnd().endsWith(",:LABEL")).toBe(true);
    const relationship = csvHeader(position, "relationship");
    expect(relationship.startsWith(":START_ID,:END_ID,:TYPE,id:string,title:string,")).toBe(true);
    expect(relationship).toContain(",asOf:string,asOf_precision:string,asOf_start:string,asOf_end:string,asOf_text:string,asOf_inferred:boolean,");
    expect(relationship.trimEnd().endsWith(",documentId:string,quote:string,start:long,end:long")).toBe(true);
  });

  it("writes a row per node with its label and the Node label, and a row per relationship with its ends", () => {
    const values = facility.map((column) => (column.name === "ordinal" ? 2 : column.name === "id" ? "facility:x" : null));
    const row = csvNodeRow({ id: "facility:x", label: NodeLabel.Facility, values }, facility);
    expect(row.split(",")).toHaveLength(facility.length + 1);
    expect(row).toMatch(new RegExp(`^"facility:x",.*,2,.*"Facility${ARRAY_DELIMITER}Node"\\n$`, "s"));
    const fact = csvRelationshipRow({ type: RelationshipType.HOLDS_POSITION, source: "person:a", target: "company:b", values: ["rel:a", "CEO"] }, position);
    expect(fact.startsWith('"person:a","company:b","HOLDS_POSITION","rel:a","CEO",')).toBe(true);
  });

  it("gives neo4j-admin one --nodes per label and one --relationships per type, with the array delimiter and multi-line fields", () => {
    expect(importArguments([NodeLabel.Company], [RelationshipType.PARTY_TO])).toEqual([
      "--nodes=Company_header.csv,Company.csv",
      "--relationships=PARTY_TO_header.csv,PARTY_TO.csv",
      "--array-delimiter=U+001F",
      "--multiline-fields=true",
    ]);
  });
});
