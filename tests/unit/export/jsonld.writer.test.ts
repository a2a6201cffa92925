import fs from "node:fs";
import { exportColumns } from "../../../src/export/export-columns";
import { EXPORT_CONTEXT_FILE, exportContext, jsonldFact, jsonldNode, renderExportContext, VOCABULARY_IRI } from "../../../src/export/jsonld.writer";
import { NodeLabel, RelationshipType } from "../../../src/model/graph-model";
import { modelInUse } from "../../../src/model/model-in-use";

const view = modelInUse();
const columns = exportColumns(view);

describe("the JSON-LD writer", () => {
  it("has its context checked in as schema/export-context.jsonld (run `npm run schema` after changing the model)", () => {
    expect(fs.readFileSync(EXPORT_CONTEXT_FILE, "utf8")).toBe(renderExportContext(view));
  });

  it("declares a term for every label, relationship type and property of the model, typed as stored", () => {
    const context = exportContext(view)["@context"];
    for (const name of [...view.labels, ...view.relationshipTypes]) expect(context[name]).toEqual({ "@id": `${VOCABULARY_IRI}${name}` });
    expect(context.ordinal).toEqual({ "@id": `${VOCABULARY_IRI}ordinal`, "@type": "xsd:integer" });
    expect(context.aliases).toEqual({ "@id": `${VOCABULARY_IRI}aliases`, "@container": "@set" });
    expect(context.wasDerivedFrom).toEqual({ "@id": "prov:wasDerivedFrom", "@type": "@id" });
    expect(context.documentId).toBeUndefined();
  });

  it("writes a node with its label as type and its properties, leaving missing ones out", () => {
    const company = columns.nodes.get(NodeLabel.Company)!;
    const values = company.map((column) => ({ id: "company:foton", name: "Foton", aliases: ["Beiqi Foton"] })[column.name] ?? null);
    expect(jsonldNode({ id: "company:foton", label: NodeLabel.Company, values }, company, view)).toEqual({
      "@id": "kg:company:foton",
      "@type": "Company",
      name: "Foton",
      aliases: ["Beiqi Foton"],
    });
  });

  it("writes a fact as a prov:Entity statement derived from its document, with its quote and offsets", () => {
    const position = columns.relationships.get(RelationshipType.HOLDS_POSITION)!;
    const given: Record<string, unknown> = { id: "rel:ceo", title: "CEO", documentId: "document:d", quote: "CEO Gerrit Marx", start: 10, end: 25 };
    const values = position.map((column) => given[column.name] ?? null);
    expect(jsonldFact({ type: RelationshipType.HOLDS_POSITION, source: "person:marx", target: "company:iveco", values }, position)).toEqual({
      "@id": "kg:rel:ceo",
      "@type": ["prov:Entity", "rdf:Statement"],
      subject: "kg:person:marx",
      predicate: "HOLDS_POSITION",
      object: "kg:company:iveco",
      title: "CEO",
      quote: "CEO Gerrit Marx",
      start: 10,
      end: 25,
      wasDerivedFrom: "kg:document:d",
    });
  });
});
