import { factEnd, refContext } from '../names/queries.js';

/**
 * The ends of a seat, each carrying the seat's date and the passage's name for it (nameThen). A seat
 * has one holder, one body and at most one via and county: the seeds write them so, and so do
 * addSeat and the seat import (one edge per seat and type, keyed by the seat's id).
 */
const seatEnd = (name: string, pattern: string) => factEnd(name, pattern, refContext('r', ['m']));

export const mandateMember = seatEnd('mandateMember', 'MATCH (x)-[r:HOLDS]->(m:Mandate {id: k.id})');
export const mandateBody = seatEnd('mandateBody', 'MATCH (m:Mandate {id: k.id})-[r:IN]->(x)');
export const mandateOnBehalfOf = seatEnd('mandateOnBehalfOf', 'MATCH (m:Mandate {id: k.id})-[r:ON_BEHALF_OF]->(x)');
export const mandateVia = seatEnd('mandateVia', 'MATCH (m:Mandate {id: k.id})-[r:VIA]->(x)');
