import type { RefSpec } from './kinds.js';

/**
 * What each entity-valued argument accepts. Kinds are labels: an organisation argument takes
 * municipalities, regions and RSS too (they are organisations); a seat's body may be an RSS
 * (its contact persons sit "in" it).
 */
export const COUNTY = (argument = 'county'): RefSpec => ({ argument, labels: ['County'], what: 'county' });
export const MUNICIPALITY = (argument = 'municipality'): RefSpec => ({ argument, labels: ['Municipality'], what: 'municipality' });
export const ORGANISATION = (argument = 'organisation'): RefSpec => ({ argument, labels: ['Organisation'], what: 'organisation' });
export const BODY = (argument = 'body'): RefSpec => ({ argument, labels: ['Body'], what: 'body' });
export const SEAT_PLACE = (argument = 'body'): RefSpec => ({ argument, labels: ['Body', 'Rss'], what: 'body or RSS' });
export const TOPIC = (argument = 'topic'): RefSpec => ({ argument, labels: ['Topic'], what: 'focus area (topic)' });
export const PERSON = (argument = 'person'): RefSpec => ({ argument, labels: ['Person'], what: 'person' });
export const DOCUMENT = (argument = 'document'): RefSpec => ({ argument, labels: ['Document'], what: 'document' });
export const INITIATIVE = (argument = 'initiative'): RefSpec => ({ argument, labels: ['Initiative'], what: 'initiative' });
export const NEED = (argument = 'need'): RefSpec => ({ argument, labels: ['Need'], what: 'need' });
export const AGREEMENT = (argument = 'agreement'): RefSpec => ({ argument, labels: ['Agreement'], what: 'agreement' });
/** Where a need flow can start (issue 12): a municipality, county, RSS, organisation, person or body. */
export const NEED_START = (argument = 'from'): RefSpec => ({
  argument,
  labels: ['County', 'Organisation', 'Body', 'Person'],
  what: 'municipality, county, RSS, organisation, person or body',
});
/** Where knowledge starts: an agency, SKR or another organisation, or a (national) body. */
export const KNOWLEDGE_SOURCE = (argument = 'from'): RefSpec => ({ argument, labels: ['Organisation', 'Body'], what: 'organisation or body' });
/** Where a money flow starts: an agreement, one of its allocations, or a county (the allocations that reach it). */
export const MONEY_START = (argument = 'from'): RefSpec => ({
  argument,
  labels: ['Agreement', 'Allocation', 'County'],
  what: 'agreement, allocation or county',
});
/** A documented process: by id or name. */
export const PROCESS = (argument = 'id'): RefSpec => ({ argument, labels: ['Process'], what: 'process', by: 'id or name' });
export const CHART_ROOT = (argument = 'root'): RefSpec => ({
  argument,
  labels: ['County', 'Organisation', 'Body', 'Initiative', 'Person'],
  what: 'county, organisation, body, initiative or person',
});
/** A passage: by id or citation only (passages have no names; search finds their words). */
export const PASSAGE = (argument = 'id'): RefSpec => ({ argument, labels: ['Passage'], what: 'passage', by: 'id or citation (002:309, 001:212:696-1175)' });
/** node(id:): any kind, so a name two kinds share is ambiguous there. */
export const ANYTHING = (argument = 'id'): RefSpec => ({ argument, what: 'thing in the graph' });
export const EVENT = (argument = 'event'): RefSpec => ({ argument, labels: ['Event'], what: 'event', by: 'id or name' });
export const DECISION = (argument = 'decision'): RefSpec => ({ argument, labels: ['Decision'], what: 'decision', by: 'id or diarienummer' });
