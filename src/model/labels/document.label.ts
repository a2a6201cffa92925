import { ANY_ENTITY, defineLabel } from "../model-spec";
import { SOURCE_GRADE } from "../shared-enums";

export const DOCUMENT = defineLabel({
  description: "A source document; every fact points back to one, with its quote.",
  colour: "#475569",
  one: "document",
  many: "documents",
  properties: {
    title: { type: "String", description: "The headline.", required: true },
    text: { type: "String", description: "The full text; provenance offsets index into it.", required: true, searchable: true },
    source: { type: "String", description: "The publisher, e.g. Transport Topics." },
    url: { type: "String", description: "Where it was published." },
    file: { type: "String", description: "The seed file it was loaded from." },
    contentHash: { type: "String", description: "SHA-256 of the text.", required: true, unique: true },
    publishedOn: { type: "Date", description: "When it was published.", timeline: "PUBLICATION" },
    publisher: { type: "String", description: "The publisher the grades file matches to its source or url; null when none does.", computed: true },
    recordedAt: { type: "String", description: "When the graph learnt what it says: the ISO time it was first loaded with this text.", computed: true },
    reliability: { type: SOURCE_GRADE, description: "Its publisher's grade, A (best) to F (unknown), from the publisher grades file.", computed: true },
  },
  primaryDates: ["publishedOn"],
  relations: {
    entities: { types: ["MENTIONED_IN"], direction: "INCOMING", targets: ANY_ENTITY, description: "Everything the document mentions." },
  },
});
