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
  /** A documented process (Process): how a document describes a need, knowledge or money travelling; named by its id or name. */
  | 'PROCESS'
  /** A step of a documented process (ProcessStep): named by its id only (step names repeat across processes). */
  | 'PROCESS_STEP'
  /** A focus area (fokusområde). */
  | 'TOPIC';

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

/** The kind of a hop of a flow. */
export type FlowRelation =
  /** Money: the agreement allocates the allocation. */
  | 'ALLOCATES'
  /** Upward: the body's working committee is part of Stora AU. */
  | 'AU_IN'
  /** No seat of the county is recorded: the hop rests on the body's stated composition (or list of parties), inferred. */
  | 'BY_COMPOSITION'
  /** An organisation to the RSS it hosts (or is part of the host of). */
  | 'HOSTS'
  /** Upward: the agency sits in the national council (Rådet för styrning med kunskap). */
  | 'IN_COUNCIL'
  /** Downward: the organisation leads the body. */
  | 'LEADS'
  /** Upward: the body is led by an organisation (SKR). */
  | 'LED_BY'
  /** Money: the allocation is part of a larger one. */
  | 'PART'
  /** The partnership reaches another of its parties (an agency upward, an RSS downward). */
  | 'PARTY'
  /** The organisation is a party to a partnership (Partnerskapet). */
  | 'PARTY_IN'
  /** Upward: the group is part of the partnership. */
  | 'PART_OF'
  /** A hop a step of a documented process states (or infers) as it is. */
  | 'PROCESS_HOP'
  /** Downward: the source publishes on a channel (Kunskapsguiden.se). */
  | 'PUBLISHES'
  /** Downward: the body reaches the county's representative who sits in it. */
  | 'REPRESENTATIVE'
  /** Upward: the start, county or RSS is represented by its seat holder in a body (a person is drawn as the organisation it sits for). */
  | 'REPRESENTED_BY'
  /** The start's own seat in a body (a person's or an organisation's). */
  | 'SEAT'
  /** Downward: the organisation (an RSS) serves the municipality. */
  | 'SERVES'
  /** Upward: the seat holder sits in the body and lifts needs there. */
  | 'SITS_IN'
  /** Downward: the representative spreads it to the county, its RSS or the municipality. */
  | 'SPREADS_TO'
  /** Downward: the source spreads knowledge through a body or organisation. */
  | 'SPREADS_VIA'
  /** Money: the allocation goes to its recipient. */
  | 'TO'
  /** Money: the allocation passes through the organisation (in order). */
  | 'VIA';

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

/** For a SIGNED relation: how far the signing went. */
export type RelationStatus =
  /** Intends to sign. */
  | 'INTENDS_TO_SIGN'
  /** Gave no response. */
  | 'NO_RESPONSE'
  /** Signed. */
  | 'SIGNED';

/** The kinds of stated fact between two things. */
export type RelationType =
  /** A document is addressed to a body or organisation (its audience). */
  | 'ADDRESSED_TO'
  /** Appoints (members of) a body. */
  | 'APPOINTS'
  /** A person or organisation wrote, or is responsible for the text of, a document (textansvarig). */
  | 'AUTHORED'
  /** A body, initiative or document is based on a document (an agreement, a directive). */
  | 'BASED_ON'
  /** Collaborates with. */
  | 'COLLABORATES_WITH'
  /** A document concerns another document, a body or an initiative (e.g. a minute about a plan). */
  | 'CONCERNS'
  /** Coordinates. */
  | 'COORDINATES'
  /** A body or initiative was established under an agreement. */
  | 'ESTABLISHED_UNDER'
  /** Funds. */
  | 'FUNDS'
  /** Governs. */
  | 'GOVERNS'
  /** An RSS is hosted by an organisation. */
  | 'HOSTED_BY'
  /** An organisation is a member of another (a municipality of a kommunförbund). */
  | 'MEMBER_OF'
  /** Owns. */
  | 'OWNS'
  /** Is a part of. */
  | 'PART_OF'
  /** Publishes on a channel or publishes a document. */
  | 'PUBLISHES'
  /** A body is the reference group of an initiative or another body. */
  | 'REFERENCE_GROUP_FOR'
  /** Reports to. */
  | 'REPORTS_TO'
  /** An RSS or organisation serves a county or municipality. */
  | 'SERVES'
  /** A body decides the priorities another body works on (e.g. each year). */
  | 'SETS_PRIORITIES_FOR'
  /** An organisation signed a document (see Relation.status). */
  | 'SIGNED'
  /** Spreads knowledge through a body or organisation. */
  | 'SPREADS_VIA'
  /** Was succeeded by. */
  | 'SUCCEEDED_BY';

