import type { Resolvers } from '../generated/resolvers-types.js';
import { related, relatedOne } from '../graphql/related.js';
import type { Context } from '../graphql/context.js';
import { sourcesField } from '../graphql/common-resolvers.js';
import { fetchPage, type PageArgs } from '../graphql/connection.js';
import { badArgument } from '../graphql/errors.js';
import { toEnumValue, toGraphValue } from '../graphql/model.js';
import { references } from '../reference/resolver.js';
import { BODY, DECISION, DOCUMENT, EVENT, INITIATIVE, ORGANISATION } from '../reference/specs.js';
import { firstDay, lastDay } from '../seed/dates.js';
import { factFields } from '../truth/fact-fields.js';
import { measuresOf } from '../truth/queries.js';
import * as q from './queries.js';
import { reads } from '../graphql/projection.js';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

interface TimeFilter {
  from?: string | null;
  to?: string | null;
  kind?: string | null;
  body?: string | null;
  organisation?: string | null;
  initiative?: string | null;
  document?: string | null;
}

type Forms = typeof q.listEvents;

/**
 * events(filter) and decisions(filter): the references of the filter resolve through the one
 * resolver (an unknown one is NOT_FOUND, never an empty list); the first named thing anchors the
 * query, the others must be linked too. A period keeps the items whose date reaches into it.
 */
async function timeList(name: string, listName: string, forms: Forms, filter: TimeFilter | null | undefined, page: PageArgs, ctx: Context) {
  const f = filter ?? {};
  const refs = references(ctx);
  const ids = (
    await Promise.all([
      refs.id(f.body, BODY('filter.body')),
      refs.id(f.organisation, ORGANISATION('filter.organisation')),
      refs.id(f.initiative, INITIATIVE('filter.initiative')),
      refs.id(f.document, DOCUMENT('filter.document')),
    ])
  ).filter((id): id is string => id != null);
  if (f.from && f.to && firstDay(f.from) > lastDay(f.to)) throw badArgument('filter', `from (${f.from}) is after to (${f.to})`);
  const period = Boolean(f.from || f.to);
  const [anchor, ...others] = ids;
  const cypher = (anchor ? forms.anchored : forms.unanchored)[period ? 'period' : 'all'];
  return fetchPage(
    ctx.runner,
    name,
    listName,
    cypher,
    {
      anchor: anchor ?? null,
      others,
      kind: toGraphValue(f.kind),
      from: period ? firstDay(f.from ?? '0000') : null,
      to: period ? lastDay(f.to ?? '9999') : null,
    },
    page,
  );
}

export const eventResolvers: Resolvers = {
  Query: {
    event: (_p, { id }, ctx) => references(ctx).resolve(id, EVENT('id')),
    decision: (_p, { id }, ctx) => references(ctx).resolve(id, DECISION('id')),
    events: (_p, { filter, ...page }, ctx) => timeList('listEvents', 'events', q.listEvents, filter, page, ctx),
    decisions: (_p, { filter, ...page }, ctx) => timeList('listDecisions', 'decisions', q.listDecisions, filter, page, ctx),
  },
  Event: {
    eventKind: reads(['kind'], (e) => toEnumValue(e.kind ?? 'other') as never),
    body: relatedOne(q.eventBody),
    organisers: related(q.eventOrganisers),
    participants: related(q.eventParticipants),
    presenters: related(q.eventPresenters),
    about: related(q.eventAbout),
    heldIn: related(q.eventHeldIn),
    decisions: related(q.eventDecisions),
    measures: related(measuresOf),
    formerIds: reads(['formerIds'], (e) => list(e.formerIds)),
    ...factFields(),
    sources: sourcesField,
  },
  Decision: {
    decisionKind: reads(['kind'], (d) => toEnumValue(d.kind ?? 'decision') as never),
    by: related(q.decisionBy),
    document: relatedOne(q.decisionDocument),
    about: related(q.decisionAbout),
    atEvent: relatedOne(q.decisionAtEvent),
    conditionsMet: related(q.decisionConditionsMet),
    formerIds: reads(['formerIds'], (d) => list(d.formerIds)),
    ...factFields(),
    sources: sourcesField,
  },
};
