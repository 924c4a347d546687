/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The arena a representative comes from. */
export type Arena =
  /** Sub-county arena (delregional), e.g. an R&D unit covering part of a county. */
  | 'DELREGIONAL'
  /** County-wide arena. */
  | 'REGIONAL';

/** Whether a document describes the thing travelling along a hop, or the hop is inferred. */
export type FlowBasis =
  /** Inferred from membership or structure (a seat, a relation, a body's stated composition); see inference and restsOn. */
  | 'INFERRED'
  /** A document describes need (knowledge, money) travelling along this hop; see processSteps and sources. */
  | 'STATED';

/** What travels. */
export type FlowKind =
  /** Knowledge, downward to a municipality. */
  | 'KNOWLEDGE'
  /** Money, from an agreement through its allocations to the recipients. */
  | 'MONEY'
  /** A need, upward to the national level. */
  | 'NEED';

/** The part a node plays in a flow. */
export type FlowNodeRole =
  /** Where a route stops before its proper end: no document describes a way on from there. */
  | 'END'
  /** Where a need's route ends at the national level. */
  | 'NATIONAL_END'
  /** Where the flow starts. */
  | 'START'
  /** On the way. */
  | 'STEP'
  /** Where a route ends at its target: the municipality (knowledge), a recipient (money). */
  | 'TARGET';

/** Full member or deputy. */
export type Seat =
  /** Deputy. */
  | 'ERSATTARE'
  /** Full member. */
  | 'ORDINARIE';

export type DashboardMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMatrixQuery = { networks: Array<{ id: string, name: string, shortName: string | null }>, counties: Array<{ id: string, code: string, name: string, municipalities: Array<{ code: string }>, rss: Array<{ id: string, name: string }>, documents: Array<{ id: string }>, representatives: Array<{ id: string, arena: Arena | null, seat: Seat | null, body:
        | { __typename: 'Body', id: string }
        | { __typename: 'Organisation' }
      , member:
        | { __typename: 'Organisation', name: string }
        | { __typename: 'Person', name: string }
      , via: { name: string } | null }> }> };

export type DashboardInitiativesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardInitiativesQuery = { initiatives: Array<{ id: string, name: string, kind: string, statusHistory: Array<{ status: string, from: string | null, to: string | null }>, status: { status: string, from: string | null } | null, groups: Array<{ id: string }> }> };

export type ChartFieldsFragment = { id: string, label: string, kind: string, type: string | null, relation: string | null, roles: Array<string>, childCount: number };

export type OrgChartQueryVariables = Exact<{
  root?: string | number | null | undefined;
  depth?: number | null | undefined;
}>;


export type OrgChartQuery = { orgChart: { id: string, label: string, kind: string, type: string | null, relation: string | null, roles: Array<string>, childCount: number, children: Array<{ id: string, label: string, kind: string, type: string | null, relation: string | null, roles: Array<string>, childCount: number, children: Array<{ id: string, label: string, kind: string, type: string | null, relation: string | null, roles: Array<string>, childCount: number, children: Array<{ id: string, label: string, kind: string, type: string | null, relation: string | null, roles: Array<string>, childCount: number, children: Array<{ id: string, label: string, kind: string, type: string | null, relation: string | null, roles: Array<string>, childCount: number, children: Array<{ id: string, label: string, kind: string, type: string | null, relation: string | null, roles: Array<string>, childCount: number, children: Array<{ id: string, label: string, kind: string, type: string | null, relation: string | null, roles: Array<string>, childCount: number }> }> }> }> }> }> } };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Allocation', id: string }
    | { __typename: 'Body', name: string, type: string, level: string, description: string | null, aliases: Array<string>, id: string, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }> }
    | { __typename: 'County', name: string, code: string, id: string, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }> }
    | { __typename: 'Document', id: string }
    | { __typename: 'Initiative', name: string, kind: string, description: string | null, id: string, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }> }
    | { __typename: 'Mandate', id: string }
    | { __typename: 'Municipality', name: string, code: string, id: string, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }> }
    | { __typename: 'Need', id: string }
    | { __typename: 'Organisation', name: string, type: string, description: string | null, aliases: Array<string>, id: string, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }> }
    | { __typename: 'Person', name: string, aliases: Array<string>, id: string, roles: Array<{ title: string, organisation: { name: string } | null }>, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }> }
    | { __typename: 'Process', id: string }
    | { __typename: 'ProcessStep', id: string }
    | { __typename: 'Topic', id: string }
   | null };

