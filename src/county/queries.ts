import { relation } from '../graphql/loaders.js';
import { factFilter, holdsAt } from '../graphql/model.js';
import { SEAT_ENDS } from '../representation/queries.js';

export const countyMunicipalities = relation('countyMunicipalities', 'MATCH (:County {id: k.id})<-[:IN_COUNTY]-(x:Municipality)', 'x.code');

export const countyRegion = relation('countyRegion', 'MATCH (:County {id: k.id})<-[:IN_COUNTY]-(x:Region)');

export const countyRss = relation('countyRss', 'MATCH (:County {id: k.id})<-[:SERVES]-(x:Rss)');

export const countyDocuments = relation('countyDocuments', 'MATCH (:County {id: k.id})<-[:ABOUT_COUNTY]-(x:Document)', 'x.year, x.title');

export const municipalityCounty = relation('municipalityCounty', 'MATCH (:Municipality {id: k.id})-[:IN_COUNTY]->(x:County)');

/**
 * Seats held on behalf of the county, or of an RSS that serves it; optionally in one body and
 * known to hold at a date. Ordered so a table reads naturally: body, arena, seat, holder.
 */
export const countyRepresentatives = relation(
  'countyRepresentatives',
  `MATCH (c:County {id: k.id})
   CALL (c) {
     MATCH (c)<-[:ON_BEHALF_OF]-(m:Mandate) RETURN m
     UNION
     MATCH (c)<-[:SERVES]-(:Rss)<-[:ON_BEHALF_OF]-(m:Mandate) RETURN m
   }
   WITH k, m AS x
   MATCH (x)-[inBody:IN]->(b) WHERE (k.body IS NULL OR b.id = k.body) AND ${holdsAt('x')} AND ${factFilter('x')}
   MATCH (holder)-[holds:HOLDS]->(x)
   WITH k, x, b, inBody, holder, holds`,
  'b.name, x.arena DESC, x.seat DESC, holder.name',
  SEAT_ENDS,
);

/**
 * Every county, by code. A root list has no parent: its one key ({id: 'all'}) stands for the root,
 * so the list is a relation query like any other, and look-ahead fetches what is selected below
 * it in the same statement.
 */
export const allCounties = relation('allCounties', 'MATCH (x:County)', 'x.code');
export const ALL = { id: 'all' };