/** Full member or deputy. */
export type Seat =
  /** Deputy. */
  | 'ERSATTARE'
  /** Full member. */
  | 'ORDINARIE';

export type DashboardMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMatrixQuery = { networks: { edges: Array<{ node: { id: string, name: string, shortName: string | null } }> } | null, counties: Array<{ id: string, code: string, name: string, municipalities: Array<{ code: string }>, rss: Array<{ id: string, name: string }>, documents: Array<{ id: string }>, representatives: Array<{ id: string, arena: Arena | null, seat: Seat | null, role: MandateRole, asOf: string | null, validFrom: string | null, body:
        | { __typename: 'Body', id: string, name: string }
        | { __typename: 'Organisation' }
      , member:
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      , via: { name: string } | null, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, document: { title: string } }> }> }> | null };

export type DashboardInitiativesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DashboardInitiativesQuery = { initiatives: { edges: Array<{ node: { id: string, name: string, initiativeKind: InitiativeKind, statusHistory: Array<{ status: InitiativeStage, from: string | null, to: string | null }>, status: { status: InitiativeStage, from: string | null } | null, groups: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type HomeSearchQueryVariables = Exact<{
  text: string;
}>;


export type HomeSearchQuery = { search: { totalCount: number, hint: string | null, edges: Array<{ snippet: string, node:
        | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Passage', citation: string, id: string, displayName: string, kind: EntityKind, document: { title: string } }
        | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
       }> } | null };

export type NeighbourRelationFragment = { type: RelationType, status: RelationStatus | null, from:
    | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
  , to:
    | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
  , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> };

export type NeighbourMentionsFragment = { totalCount: number, edges: Array<{ node: { count: number, passage: { id: string, citation: string, readingText: string, document: { title: string } } } }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighbourhoodQuery = { node:
    | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Body', id: string, displayName: string, kind: EntityKind, relations: Array<{ type: RelationType, status: RelationStatus | null, from:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , to:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }>, mentions: { totalCount: number, edges: Array<{ node: { count: number, passage: { id: string, citation: string, readingText: string, document: { title: string } } } }> } }
    | { __typename: 'County', id: string, displayName: string, kind: EntityKind, relations: Array<{ type: RelationType, status: RelationStatus | null, from:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , to:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }>, mentions: { totalCount: number, edges: Array<{ node: { count: number, passage: { id: string, citation: string, readingText: string, document: { title: string } } } }> } }
    | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Document', id: string, displayName: string, kind: EntityKind, relations: Array<{ type: RelationType, status: RelationStatus | null, from:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , to:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }>, mentions: { totalCount: number, edges: Array<{ node: { count: number, passage: { id: string, citation: string, readingText: string, document: { title: string } } } }> } }
    | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind, mentions: { totalCount: number, edges: Array<{ node: { count: number, passage: { id: string, citation: string, readingText: string, document: { title: string } } } }> } }
    | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind, relations: Array<{ type: RelationType, status: RelationStatus | null, from:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , to:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }>, mentions: { totalCount: number, edges: Array<{ node: { count: number, passage: { id: string, citation: string, readingText: string, document: { title: string } } } }> } }
    | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind, relations: Array<{ type: RelationType, status: RelationStatus | null, from:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , to:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }>, mentions: { totalCount: number, edges: Array<{ node: { count: number, passage: { id: string, citation: string, readingText: string, document: { title: string } } } }> } }
    | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Person', id: string, displayName: string, kind: EntityKind, mentions: { totalCount: number, edges: Array<{ node: { count: number, passage: { id: string, citation: string, readingText: string, document: { title: string } } } }> } }
    | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
   | null };

export type ChartFieldsFragment = { id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, undated: boolean, currentLabel: string | null };

export type OrgChartQueryVariables = Exact<{
  root?: string | null | undefined;
  depth?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type OrgChartQuery = { orgChart: { id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, undated: boolean, currentLabel: string | null, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, undated: boolean, currentLabel: string | null, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, undated: boolean, currentLabel: string | null, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, undated: boolean, currentLabel: string | null, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, undated: boolean, currentLabel: string | null, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, undated: boolean, currentLabel: string | null, children: Array<{ id: string, label: string, kind: OrgChartKind, type: string | null, relation: OrgChartRelation | null, roles: Array<MandateRole>, childCount: number, undated: boolean, currentLabel: string | null }> }> }> }> }> }> } | null };

