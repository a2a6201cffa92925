// The operations the explorer sends: all of them public API, nothing private.

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!) {
    search(text: $text, first: 12) {
      score
      node {
        id
        label
        name
      }
    }
  }
`;

const QUOTE_FIELDS = /* GraphQL */ `quote start end document { id title publishedOn { value text } }`;

const EDGE_FIELDS = /* GraphQL */ `
  id sourceId targetId type properties
  evidence { ${QUOTE_FIELDS} }
`;

export const NEIGHBORHOOD = /* GraphQL */ `
  query ExplorerNeighborhood($id: ID!, $asOf: DateInput) {
    neighborhood(id: $id, depth: 1, limit: 60, asOf: $asOf) {
      truncated
      nodes { node { id label name } }
      edges { ${EDGE_FIELDS} }
    }
  }
`;

export const NODE_DETAILS = /* GraphQL */ `
  query ExplorerNode($id: ID!) {
    node(id: $id) {
      id
      label
      name
      aliases
      properties
    }
  }
`;

export const DOCUMENT_TEXT = /* GraphQL */ `
  query ExplorerDocumentText($id: ID!) {
    document(id: $id) {
      id
      text
    }
  }
`;

export const SHORTEST_PATH = /* GraphQL */ `
  query ExplorerShortestPath($from: ID!, $to: ID!, $asOf: DateInput) {
    shortestPath(from: $from, to: $to, maxHops: 8, asOf: $asOf) {
      length
      nodes {
        id
        label
        name
      }
      relationships { ${EDGE_FIELDS} }
    }
  }
`;

export const TIMELINE = /* GraphQL */ `
  query ExplorerTimeline($id: ID!, $asOf: DateInput) {
    timeline(entity: $id, first: 100, asOf: $asOf) {
      edges {
        node {
          date {
            value
            text
            precision
          }
          kind
          title
          node {
            id
            label
            name
          }
        }
      }
    }
  }
`;

/** Every open conflict, so that the edges that make or concern a claim can be drawn as contested. */
export const OPEN_CONFLICTS = /* GraphQL */ `
  query ExplorerOpenConflicts {
    conflicts(status: OPEN, first: 100) {
      edges {
        node {
          id
          subjectId
          disputed
          claims { id value evidence { ${QUOTE_FIELDS} } }
        }
      }
    }
  }
`;

export interface GraphNodeData {
  id: string;
  label: string;
  name: string;
}

export interface ProvenanceData {
  quote: string;
  start: number;
  end: number;
  document: { id: string; title: string; publishedOn: { value: string; text: string | null } | null };
}

export interface GraphEdgeData {
  id: string;
  sourceId: string;
  targetId: string;
  type: string;
  properties: Record<string, unknown>;
  evidence: ProvenanceData[];
}

export interface ConflictData {
  id: string;
  subjectId: string;
  disputed: string;
  claims: { id: string; value: string; evidence: ProvenanceData[] }[];
}

export interface OpenConflictsData {
  conflicts: { edges: { node: ConflictData }[] };
}

export interface SearchData {
  search: { score: number; node: GraphNodeData }[];
}

export interface NeighborhoodData {
  neighborhood: { truncated: boolean; nodes: { node: GraphNodeData }[]; edges: GraphEdgeData[] };
}

export interface NodeDetailsData {
  node: GraphNodeData & { aliases: string[]; properties: Record<string, unknown> };
}

export interface DocumentTextData {
  document: { id: string; text: string };
}

export interface ShortestPathData {
  shortestPath: {
    length: number;
    nodes: GraphNodeData[];
    relationships: GraphEdgeData[];
  } | null;
}

export interface TimelineData {
  timeline: { edges: { node: { date: { value: string; text: string | null; precision: string }; kind: string; title: string; node: GraphNodeData } }[] };
}
