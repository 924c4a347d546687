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

/** The level a body works at. */
export type BodyLevel =
  /** One municipality (lokal). */
  | 'LOCAL'
  /** National (nationell). */
  | 'NATIONAL'
  /** County-wide (regional). */
  | 'REGIONAL'
  /** Part of a county (delregional). */
  | 'SUBREGIONAL';

/** The kinds of body. */
export type BodyType =
  /** Råd (council), e.g. Rådet för styrning med kunskap. */
  | 'COUNCIL'
  /** A group (grupp), e.g. a pilot's strategic group. */
  | 'GROUP'
  /** Nätverk, e.g. the national networks by focus area. */
  | 'NETWORK'
  /** Kansli (office). */
  | 'OFFICE'
  /** Anything else the documents name. */
  | 'OTHER'
  /** A partnership, e.g. Partnerskapet. */
  | 'PARTNERSHIP'
  /** A group of elected politicians, e.g. Huvudmannagruppen. */
  | 'POLITICAL_GROUP'
  /** Referensgrupp. */
  | 'REFERENCE_GROUP'
  /** Sekretariat. */
  | 'SECRETARIAT'
  /** Styrgrupp. */
  | 'STEERING_GROUP'
  /** Arbetsutskott (AU). */
  | 'WORKING_COMMITTEE';

/** What a thing in the graph is: one value per type that implements Node. */
export type EntityKind =
  /** An agreement (överenskommelse). */
  | 'AGREEMENT'
  /** A part of an agreement's money. */
  | 'ALLOCATION'
  /** A council, network, group or other body. */
  | 'BODY'
  /** A county (län). */
  | 'COUNTY'
  /** A decision: who decided what, when (named also by its diarienummer). */
  | 'DECISION'
  /** A document. */
  | 'DOCUMENT'
  /** An event: a meeting (dialogmöte, årsmöte), workshop, seminar, launch, deadline … */
  | 'EVENT'
  /** A pilot, priority area, project or assignment. */
  | 'INITIATIVE'
  /** A seat (mandat) in a body. */
  | 'MANDATE'
  /** A municipality (kommun); also an organisation. */
  | 'MUNICIPALITY'
  /** A need (behov) raised. */
  | 'NEED'
  /** An organisation: agency, SKR, association, region, R&D unit, RSS … */
  | 'ORGANISATION'
  /** A passage of a source document (Passage): named by its id or citation, never by its words. */
  | 'PASSAGE'
  /** A named person. */
  | 'PERSON'
  /** A focus area (fokusområde). */
  | 'TOPIC';

/** The relationships a flow step can rest on. */
export type FlowRelation =
  /** Downward: the source leads the national body. */
  | 'LEADS'
  /** Upward: the body is led by an organisation (SKR). */
  | 'LED_BY'
  /** Upward: the agency sits in the national council (Rådet för styrning med kunskap). */
  | 'MEMBER_OF_COUNCIL'
  /** The partnership reaches another of its parties (an agency upward, an RSS downward). */
  | 'PARTY'
  /** The organisation or agency is a party to a partnership (Partnerskapet). */
  | 'PARTY_IN'
  /** Downward: the source publishes on a channel (Kunskapsguiden.se). */
  | 'PUBLISHES'
  /** Downward: the county or RSS reaches the municipality. */
  | 'REACHES'
  /** Upward: the RSS or county is represented by a person in a national body. */
  | 'REPRESENTED_BY'
  /** Downward: the body reaches the county's representative who sits in it. */
  | 'REPRESENTED_IN'
  /** Downward: the representative brings it back to the county or its RSS. */
  | 'REPRESENTS'
  /** Upward: a municipality (or organisation) is served by its county's support structure (RSS). */
  | 'SERVED_BY'
  /** Downward: the RSS supports the municipalities of its county. */
  | 'SERVES'
  /** Upward: the representative sits in the national body. */
  | 'SITS_IN'
  /** Downward: the source spreads knowledge through a body or organisation. */
  | 'SPREADS_VIA';

/** The kinds of initiative. */
export type InitiativeKind =
  /** An assignment (uppdrag). */
  | 'ASSIGNMENT'
  /** A pilot (pilot): pre-study, gap analysis, small test. */
  | 'PILOT'
  /** A pre-study (förstudie). */
  | 'PRESTUDY'
  /** A priority area (prioriterat samverkansområde). */
  | 'PRIORITY_AREA'
  /** A project. */
  | 'PROJECT';

