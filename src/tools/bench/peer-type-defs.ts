/**
 * The product's model written for @neo4j/graphql, the peer the benchmark compares against: the same
 * labels, relationship types and properties over the same database, as a team would declare them.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Position @relationshipProperties {
    title: String
    unit: String
  }

  type Company @node(labels: ["Company", "Node"]) {
    id: ID!
    name: String
    kind: String
    executives: [Person!]! @relationship(type: "HOLDS_POSITION", direction: IN, properties: "Position")
    agreements: [Agreement!]! @relationship(type: "PARTY_TO", direction: OUT)
  }

  type Person @node(labels: ["Person", "Node"]) {
    id: ID!
    name: String
    positions: [Company!]! @relationship(type: "HOLDS_POSITION", direction: OUT, properties: "Position")
  }

  type Agreement @node(labels: ["Agreement", "Node"]) {
    id: ID!
    name: String
    kind: String
    status: String
    parties: [Company!]! @relationship(type: "PARTY_TO", direction: IN)
    targetMarkets: [Market!]! @relationship(type: "TARGETS_MARKET", direction: OUT)
  }

  type Market @node(labels: ["Market", "Node"]) {
    id: ID!
    name: String
    kind: String
    agreements: [Agreement!]! @relationship(type: "TARGETS_MARKET", direction: IN)
  }
`;
