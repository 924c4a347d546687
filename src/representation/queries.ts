import { relation } from '../graphql/loaders.js';

export const mandateMember = relation('mandateMember', 'MATCH (x)-[:HOLDS]->(:Mandate {id: k.id})');
export const mandateBody = relation('mandateBody', 'MATCH (:Mandate {id: k.id})-[:IN]->(x)');
export const mandateOnBehalfOf = relation('mandateOnBehalfOf', 'MATCH (:Mandate {id: k.id})-[:ON_BEHALF_OF]->(x)');
export const mandateVia = relation('mandateVia', 'MATCH (:Mandate {id: k.id})-[:VIA]->(x)');