/** The stage an initiative is in over a period. */
export type InitiativeStage =
  /** Active (ongoing, no stage stated). */
  | 'ACTIVE'
  /** Ended. */
  | 'ENDED'
  /** Running as a pilot. */
  | 'PILOT'
  /** Planned. */
  | 'PLANNED'
  /** In a pre-study. */
  | 'PRESTUDY'
  /** A priority area. */
  | 'PRIORITY_AREA'
  /** Proposed. */
  | 'PROPOSED';

/** The role a seat gives in its body. */
export type MandateRole =
  /** Ordförande. */
  | 'CHAIR'
  /** Contact person (kontaktperson). */
  | 'CONTACT'
  /** Sammankallande. */
  | 'CONVENER'
  /** Samordnare. */
  | 'COORDINATOR'
  /** Leads the work (e.g. a pilot's group). */
  | 'LEAD'
  /** Ledamot (member). */
  | 'MEMBER'
  /** A party (part) to a partnership or structure. */
  | 'PARTY'
  /** Sekreterare / sekretariat. */
  | 'SECRETARY'
  /** Vice ordförande. */
  | 'VICE_CHAIR';

/** What an org-chart box is. */
export type OrgChartKind =
  /** A body. */
  | 'BODY'
  /** A county. */
  | 'COUNTY'
  /** A grouping of the national system (not a thing in the graph). */
  | 'GROUP'
  /** An initiative. */
  | 'INITIATIVE'
  /** An organisation (including municipalities, regions and RSS). */
  | 'ORGANISATION'
  /** Anything else. */
  | 'OTHER'
  /** A person. */
  | 'PERSON';

/** How an org-chart box hangs below its parent. */
export type OrgChartRelation =
  /** An agency, in the national chart. */
  | 'AGENCY'
  /** A body of the parent county, or a national body in the national chart. */
  | 'BODY'
  /** A county, in the national chart. */
  | 'COUNTY'
  /** A group of the parent initiative, or a grouping of the national chart. */
  | 'GROUP'
  /** Hosted by the parent (HOSTED_BY). */
  | 'HOSTS'
  /** Led by the parent (LED_BY). */
  | 'LEADS'
  /** Holds a seat in the parent body (or RSS). */
  | 'MEMBER'
  /** A municipality of the parent county. */
  | 'MUNICIPALITY'
  /** A part of the parent (PART_OF). */
  | 'PART'
  /** The parent county's region. */
  | 'REGION'
  /** An RSS that serves the parent county. */
  | 'RSS';

/** The kinds of organisation. */
export type OrganisationType =
  /** A government agency (myndighet), e.g. Socialstyrelsen. */
  | 'AGENCY'
  /** An association, e.g. SKR. */
  | 'ASSOCIATION'
  /** A county administrative board (länsstyrelse). */
  | 'COUNTY_BOARD'
  /** A department or unit of another organisation. */
  | 'DEPARTMENT'
  /** The government or a ministry (regeringen, departement). */
  | 'GOVERNMENT'
  /** A municipality (kommun). */
  | 'MUNICIPALITY'
  /** An association of municipalities (kommunförbund). */
  | 'MUNICIPAL_ASSOCIATION'
  /** Anything else the documents name. */
  | 'OTHER'
  /** A region (formerly landsting). */
  | 'REGION'
  /** A regional association (regionförbund). */
  | 'REGIONAL_ASSOCIATION'
  /** A resource centre, e.g. Forum Carpe. */
  | 'RESOURCE_CENTRE'
  /** An R&D unit (FoU-enhet). */
  | 'RND_UNIT'
  /** A regional support structure (RSS). */
  | 'RSS'
  /** A university or college. */
  | 'UNIVERSITY'
  /** A user or patient organisation (brukarorganisation). */
  | 'USER_ORGANISATION';

/** Full member or deputy. */
export type Seat =
  /** Deputy. */
  | 'ERSATTARE'
  /** Full member. */
  | 'ORDINARIE';