export type SourceFieldsFragment = { file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } };

type NamedNode_Agreement_Fragment = { __typename: 'Agreement', id: string };

type NamedNode_Allocation_Fragment = { __typename: 'Allocation', id: string };

type NamedNode_Body_Fragment = { __typename: 'Body', name: string, id: string };

type NamedNode_County_Fragment = { __typename: 'County', name: string, id: string };

type NamedNode_Document_Fragment = { __typename: 'Document', id: string };

type NamedNode_Initiative_Fragment = { __typename: 'Initiative', name: string, id: string };

type NamedNode_Mandate_Fragment = { __typename: 'Mandate', id: string };

type NamedNode_Municipality_Fragment = { __typename: 'Municipality', name: string, id: string };

type NamedNode_Need_Fragment = { __typename: 'Need', id: string };

type NamedNode_Organisation_Fragment = { __typename: 'Organisation', name: string, id: string };

type NamedNode_Person_Fragment = { __typename: 'Person', name: string, id: string };

type NamedNode_Process_Fragment = { __typename: 'Process', id: string };

type NamedNode_ProcessStep_Fragment = { __typename: 'ProcessStep', name: string, id: string };

type NamedNode_Topic_Fragment = { __typename: 'Topic', id: string };

export type NamedNodeFragment =
  | NamedNode_Agreement_Fragment
  | NamedNode_Allocation_Fragment
  | NamedNode_Body_Fragment
  | NamedNode_County_Fragment
  | NamedNode_Document_Fragment
  | NamedNode_Initiative_Fragment
  | NamedNode_Mandate_Fragment
  | NamedNode_Municipality_Fragment
  | NamedNode_Need_Fragment
  | NamedNode_Organisation_Fragment
  | NamedNode_Person_Fragment
  | NamedNode_Process_Fragment
  | NamedNode_ProcessStep_Fragment
  | NamedNode_Topic_Fragment
;

