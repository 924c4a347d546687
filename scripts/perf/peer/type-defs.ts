/**
 * The peer's schema (issue 15): type definitions for @neo4j/graphql 7, the generic GraphQL-over-Neo4j
 * library, over the same graph our service reads (docs/model.md). Only what the benchmark's questions
 * ask is declared; every type names the labels and every relationship the type and direction the
 * seed writer uses, so the library's generated Cypher reads exactly the nodes ours does.
 *
 * Where our API derives an answer (a county's representatives include the seats of the RSS that serves
 * it; an org chart's levels are a union of several relationships), the peer is asked for the same
 * relationships nested, and the benchmark's fairness check adds them up (scripts/perf/peer/questions.ts).
 */
import { NODE_LABELS } from '../../../src/reference/kinds.js';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  # Read-only: the benchmark only reads, and the peer must not offer writes to the graph.
  extend schema @mutation(operations: [])

  "A person or an organisation that holds a seat."
  union Holder = Person | Organisation

  "What a part belongs to (PART_OF)."
  union Part = Body | Organisation

  type County @node(labels: ["County"]) {
    id: ID!
    code: String
    name: String
    "Seats on behalf of the county itself."
    seats: [Mandate!]! @relationship(type: "ON_BEHALF_OF", direction: IN)
    "The RSS serving the county; their seats are on the county's behalf too."
    rss: [Rss!]! @relationship(type: "SERVES", direction: IN)
    regions: [Region!]! @relationship(type: "IN_COUNTY", direction: IN)
    municipalities: [Municipality!]! @relationship(type: "IN_COUNTY", direction: IN)
    bodies: [Body!]! @relationship(type: "IN_COUNTY", direction: IN)
  }

  type Mandate @node(labels: ["Mandate"]) {
    id: ID!
    role: String
    seat: String
    arena: String
    holder: [Holder!]! @relationship(type: "HOLDS", direction: IN)
    via: [Organisation!]! @relationship(type: "VIA", direction: OUT)
    "The body (or RSS) the seat is in."
    body: [Part!]! @relationship(type: "IN", direction: OUT)
  }

  type Person @node(labels: ["Person"]) {
    id: ID!
    name: String
  }

  type Organisation @node(labels: ["Organisation"]) {
    id: ID!
    name: String
    county: [County!]! @relationship(type: "IN_COUNTY", direction: OUT)
    parts: [Part!]! @relationship(type: "PART_OF", direction: IN)
    ledBodies: [Body!]! @relationship(type: "LED_BY", direction: IN)
    hosted: [Organisation!]! @relationship(type: "HOSTED_BY", direction: IN)
    seats: [Mandate!]! @relationship(type: "IN", direction: IN)
  }

  type Rss @node(labels: ["Rss"]) {
    id: ID!
    name: String
    seats: [Mandate!]! @relationship(type: "ON_BEHALF_OF", direction: IN)
    parts: [Part!]! @relationship(type: "PART_OF", direction: IN)
    ledBodies: [Body!]! @relationship(type: "LED_BY", direction: IN)
    hosted: [Organisation!]! @relationship(type: "HOSTED_BY", direction: IN)
    "Seats in the RSS (its members)."
    members: [Mandate!]! @relationship(type: "IN", direction: IN)
  }

  type Region @node(labels: ["Region"]) {
    id: ID!
    name: String
    parts: [Part!]! @relationship(type: "PART_OF", direction: IN)
    ledBodies: [Body!]! @relationship(type: "LED_BY", direction: IN)
    hosted: [Organisation!]! @relationship(type: "HOSTED_BY", direction: IN)
  }

  type Municipality @node(labels: ["Municipality"]) {
    id: ID!
    name: String
    parts: [Part!]! @relationship(type: "PART_OF", direction: IN)
    ledBodies: [Body!]! @relationship(type: "LED_BY", direction: IN)
    hosted: [Organisation!]! @relationship(type: "HOSTED_BY", direction: IN)
  }

  type Body @node(labels: ["Body"]) {
    id: ID!
    name: String
    ledBy: [Organisation!]! @relationship(type: "LED_BY", direction: OUT)
    partOf: [Part!]! @relationship(type: "PART_OF", direction: OUT)
    parts: [Part!]! @relationship(type: "PART_OF", direction: IN)
    "Bodies led by this one (none in the seeds: LED_BY ends at organisations; asked as our org chart asks it)."
    ledBodies: [Body!]! @relationship(type: "LED_BY", direction: IN)
    hosted: [Organisation!]! @relationship(type: "HOSTED_BY", direction: IN)
    members: [Mandate!]! @relationship(type: "IN", direction: IN)
  }

  "Any node, as a document states it or the full-text index finds it."
  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_search_v2", queryName: "searchEntities", fields: ["searchText"] }]) {
    id: ID!
    name: String
    title: String
    searchText: String
    kind: [String!]! @cypher(statement: "RETURN labels(this) AS kind", columnName: "kind")
    "Whether the node is of a kind our API knows (src/reference/kinds.ts NODE_LABELS): a document's facts are those."
    known: Boolean! @cypher(statement: "RETURN any(l IN labels(this) WHERE l IN $KNOWN) AS known", columnName: "known")
  }

  type Document @node(labels: ["Document"]) {
    id: ID!
    title: String
    states: [Entity!]! @relationship(type: "STATES", direction: OUT)
  }
`.replace('$KNOWN', `[${NODE_LABELS.map((l) => `'${l}'`).join(', ')}]`);
