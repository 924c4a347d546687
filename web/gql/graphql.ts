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
    | { __typename: 'Passage', id: string }
    | { __typename: 'Person', name: string, aliases: Array<string>, id: string, roles: Array<{ title: string, organisation: { name: string } | null }>, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }> }
    | { __typename: 'Topic', id: string }
   | null };

export type SourceFieldsFragment = { file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } };

export type NeedFlowPathQueryVariables = Exact<{
  from: string | number;
  topic?: string | number | null | undefined;
}>;


export type NeedFlowPathQuery = { needFlow: Array<{ via: { name: string } | null, steps: Array<{ order: number, relation: string, description: string, from:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'Allocation', id: string }
        | { __typename: 'Body', name: string, id: string }
        | { __typename: 'County', id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'Initiative', id: string }
        | { __typename: 'Mandate', id: string }
        | { __typename: 'Municipality', name: string, id: string }
        | { __typename: 'Need', id: string }
        | { __typename: 'Organisation', name: string, id: string }
        | { __typename: 'Passage', id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Topic', id: string }
      , to:
        | { __typename: 'Agreement', id: string }
        | { __typename: 'Allocation', id: string }
        | { __typename: 'Body', name: string, id: string }
        | { __typename: 'County', id: string }
        | { __typename: 'Document', id: string }
        | { __typename: 'Initiative', id: string }
        | { __typename: 'Mandate', id: string }
        | { __typename: 'Municipality', name: string, id: string }
        | { __typename: 'Need', id: string }
        | { __typename: 'Organisation', name: string, id: string }
        | { __typename: 'Passage', id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Topic', id: string }
       }> }> };

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
export const NeedFlowPathDocument = new TypedDocumentString(`
    query NeedFlowPath($from: ID!, $topic: ID) {
  needFlow(from: $from, topic: $topic) {
    via {
      name
    }
    steps {
      order
      relation
      description
      from {
        __typename
        id
        ... on Organisation {
          name
        }
        ... on Municipality {
          name
        }
        ... on Person {
          name
        }
        ... on Body {
          name
        }
      }
      to {
        __typename
        id
        ... on Organisation {
          name
        }
        ... on Municipality {
          name
        }
        ... on Person {
          name
        }
        ... on Body {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeedFlowPathQuery, NeedFlowPathQueryVariables>;
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