export type ChartLinksQueryVariables = Exact<{
  parent: string;
  asOf?: string | null | undefined;
}>;


export type ChartLinksQuery = { orgChart: { id: string, children: Array<{ id: string, relation: OrgChartRelation | null, undated: boolean, links: Array<{ validFrom: string | null, validTo: string | null, asOf: string | null, role: MandateRole | null, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }> }> } | null };

export type RelationFieldsFragment = { id: string, type: RelationType, validFrom: string | null, validTo: string | null, asOf: string | null, from:
    | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
  , to:
    | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
  , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Body', level: BodyLevel, description: string | null, aliases: Array<string>, id: string, displayName: string, kind: EntityKind, bodyType: BodyType, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }>, relations: Array<{ id: string, type: RelationType, validFrom: string | null, validTo: string | null, asOf: string | null, from:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , to:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }> }
    | { __typename: 'County', code: string, id: string, displayName: string, kind: EntityKind, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }>, relations: Array<{ id: string, type: RelationType, validFrom: string | null, validTo: string | null, asOf: string | null, from:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , to:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }> }
    | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Initiative', initiativeKind: InitiativeKind, description: string | null, id: string, displayName: string, kind: EntityKind, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }
    | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Municipality', code: string, id: string, displayName: string, kind: EntityKind, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }>, relations: Array<{ id: string, type: RelationType, validFrom: string | null, validTo: string | null, asOf: string | null, from:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , to:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }> }
    | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Organisation', description: string | null, aliases: Array<string>, id: string, displayName: string, kind: EntityKind, organisationType: OrganisationType, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }>, relations: Array<{ id: string, type: RelationType, validFrom: string | null, validTo: string | null, asOf: string | null, from:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , to:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }> }
    | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Person', aliases: Array<string>, id: string, displayName: string, kind: EntityKind, roles: Array<{ title: string | null, organisation: { name: string } | null }>, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }
    | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'ProcessStep', action: string, id: string, displayName: string, kind: EntityKind, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }> }
    | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
   | null };

export type SourceFieldsFragment = { file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } };

type NamedNode_Agreement_Fragment = { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind };

type NamedNode_Allocation_Fragment = { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind };

type NamedNode_Body_Fragment = { __typename: 'Body', id: string, displayName: string, kind: EntityKind };

type NamedNode_County_Fragment = { __typename: 'County', id: string, displayName: string, kind: EntityKind };

type NamedNode_Decision_Fragment = { __typename: 'Decision', id: string, displayName: string, kind: EntityKind };

type NamedNode_Document_Fragment = { __typename: 'Document', id: string, displayName: string, kind: EntityKind };

type NamedNode_Event_Fragment = { __typename: 'Event', id: string, displayName: string, kind: EntityKind };

type NamedNode_Initiative_Fragment = { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind };

type NamedNode_Mandate_Fragment = { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind };

