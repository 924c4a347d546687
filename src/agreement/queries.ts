import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';
import { datedRelation, refContext } from '../names/queries.js';

/** Parties, with the agreement's date (its signing date, else the year it governs) for nameThen. */
export const agreementParties = datedRelation(
  'agreementParties',
  'MATCH (a:Agreement {id: k.id})-[r:HAS_PARTY]->(x)',
  refContext('r', ['a'], ['a.date', 'toString(toInteger(a.year))']),
);
export const agreementDocument = relation('agreementDocument', 'MATCH (:Agreement {id: k.id})-[:DOCUMENTED_IN]->(x:Document)');
/** The top-level split of an agreement's money; parts of a split hang below it. */
export const agreementAllocations = relation(
  'agreementAllocations',
  'MATCH (:Agreement {id: k.id})-[:ALLOCATES]->(x:Allocation) WHERE NOT (x)-[:PART_OF]->(:Allocation)',
  'x.amountMsek DESC, x.purpose',
);
export const allocationParts = relation('allocationParts', 'MATCH (:Allocation {id: k.id})<-[:PART_OF]-(x:Allocation)', 'x.amountMsek DESC, x.purpose');
export const allocationPartOf = relation('allocationPartOf', 'MATCH (:Allocation {id: k.id})-[:PART_OF]->(x:Allocation)');
/** Where an allocation's money goes, dated by the allocation (its period, else year) or its agreement, for nameThen. */
const allocationDate = refContext('r', ['al'], ['toString(toInteger(al.year))', 'a.date', 'toString(toInteger(a.year))']);
export const allocationRecipient = datedRelation(
  'allocationRecipient',
  'MATCH (al:Allocation {id: k.id})-[r:TO]->(x) OPTIONAL MATCH (al)<-[:ALLOCATES]-(a:Agreement)',
  allocationDate,
);
export const allocationSharedWith = datedRelation(
  'allocationSharedWith',
  'MATCH (al:Allocation {id: k.id})-[r:SHARED_WITH]->(x) OPTIONAL MATCH (al)<-[:ALLOCATES]-(a:Agreement)',
  allocationDate,
);
export const allocationAgreement = relation('allocationAgreement', 'MATCH (:Allocation {id: k.id})<-[:ALLOCATES]-(x:Agreement)');
/** The route of the money, in the order the seed gives it. */
export const allocationVia = datedRelation(
  'allocationVia',
  'MATCH (al:Allocation {id: k.id})-[r:VIA]->(x) OPTIONAL MATCH (al)<-[:ALLOCATES]-(a:Agreement)',
  allocationDate,
  'r.order',
);

/** Conditions of an agreement or allocation, and what met them. */
export const conditionsOf = relation('conditionsOf', 'MATCH (:Entity {id: k.id})-[:HAS_CONDITION]->(x:Condition)', 'x.id');
export const conditionMetBy = relation('conditionMetBy', 'MATCH (:Condition {id: k.id})-[:MET_BY]->(x)');
/** Decisions about a thing (the government's approval of an agreement). */
export const decisionsAbout = relation('decisionsAbout', 'MATCH (:Entity {id: k.id})<-[:ABOUT]-(x:Decision)', "coalesce(x.startDay, '9999'), x.id");

/** Agreements by year, then title; an agreement whose year no document states comes last (a null key would break the cursor). */
export const listAgreements = pageCypher(
  `
  MATCH (x:Agreement) WHERE $year IS NULL OR x.year = $year`,
  "right('0000' + coalesce(toString(x.year), '9999'), 4) + '|' + toLower(x.title) + '|' + x.id",
);

/** Allocations received or passed on by a county (through its RSS or organisations in it). */
export const countyFunds = relation(
  'countyFunds',
  `MATCH (c:County {id: k.id})
   MATCH (x:Allocation)-[:TO|VIA]->(r) WHERE r = c OR (r)-[:SERVES|IN_COUNTY]->(c)`,
  'x.amountMsek DESC, x.purpose',
);
export const organisationFunds = relation('organisationFunds', 'MATCH (:Organisation {id: k.id})<-[:TO|VIA]-(x:Allocation)', 'x.amountMsek DESC, x.purpose');