export type FlowGraphFragment = { kind: FlowKind, subject:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Allocation', id: string }
    | { __typename: 'Body', name: string, id: string }
    | { __typename: 'County', name: string, id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Initiative', name: string, id: string }
    | { __typename: 'Mandate', id: string }
    | { __typename: 'Municipality', name: string, id: string }
    | { __typename: 'Need', id: string }
    | { __typename: 'Organisation', name: string, id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'Process', id: string }
    | { __typename: 'ProcessStep', name: string, id: string }
    | { __typename: 'Topic', id: string }
  , nodes: Array<{ key: string, label: string, shortLabel: string, kind: string, level: string | null, role: FlowNodeRole, layer: number, decisionPoint: boolean, decision: string | null }>, edges: Array<{ key: string, relation: string, label: string, basis: FlowBasis, inference: Array<string>, description: string, from: { key: string }, to: { key: string }, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }>, carriedBy: Array<
      | { __typename: 'Agreement', id: string }
      | { __typename: 'Allocation', id: string }
      | { __typename: 'Body', name: string, id: string }
      | { __typename: 'County', name: string, id: string }
      | { __typename: 'Document', id: string }
      | { __typename: 'Initiative', name: string, id: string }
      | { __typename: 'Mandate', id: string }
      | { __typename: 'Municipality', name: string, id: string }
      | { __typename: 'Need', id: string }
      | { __typename: 'Organisation', name: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Process', id: string }
      | { __typename: 'ProcessStep', name: string, id: string }
      | { __typename: 'Topic', id: string }
    >, processSteps: Array<{ id: string, name: string, process: { name: string } }> }>, routes: { totalCount: number, edges: Array<{ node: { rank: number, length: number, inferredHops: number, stated: boolean, reachesEnd: boolean, nodes: Array<{ key: string }>, hops: Array<{ key: string }> } }> }, noRoute: Array<{ reason: string, county: { name: string } | null }>, processes: Array<{ id: string, name: string }> };

export type NeedFlowGraphQueryVariables = Exact<{
  from: string | number;
  topic?: string | number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeedFlowGraphQuery = { needFlow: { kind: FlowKind, subject:
      | { __typename: 'Agreement', id: string }
      | { __typename: 'Allocation', id: string }
      | { __typename: 'Body', name: string, id: string }
      | { __typename: 'County', name: string, id: string }
      | { __typename: 'Document', id: string }
      | { __typename: 'Initiative', name: string, id: string }
      | { __typename: 'Mandate', id: string }
      | { __typename: 'Municipality', name: string, id: string }
      | { __typename: 'Need', id: string }
      | { __typename: 'Organisation', name: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Process', id: string }
      | { __typename: 'ProcessStep', name: string, id: string }
      | { __typename: 'Topic', id: string }
    , nodes: Array<{ key: string, label: string, shortLabel: string, kind: string, level: string | null, role: FlowNodeRole, layer: number, decisionPoint: boolean, decision: string | null }>, edges: Array<{ key: string, relation: string, label: string, basis: FlowBasis, inference: Array<string>, description: string, from: { key: string }, to: { key: string }, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }>, carriedBy: Array<
        | { __typename: 'Agreement', id: string }
        | { __typename: 'Allocation', id: string }
        | { __typename: 'Body', name: string, id: string }
        | { __typename: 'County', name: string, id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'Initiative', name: string, id: string }
        | { __typename: 'Mandate', id: string }
        | { __typename: 'Municipality', name: string, id: string }
        | { __typename: 'Need', id: string }
        | { __typename: 'Organisation', name: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Process', id: string }
        | { __typename: 'ProcessStep', name: string, id: string }
        | { __typename: 'Topic', id: string }
      >, processSteps: Array<{ id: string, name: string, process: { name: string } }> }>, routes: { totalCount: number, edges: Array<{ node: { rank: number, length: number, inferredHops: number, stated: boolean, reachesEnd: boolean, nodes: Array<{ key: string }>, hops: Array<{ key: string }> } }> }, noRoute: Array<{ reason: string, county: { name: string } | null }>, processes: Array<{ id: string, name: string }> } };

export type NeedTrailGraphQueryVariables = Exact<{
  need: string | number;
}>;


export type NeedTrailGraphQuery = { need: { id: string, title: string, raisedAt: string | null, trail: { reachedNationalLevel: boolean, flow: { kind: FlowKind, subject:
          | { __typename: 'Agreement', id: string }
          | { __typename: 'Allocation', id: string }
          | { __typename: 'Body', name: string, id: string }
          | { __typename: 'County', name: string, id: string }
          | { __typename: 'Document', id: string }
          | { __typename: 'Initiative', name: string, id: string }
          | { __typename: 'Mandate', id: string }
          | { __typename: 'Municipality', name: string, id: string }
          | { __typename: 'Need', id: string }
          | { __typename: 'Organisation', name: string, id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Process', id: string }
          | { __typename: 'ProcessStep', name: string, id: string }
          | { __typename: 'Topic', id: string }
        , nodes: Array<{ key: string, label: string, shortLabel: string, kind: string, level: string | null, role: FlowNodeRole, layer: number, decisionPoint: boolean, decision: string | null }>, edges: Array<{ key: string, relation: string, label: string, basis: FlowBasis, inference: Array<string>, description: string, from: { key: string }, to: { key: string }, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }>, carriedBy: Array<
            | { __typename: 'Agreement', id: string }
            | { __typename: 'Allocation', id: string }
            | { __typename: 'Body', name: string, id: string }
            | { __typename: 'County', name: string, id: string }
            | { __typename: 'Document', id: string }
            | { __typename: 'Initiative', name: string, id: string }
            | { __typename: 'Mandate', id: string }
            | { __typename: 'Municipality', name: string, id: string }
            | { __typename: 'Need', id: string }
            | { __typename: 'Organisation', name: string, id: string }
            | { __typename: 'Person', name: string, id: string }
            | { __typename: 'Process', id: string }
            | { __typename: 'ProcessStep', name: string, id: string }
            | { __typename: 'Topic', id: string }
          >, processSteps: Array<{ id: string, name: string, process: { name: string } }> }>, routes: { totalCount: number, edges: Array<{ node: { rank: number, length: number, inferredHops: number, stated: boolean, reachesEnd: boolean, nodes: Array<{ key: string }>, hops: Array<{ key: string }> } }> }, noRoute: Array<{ reason: string, county: { name: string } | null }>, processes: Array<{ id: string, name: string }> }, steps: Array<{ onKnownRoutes: boolean, step: { order: number, date: string | null, action: string | null, from:
            | { __typename: 'Agreement', id: string }
            | { __typename: 'Allocation', id: string }
            | { __typename: 'Body', name: string, id: string }
            | { __typename: 'County', name: string, id: string }
            | { __typename: 'Document', id: string }
            | { __typename: 'Initiative', name: string, id: string }
            | { __typename: 'Mandate', id: string }
            | { __typename: 'Municipality', name: string, id: string }
            | { __typename: 'Need', id: string }
            | { __typename: 'Organisation', name: string, id: string }
            | { __typename: 'Person', name: string, id: string }
            | { __typename: 'Process', id: string }
            | { __typename: 'ProcessStep', name: string, id: string }
            | { __typename: 'Topic', id: string }
          , to:
            | { __typename: 'Agreement', id: string }
            | { __typename: 'Allocation', id: string }
            | { __typename: 'Body', name: string, id: string }
            | { __typename: 'County', name: string, id: string }
            | { __typename: 'Document', id: string }
            | { __typename: 'Initiative', name: string, id: string }
            | { __typename: 'Mandate', id: string }
            | { __typename: 'Municipality', name: string, id: string }
            | { __typename: 'Need', id: string }
            | { __typename: 'Organisation', name: string, id: string }
            | { __typename: 'Person', name: string, id: string }
            | { __typename: 'Process', id: string }
            | { __typename: 'ProcessStep', name: string, id: string }
            | { __typename: 'Topic', id: string }
           }, hops: Array<{ key: string }>, duration: { text: string } | null }>, route: { rank: number } | null, leftKnownRoutesAt: { order: number } | null, stoppedAt:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'Allocation', id: string }
        | { __typename: 'Body', name: string, id: string }
        | { __typename: 'County', name: string, id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'Initiative', name: string, id: string }
        | { __typename: 'Mandate', id: string }
        | { __typename: 'Municipality', name: string, id: string }
        | { __typename: 'Need', id: string }
        | { __typename: 'Organisation', name: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Process', id: string }
        | { __typename: 'ProcessStep', name: string, id: string }
        | { __typename: 'Topic', id: string }
       | null, totalDuration: { text: string } | null } } | null };

export type RecordedNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordedNeedsQuery = { needs: { edges: Array<{ node: { id: string, title: string, raisedAt: string | null } }> } };

export type RootsQueryVariables = Exact<{ [key: string]: never; }>;


export type RootsQuery = { counties: Array<{ id: string, name: string }>, bodies: Array<{ id: string, name: string }>, topics: Array<{ id: string, name: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ChartFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChartFields on OrgChartNode {
  id
  label
  kind
  type
  relation
  roles
  childCount
}
    `, {"fragmentName":"ChartFields"}) as unknown as TypedDocumentString<ChartFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  file
  fromLine
  toLine
  excerpt
  document {
    title
  }
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const NamedNodeFragmentDoc = new TypedDocumentString(`
    fragment NamedNode on Node {
  __typename
  id
  ... on Organisation {
    name
  }
  ... on Municipality {
    name
  }
  ... on County {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Initiative {
    name
  }
  ... on ProcessStep {
    name
  }
}
    `, {"fragmentName":"NamedNode"}) as unknown as TypedDocumentString<NamedNodeFragment, unknown>;
export const FlowGraphFragmentDoc = new TypedDocumentString(`
    fragment FlowGraph on Flow {
  kind
  subject {
    ...NamedNode
  }
  nodes {
    key
    label
    shortLabel
    kind
    level
    role
    layer
    decisionPoint
    decision
  }
  edges {
    key
    from {
      key
    }
    to {
      key
    }
    relation
    label
    basis
    inference
    description
    sources {
      file
      fromLine
      toLine
      excerpt
      document {
        title
      }
    }
    carriedBy {
      ...NamedNode
    }
    processSteps {
      id
      name
      process {
        name
      }
    }
  }
  routes(first: 50) {
    totalCount
    edges {
      node {
        rank
        length
        inferredHops
        stated
        reachesEnd
        nodes {
          key
        }
        hops {
          key
        }
      }
    }
  }
  noRoute {
    county {
      name
    }
    reason
  }
  processes {
    id
    name
  }
}
    fragment NamedNode on Node {
  __typename
  id
  ... on Organisation {
    name
  }
  ... on Municipality {
    name
  }
  ... on County {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Initiative {
    name
  }
  ... on ProcessStep {
    name
  }
}`, {"fragmentName":"FlowGraph"}) as unknown as TypedDocumentString<FlowGraphFragment, unknown>;
export const DashboardMatrixDocument = new TypedDocumentString(`
    query DashboardMatrix {
  networks: bodies(type: "network", level: "national") {
    id
    name
    shortName
  }
  counties {
    id
    code
    name
    municipalities {
      code
    }
    rss {
      id
      name
    }
    documents {
      id
    }
    representatives {
      id
      arena
      seat
      body {
        __typename
        ... on Body {
          id
        }
      }
      member {
        __typename
        ... on Person {
          name
        }
        ... on Organisation {
          name
        }
      }
      via {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMatrixQuery, DashboardMatrixQueryVariables>;
export const DashboardInitiativesDocument = new TypedDocumentString(`
    query DashboardInitiatives {
  initiatives {
    id
    name
    kind
    statusHistory {
      status
      from
      to
    }
    status {
      status
      from
    }
    groups {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardInitiativesQuery, DashboardInitiativesQueryVariables>;
export const OrgChartDocument = new TypedDocumentString(`
    query OrgChart($root: ID, $depth: Int) {
  orgChart(root: $root, depth: $depth) {
    ...ChartFields
    children {
      ...ChartFields
      children {
        ...ChartFields
        children {
          ...ChartFields
          children {
            ...ChartFields
            children {
              ...ChartFields
              children {
                ...ChartFields
              }
            }
          }
        }
      }
    }
  }
}
    fragment ChartFields on OrgChartNode {
  id
  label
  kind
  type
  relation
  roles
  childCount
}`) as unknown as TypedDocumentString<OrgChartQuery, OrgChartQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Organisation {
      name
      type
      description
      aliases
      sources {
        ...SourceFields
      }
    }
    ... on Body {
      name
      type
      level
      description
      aliases
      sources {
        ...SourceFields
      }
    }
    ... on Person {
      name
      aliases
      roles {
        title
        organisation {
          name
        }
      }
      sources {
        ...SourceFields
      }
    }
    ... on County {
      name
      code
      sources {
        ...SourceFields
      }
    }
    ... on Municipality {
      name
      code
      sources {
        ...SourceFields
      }
    }
    ... on Initiative {
      name
      kind
      description
      sources {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on Source {
  file
  fromLine
  toLine
  excerpt
  document {
    title
  }
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NeedFlowGraphDocument = new TypedDocumentString(`
    query NeedFlowGraph($from: ID!, $topic: ID, $asOf: PartialDate) {
  needFlow(from: $from, topic: $topic, asOf: $asOf) {
    ...FlowGraph
  }
}
    fragment NamedNode on Node {
  __typename
  id
  ... on Organisation {
    name
  }
  ... on Municipality {
    name
  }
  ... on County {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Initiative {
    name
  }
  ... on ProcessStep {
    name
  }
}
fragment FlowGraph on Flow {
  kind
  subject {
    ...NamedNode
  }
  nodes {
    key
    label
    shortLabel
    kind
    level
    role
    layer
    decisionPoint
    decision
  }
  edges {
    key
    from {
      key
    }
    to {
      key
    }
    relation
    label
    basis
    inference
    description
    sources {
      file
      fromLine
      toLine
      excerpt
      document {
        title
      }
    }
    carriedBy {
      ...NamedNode
    }
    processSteps {
      id
      name
      process {
        name
      }
    }
  }
  routes(first: 50) {
    totalCount
    edges {
      node {
        rank
        length
        inferredHops
        stated
        reachesEnd
        nodes {
          key
        }
        hops {
          key
        }
      }
    }
  }
  noRoute {
    county {
      name
    }
    reason
  }
  processes {
    id
    name
  }
}`) as unknown as TypedDocumentString<NeedFlowGraphQuery, NeedFlowGraphQueryVariables>;
export const NeedTrailGraphDocument = new TypedDocumentString(`
    query NeedTrailGraph($need: ID!) {
  need(id: $need) {
    id
    title
    raisedAt
    trail {
      flow {
        ...FlowGraph
      }
      steps {
        step {
          order
          date
          action
          from {
            ...NamedNode
          }
          to {
            ...NamedNode
          }
        }
        onKnownRoutes
        hops {
          key
        }
        duration {
          text
        }
      }
      route {
        rank
      }
      leftKnownRoutesAt {
        order
      }
      stoppedAt {
        ...NamedNode
      }
      reachedNationalLevel
      totalDuration {
        text
      }
    }
  }
}
    fragment NamedNode on Node {
  __typename
  id
  ... on Organisation {
    name
  }
  ... on Municipality {
    name
  }
  ... on County {
    name
  }
  ... on Person {
    name
  }
  ... on Body {
    name
  }
  ... on Initiative {
    name
  }
  ... on ProcessStep {
    name
  }
}
fragment FlowGraph on Flow {
  kind
  subject {
    ...NamedNode
  }
  nodes {
    key
    label
    shortLabel
    kind
    level
    role
    layer
    decisionPoint
    decision
  }
  edges {
    key
    from {
      key
    }
    to {
      key
    }
    relation
    label
    basis
    inference
    description
    sources {
      file
      fromLine
      toLine
      excerpt
      document {
        title
      }
    }
    carriedBy {
      ...NamedNode
    }
    processSteps {
      id
      name
      process {
        name
      }
    }
  }
  routes(first: 50) {
    totalCount
    edges {
      node {
        rank
        length
        inferredHops
        stated
        reachesEnd
        nodes {
          key
        }
        hops {
          key
        }
      }
    }
  }
  noRoute {
    county {
      name
    }
    reason
  }
  processes {
    id
    name
  }
}`) as unknown as TypedDocumentString<NeedTrailGraphQuery, NeedTrailGraphQueryVariables>;
export const RecordedNeedsDocument = new TypedDocumentString(`
    query RecordedNeeds {
  needs(first: 100) {
    edges {
      node {
        id
        title
        raisedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordedNeedsQuery, RecordedNeedsQueryVariables>;
export const RootsDocument = new TypedDocumentString(`
    query Roots {
  counties {
    id
    name
  }
  bodies(level: "national") {
    id
    name
  }
  topics {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RootsQuery, RootsQueryVariables>;