export type DashboardMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMatrixQuery = { networks: { edges: Array<{ node: { id: string, name: string, shortName: string | null } }> } | null, counties: Array<{ id: string, code: string, name: string, municipalities: Array<{ code: string }>, rss: Array<{ id: string, name: string }>, documents: Array<{ id: string }>, representatives: Array<{ id: string, arena: Arena | null, seat: Seat | null, body:
        | { __typename: 'Body', id: string }
        | { __typename: 'Organisation' }
      , member:
        | { __typename: 'Organisation', name: string }
        | { __typename: 'Person', name: string }
      , via: { name: string } | null }> }> | null };

export type DashboardInitiativesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DashboardInitiativesQuery = { initiatives: { edges: Array<{ node: { id: string, name: string, initiativeKind: InitiativeKind, statusHistory: Array<{ status: InitiativeStage, from: string | null, to: string | null }>, status: { status: InitiativeStage, from: string | null } | null, groups: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ChartFieldsFragment = { id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number };

export type OrgChartQueryVariables = Exact<{
  root?: string | null | undefined;
  depth?: number | null | undefined;
}>;


export type OrgChartQuery = { orgChart: { id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number }> }> }> }> }> }> } | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Body', level: BodyLevel, description: string | null, aliases: Array<string>, id: string, displayName: string, kind: EntityKind, bodyType: BodyType, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }
    | { __typename: 'County', code: string, id: string, displayName: string, kind: EntityKind, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }
    | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Initiative', initiativeKind: InitiativeKind, description: string | null, id: string, displayName: string, kind: EntityKind, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }
    | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Municipality', code: string, id: string, displayName: string, kind: EntityKind, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }
    | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Organisation', description: string | null, aliases: Array<string>, id: string, displayName: string, kind: EntityKind, organisationType: OrganisationType, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }
    | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Person', aliases: Array<string>, id: string, displayName: string, kind: EntityKind, roles: Array<{ title: string | null, organisation: { name: string } | null }>, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }
    | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
   | null };

export type SourceFieldsFragment = { file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } };

export type NeedFlowPathQueryVariables = Exact<{
  from: string;
  topic?: string | null | undefined;
}>;


export type NeedFlowPathQuery = { needFlow: Array<{ via: { name: string } | null, steps: Array<{ order: number, relation: FlowRelation, description: string, from:
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
      , to:
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
        | { id: string, displayName: string, kind: EntityKind }
       }> }> | null };

export type RootsQueryVariables = Exact<{ [key: string]: never; }>;


export type RootsQuery = { counties: Array<{ id: string, name: string }> | null, bodies: { edges: Array<{ node: { id: string, name: string } }> } | null, topics: Array<{ id: string, name: string }> | null };

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
  excerptPartial
  document {
    title
  }
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const DashboardMatrixDocument = new TypedDocumentString(`
    query DashboardMatrix {
  networks: bodies(type: NETWORK, level: NATIONAL, first: 100) {
    edges {
      node {
        id
        name
        shortName
      }
    }
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
    query DashboardInitiatives($after: String) {
  initiatives(first: 100, after: $after) {
    edges {
      node {
        id
        name
        initiativeKind
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
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardInitiativesQuery, DashboardInitiativesQueryVariables>;
export const OrgChartDocument = new TypedDocumentString(`
    query OrgChart($root: Ref, $depth: Int) {
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
    displayName
    kind
    ... on Organisation {
      organisationType: type
      description
      aliases
      sources {
        ...SourceFields
      }
    }
    ... on Body {
      bodyType: type
      level
      description
      aliases
      sources {
        ...SourceFields
      }
    }
    ... on Person {
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
      code
      sources {
        ...SourceFields
      }
    }
    ... on Municipality {
      code
      sources {
        ...SourceFields
      }
    }
    ... on Initiative {
      initiativeKind
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
  excerptPartial
  document {
    title
  }
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NeedFlowPathDocument = new TypedDocumentString(`
    query NeedFlowPath($from: Ref!, $topic: Ref) {
  needFlow(from: $from, topic: $topic) {
    via {
      name
    }
    steps {
      order
      relation
      description
      from {
        id
        displayName
        kind
      }
      to {
        id
        displayName
        kind
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
  bodies(level: NATIONAL, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
  topics {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RootsQuery, RootsQueryVariables>;