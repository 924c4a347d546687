import { pageCypher } from '../graphql/connection.js';
import { relation } from '../graphql/loaders.js';

export const agreementParties = relation('agreementParties', 'MATCH (:Agreement {id: k.id})-[:HAS_PARTY]->(x)');
export const agreementDocument = relation('agreementDocument', 'MATCH (:Agreement {id: k.id})-[:DOCUMENTED_IN]->(x:Document)');
/** The top-level split of an agreement's money; parts of a split hang below it. */
export const agreementAllocations = relation('agreementAllocations',
  'MATCH (:Agreement {id: k.id})-[:ALLOCATES]->(x:Allocation) WHERE NOT (x)-[:PART_OF]->(:Allocation)', 'x.amountMsek DESC, x.purpose');
export const allocationParts = relation('allocationParts',
  'MATCH (:Allocation {id: k.id})<-[:PART_OF]-(x:Allocation)', 'x.amountMsek DESC, x.purpose');
export const allocationPartOf = relation('allocationPartOf', 'MATCH (:Allocation {id: k.id})-[:PART_OF]->(x:Allocation)');
export const allocationRecipient = relation('allocationRecipient', 'MATCH (:Allocation {id: k.id})-[:TO]->(x)');
export const allocationAgreement = relation('allocationAgreement', 'MATCH (:Allocation {id: k.id})<-[:ALLOCATES]-(x:Agreement)');
/** The route of the money, in the order the seed gives it. */
export const allocationVia = relation('allocationVia', 'MATCH (:Allocation {id: k.id})-[v:VIA]->(x)', 'v.order');

/** Agreements by year (not stated: first, as documents do; a null key would drop it from every page), then title. */
export const listAgreements = pageCypher(`
  MATCH (x:Agreement) WHERE $year IS NULL OR x.year = $year`,
  "right('0000' + toString(coalesce(x.year, 0)), 4) + '|' + toLower(x.title) + '|' + x.id");

/** Allocations received or passed on by a county (through its RSS or organisations in it). */
export const countyFunds = relation('countyFunds',
  `MATCH (c:County {id: k.id})
   MATCH (x:Allocation)-[:TO|VIA]->(r) WHERE r = c OR (r)-[:SERVES|IN_COUNTY]->(c)`, 'x.amountMsek DESC, x.purpose');
export const organisationFunds = relation('organisationFunds',
  'MATCH (:Organisation {id: k.id})<-[:TO|VIA]-(x:Allocation)', 'x.amountMsek DESC, x.purpose');
