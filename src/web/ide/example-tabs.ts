/** A tab the IDE opens with: an example operation from docs/api.md, and its variables if any. */
export interface ExampleTab {
  query: string;
  variables?: string;
}

/**
 * The operations the IDE opens with, one tab each: the analyst questions of docs/api.md, a shortest path, a
 * neighborhood, a year's timeline, a search and an ingest preview. Each starts with a comment saying what it answers.
 * A unit test validates every one against the schema, so a schema change cannot leave a broken tab.
 */
export const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: `# Who witnessed the signing of the Foton–Iveco Group MOU, and what are their titles?
query MouWitnesses {
  agreement(id: "agreement:foton-iveco-mou-2024") {
    name
    witnesses {
      delegation
      person {
        name
        positions { title company { name } }
      }
    }
  }
}
`,
  },
  {
    query: `# Where and when was the MOU signed, by whom, and which markets does it cover?
query MouSigning {
  agreement(name: "Foton Iveco Group Memorandum of Understanding") {
    kind
    signedOn { value precision text }
    signedIn { name kind }
    parties { role company { name } }
    targetMarkets { name kind }
  }
}
`,
  },
  {
    query: `# Which plant did Foton open in Mexico, and when?
query MexicoPlant {
  company(name: "Foton") {
    facilities { name kind status openedOn { value text } location { name } }
  }
}
`,
  },
  {
    query: `# How is Gerrit Marx connected to CATL? (shortest path, with the quote behind each step)
query GerritMarxToCatl {
  shortestPath(from: "Gerrit Marx", to: "CATL") {
    length
    nodes { id name }
    steps { direction relationship { id type provenance { quote document { title } } } }
  }
}
`,
  },
  {
    query: `# What is around Iveco Group? (a neighborhood, ready to draw)
query AroundIvecoGroup {
  neighborhood(id: "company:iveco-group", depth: 2, labels: [Person, Agreement, Company], limit: 100) {
    truncated
    nodes { depth node { id label name } }
    edges { id sourceId targetId type }
  }
}
`,
  },
  {
    query: `# What happened in 2024, across the whole graph? (a timeline, in date order, paged)
query Year2024 {
  timeline(from: "2024", to: "2024", first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { date { value precision } kind title node { id name } } }
  }
}
`,
  },
  {
    query: `# Which nodes mention battery rentals? (full-text search, best first)
query SearchBatteryRental($text: String!) {
  search(text: $text, first: 10) {
    score
    node { id label name }
  }
}
`,
    variables: `{ "text": "battery rental" }`,
  },
  {
    query: `# What would ingesting this article add? (a preview: nothing is written)
# Mutations need credentials: in development the key knowledge-graph-dev-key is accepted;
# it is set in the Headers tab below.
mutation PreviewArticle($text: String!) {
  previewExtraction(text: $text, publishedOn: "2025-03-04") {
    entities { label name existing }
    facts { type from to quote }
  }
}
`,
    variables: `{ "text": "Norvik Motors AB signed a supply agreement with Foton in Madrid on March 3, 2025." }`,
  },
];

/** The headers the ingest-preview tab needs in development (the development API key). */
export const PREVIEW_HEADERS = `{ "authorization": "Bearer knowledge-graph-dev-key" }`;