type NamedNode_Municipality_Fragment = { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind };

type NamedNode_Need_Fragment = { __typename: 'Need', id: string, displayName: string, kind: EntityKind };

type NamedNode_Organisation_Fragment = { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind };

type NamedNode_Passage_Fragment = { __typename: 'Passage', id: string, displayName: string, kind: EntityKind };

type NamedNode_Person_Fragment = { __typename: 'Person', id: string, displayName: string, kind: EntityKind };

type NamedNode_Process_Fragment = { __typename: 'Process', id: string, displayName: string, kind: EntityKind };

type NamedNode_ProcessStep_Fragment = { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind };

type NamedNode_Topic_Fragment = { __typename: 'Topic', id: string, displayName: string, kind: EntityKind };

export type NamedNodeFragment =
  | NamedNode_Agreement_Fragment
  | NamedNode_Allocation_Fragment
  | NamedNode_Body_Fragment
  | NamedNode_County_Fragment
  | NamedNode_Decision_Fragment
  | NamedNode_Document_Fragment
  | NamedNode_Event_Fragment
  | NamedNode_Initiative_Fragment
  | NamedNode_Mandate_Fragment
  | NamedNode_Municipality_Fragment
  | NamedNode_Need_Fragment
  | NamedNode_Organisation_Fragment
  | NamedNode_Passage_Fragment
  | NamedNode_Person_Fragment
  | NamedNode_Process_Fragment
  | NamedNode_ProcessStep_Fragment
  | NamedNode_Topic_Fragment
;

export type FlowGraphFragment = { kind: FlowKind, subject:
    | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
    | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
  , nodes: Array<{ key: string, label: string, shortLabel: string, kind: EntityKind | null, level: BodyLevel | null, role: FlowNodeRole, layer: number, decisionPoint: boolean, decision: string | null }>, edges: Array<{ key: string, relation: FlowRelation, label: string, basis: FlowBasis, inference: Array<string>, description: string, from: { key: string }, to: { key: string }, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }>, carriedBy: Array<
      | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
    >, processSteps: Array<{ id: string, name: string, process: { name: string } }> }>, routes: { totalCount: number, edges: Array<{ node: { rank: number, length: number, inferredHops: number, stated: boolean, reachesEnd: boolean, nodes: Array<{ key: string }>, hops: Array<{ key: string }> } }> }, noRoute: Array<{ reason: string, county: { name: string } | null }>, processes: Array<{ id: string, name: string }> };

export type NeedFlowGraphQueryVariables = Exact<{
  from: string;
  topic?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeedFlowGraphQuery = { needFlow: { kind: FlowKind, subject:
      | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
      | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
    , nodes: Array<{ key: string, label: string, shortLabel: string, kind: EntityKind | null, level: BodyLevel | null, role: FlowNodeRole, layer: number, decisionPoint: boolean, decision: string | null }>, edges: Array<{ key: string, relation: FlowRelation, label: string, basis: FlowBasis, inference: Array<string>, description: string, from: { key: string }, to: { key: string }, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }>, carriedBy: Array<
        | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
      >, processSteps: Array<{ id: string, name: string, process: { name: string } }> }>, routes: { totalCount: number, edges: Array<{ node: { rank: number, length: number, inferredHops: number, stated: boolean, reachesEnd: boolean, nodes: Array<{ key: string }>, hops: Array<{ key: string }> } }> }, noRoute: Array<{ reason: string, county: { name: string } | null }>, processes: Array<{ id: string, name: string }> } | null };

export type NeedTrailGraphQueryVariables = Exact<{
  need: string;
}>;


