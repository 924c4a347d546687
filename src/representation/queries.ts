import { factEnd, refContext } from '../names/queries.js';

/**
 * The ends of a seat, each carrying the seat's date and the passage's name for it (nameThen). A seat
 * has one holder, one body and at most one via and county: the seeds write them so, and so do
 * addSeat and the seat import (one edge per seat and type, keyed by the seat's id).
 */
const seatEnd = (name: string, edge: (m: string, r: string, x: string) => string) => factEnd(name, 'Mandate', edge, (r, m) => refContext(r, [m]));

export const mandateMember = seatEnd('mandateMember', (m, r, x) => `(${x})-[${r}:HOLDS]->(${m})`);
export const mandateBody = seatEnd('mandateBody', (m, r, x) => `(${m})-[${r}:IN]->(${x})`);
export const mandateOnBehalfOf = seatEnd('mandateOnBehalfOf', (m, r, x) => `(${m})-[${r}:ON_BEHALF_OF]->(${x})`);
export const mandateVia = seatEnd('mandateVia', (m, r, x) => `(${m})-[${r}:VIA]->(${x})`);

/**
 * A seat query's bound ends (RelationQuery.ends): its match binds each seat's holder as `holder`
 * over `holds` and its body as `b` over `inBody`, so look-ahead reads them there, not again.
 */
export const SEAT_ENDS = {
  [mandateMember.name]: { node: 'holder', edge: 'holds' },
  [mandateBody.name]: { node: 'b', edge: 'inBody' },
} as const;