export type NeedTrailGraphQuery = { need: { id: string, title: string, raisedAt: string | null, trail: { reachedNationalLevel: boolean, flow: { kind: FlowKind, subject:
          | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
          | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
        , nodes: Array<{ key: string, label: string, shortLabel: string, kind: EntityKind | null, level: BodyLevel | null, role: FlowNodeRole, layer: number, decisionPoint: boolean, decision: string | null }>, edges: Array<{ key: string, relation: FlowRelation, label: string, basis: FlowBasis, inference: Array<string>, description: string, from: { key: string }, to: { key: string }, sources: Array<{ file: string, fromLine: number, toLine: number, excerpt: string, excerptPartial: boolean, document: { title: string } }>, carriedBy: Array<
            | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
          >, processSteps: Array<{ id: string, name: string, process: { name: string } }> }>, routes: { totalCount: number, edges: Array<{ node: { rank: number, length: number, inferredHops: number, stated: boolean, reachesEnd: boolean, nodes: Array<{ key: string }>, hops: Array<{ key: string }> } }> }, noRoute: Array<{ reason: string, county: { name: string } | null }>, processes: Array<{ id: string, name: string }> }, steps: Array<{ onKnownRoutes: boolean, step: { order: number, date: string | null, action: string | null, from:
            | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
          , to:
            | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
            | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
           }, hops: Array<{ key: string }>, duration: { text: string } | null }>, route: { rank: number } | null, leftKnownRoutesAt: { order: number } | null, stoppedAt:
        | { __typename: 'Agreement', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Allocation', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Body', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'County', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Decision', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Document', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Event', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Initiative', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Mandate', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Municipality', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Need', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Organisation', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Passage', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Person', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Process', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'ProcessStep', id: string, displayName: string, kind: EntityKind }
        | { __typename: 'Topic', id: string, displayName: string, kind: EntityKind }
       | null, totalDuration: { text: string } | null } } | null };

export type RecordedNeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordedNeedsQuery = { needs: { edges: Array<{ node: { id: string, title: string, raisedAt: string | null } }> } | null };

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
export const NeighbourRelationFragmentDoc = new TypedDocumentString(`
    fragment NeighbourRelation on Relation {
  type
  status
  from {
    __typename
    id
    displayName
    kind
  }
  to {
    __typename
    id
    displayName
    kind
  }
  sources {
    ...SourceFields
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
}`, {"fragmentName":"NeighbourRelation"}) as unknown as TypedDocumentString<NeighbourRelationFragment, unknown>;
export const NeighbourMentionsFragmentDoc = new TypedDocumentString(`
    fragment NeighbourMentions on MentionConnection {
  totalCount
  edges {
    node {
      count
      passage {
        id
        citation
        readingText
        document {
          title
        }
      }
    }
  }
}
    `, {"fragmentName":"NeighbourMentions"}) as unknown as TypedDocumentString<NeighbourMentionsFragment, unknown>;
export const ChartFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChartFields on OrgChartNode {
  id
  label
  kind
  type
  relation
  roles
  childCount
  undated
  currentLabel
}
    `, {"fragmentName":"ChartFields"}) as unknown as TypedDocumentString<ChartFieldsFragment, unknown>;
export const NamedNodeFragmentDoc = new TypedDocumentString(`
    fragment NamedNode on Node {
  __typename
  id
  displayName
  kind
}
    `, {"fragmentName":"NamedNode"}) as unknown as TypedDocumentString<NamedNodeFragment, unknown>;
export const RelationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationFields on Relation {
  id
  type
  validFrom
  validTo
  asOf
  from {
    ...NamedNode
  }
  to {
    ...NamedNode
  }
  sources {
    ...SourceFields
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
}
fragment NamedNode on Node {
  __typename
  id
  displayName
  kind
}`, {"fragmentName":"RelationFields"}) as unknown as TypedDocumentString<RelationFieldsFragment, unknown>;
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
      ...SourceFields
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
fragment NamedNode on Node {
  __typename
  id
  displayName
  kind
}`, {"fragmentName":"FlowGraph"}) as unknown as TypedDocumentString<FlowGraphFragment, unknown>;
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
      role
      asOf
      validFrom
      body {
        __typename
        ... on Body {
          id
          name
        }
      }
      member {
        __typename
        ... on Person {
          id
          name
        }
        ... on Organisation {
          id
          name
        }
      }
      via {
        name
      }
      sources {
        file
        fromLine
        toLine
        excerpt
        document {
          title
        }
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
export const HomeSearchDocument = new TypedDocumentString(`
    query HomeSearch($text: String!) {
  search(text: $text, first: 20) {
    totalCount
    hint
    edges {
      snippet
      node {
        __typename
        id
        displayName
        kind
        ... on Passage {
          citation
          document {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeSearchQuery, HomeSearchQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!) {
  node(id: $id) {
    __typename
    id
    displayName
    kind
    ... on Organisation {
      relations {
        ...NeighbourRelation
      }
      mentions(first: 10) {
        ...NeighbourMentions
      }
    }
    ... on Body {
      relations {
        ...NeighbourRelation
      }
      mentions(first: 10) {
        ...NeighbourMentions
      }
    }
    ... on County {
      relations {
        ...NeighbourRelation
      }
      mentions(first: 10) {
        ...NeighbourMentions
      }
    }
    ... on Municipality {
      relations {
        ...NeighbourRelation
      }
      mentions(first: 10) {
        ...NeighbourMentions
      }
    }
    ... on Document {
      relations {
        ...NeighbourRelation
      }
      mentions(first: 10) {
        ...NeighbourMentions
      }
    }
    ... on Person {
      mentions(first: 10) {
        ...NeighbourMentions
      }
    }
    ... on Initiative {
      mentions(first: 10) {
        ...NeighbourMentions
      }
    }
  }
}
    fragment NeighbourRelation on Relation {
  type
  status
  from {
    __typename
    id
    displayName
    kind
  }
  to {
    __typename
    id
    displayName
    kind
  }
  sources {
    ...SourceFields
  }
}
fragment NeighbourMentions on MentionConnection {
  totalCount
  edges {
    node {
      count
      passage {
        id
        citation
        readingText
        document {
          title
        }
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
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const OrgChartDocument = new TypedDocumentString(`
    query OrgChart($root: Ref, $depth: Int, $asOf: PartialDate) {
  orgChart(root: $root, depth: $depth, asOf: $asOf) {
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
  undated
  currentLabel
}`) as unknown as TypedDocumentString<OrgChartQuery, OrgChartQueryVariables>;
export const ChartLinksDocument = new TypedDocumentString(`
    query ChartLinks($parent: Ref!, $asOf: PartialDate) {
  orgChart(root: $parent, depth: 1, asOf: $asOf) {
    id
    children {
      id
      relation
      undated
      links {
        validFrom
        validTo
        asOf
        role
        sources {
          ...SourceFields
        }
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
}`) as unknown as TypedDocumentString<ChartLinksQuery, ChartLinksQueryVariables>;
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
      relations {
        ...RelationFields
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
      relations {
        ...RelationFields
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
      relations {
        ...RelationFields
      }
    }
    ... on Municipality {
      code
      sources {
        ...SourceFields
      }
      relations {
        ...RelationFields
      }
    }
    ... on Initiative {
      initiativeKind
      description
      sources {
        ...SourceFields
      }
    }
    ... on ProcessStep {
      action
      sources {
        ...SourceFields
      }
    }
  }
}
    fragment RelationFields on Relation {
  id
  type
  validFrom
  validTo
  asOf
  from {
    ...NamedNode
  }
  to {
    ...NamedNode
  }
  sources {
    ...SourceFields
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
}
fragment NamedNode on Node {
  __typename
  id
  displayName
  kind
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NeedFlowGraphDocument = new TypedDocumentString(`
    query NeedFlowGraph($from: Ref!, $topic: Ref, $asOf: PartialDate) {
  needFlow(from: $from, topic: $topic, asOf: $asOf) {
    ...FlowGraph
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
}
fragment NamedNode on Node {
  __typename
  id
  displayName
  kind
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
      ...SourceFields
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
    query NeedTrailGraph($need: Ref!) {
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
fragment NamedNode on Node {
  __typename
  id
  displayName
  kind
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
      ...SourceFields
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