import { buildSchema, getNamedType, isEnumType, isInterfaceType, isObjectType, type GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { toEnumValue } from '../../src/graphql/model.js';
import * as kinds from '../../src/seed/schema/kinds.js';

/**
 * One vocabulary across the API: closed vocabularies are enums (never free strings), arguments
 * that name a thing are references (Ref), and the enums hold exactly the values the seed data may
 * use, so every stored value has an enum value and every enum value can occur.
 */
const schema: GraphQLSchema = buildSchema(loadTypeDefs());

/** Every argument of every field, except mutation inputs (which name things by id for now). */
const args = Object.values(schema.getTypeMap())
  .filter((t) => !t.name.startsWith('__') && t.name !== 'Mutation')
  .flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : [])
    .flatMap((f) => f.args.map((a) => ({ at: `${t.name}.${f.name}(${a.name})`, name: a.name, type: getNamedType(a.type).name }))));

/** Argument names that always hold a word of a closed vocabulary. */
const VOCABULARY_ARGS = ['type', 'kind', 'kinds', 'level', 'status', 'role', 'seat', 'arena', 'direction', 'relation', 'origin'];
/** Arguments that name a thing in the graph. */
const ENTITY_ARGS = ['id', 'county', 'municipality', 'organisation', 'body', 'topic', 'person', 'from', 'to', 'root', 'need', 'initiative', 'document'];
/** The only String arguments: free text and cursors. */
const FREE_TEXT = ['Query.people(name)', 'Query.search(text)'];

describe("the schema's vocabulary", () => {
  it('has arguments to look at', () => {
    expect(args.length).toBeGreaterThan(40);
  });

  it('takes every closed vocabulary as an enum, never as a String', () => {
    const offenders = args.filter((a) => VOCABULARY_ARGS.includes(a.name) && !isEnumType(schema.getType(a.type)));
    expect(offenders).toEqual([]);
  });

  it('uses String only for free text and cursors', () => {
    const strings = args.filter((a) => a.type === 'String' && !['after', 'before'].includes(a.name)).map((a) => a.at);
    expect(strings.sort()).toEqual(FREE_TEXT);
  });

  it('names things with Ref (node(id:) keeps Relay\'s ID!)', () => {
    // changes(from:, to:) is a window of dates, as issue 14 names it, not a route between two things.
    const dates = ['Query.changes(from)', 'Query.changes(to)'];
    const offenders = args.filter((a) => ENTITY_ARGS.includes(a.name) && a.type !== 'Ref' && a.at !== 'Query.node(id)' && !(dates.includes(a.at) && a.type === 'PartialDate'));
    expect(offenders).toEqual([]);
    expect(args.filter((a) => a.type === 'ID').map((a) => a.at)).toEqual(['Query.node(id)']);
  });

  it('makes every root field nullable, so one failure does not erase the others', () => {
    const nonNull = Object.values(schema.getQueryType()!.getFields()).filter((f) => String(f.type).endsWith('!')).map((f) => f.name);
    expect(nonNull).toEqual([]);
  });
});

const unwrap = (s: any): any => (s?._zod?.def?.innerType ? unwrap(s._zod.def.innerType) : s);
const optionsOf = (s: unknown) => (unwrap(s).options as string[]).map((v) => toEnumValue(v));
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('the enums and the seed data hold the same words', () => {
  const statusEntry = unwrap(unwrap(kinds.initiativeSchema.shape.statusHistory)._zod.def.element).shape.status;
  const pairs: Array<[string, unknown]> = [
    ['DocumentType', kinds.documentSchema.shape.type],
    ['OrganisationType', kinds.organisationSchema.shape.type],
    ['OrganisationStatus', kinds.organisationSchema.shape.status],
    ['BodyType', kinds.bodySchema.shape.type],
    ['BodyLevel', kinds.bodySchema.shape.level],
    ['BodyStatus', kinds.bodySchema.shape.status],
    ['MandateRole', kinds.mandateSchema.shape.role],
    ['Seat', kinds.mandateSchema.shape.seat],
    ['Arena', kinds.mandateSchema.shape.arena],
    ['InitiativeKind', kinds.initiativeSchema.shape.kind],
    ['InitiativeStage', statusEntry],
    ['RelationType', kinds.relationSchema.shape.type],
    ['RelationStatus', kinds.relationSchema.shape.status],
    ['ProcessKind', kinds.processSchema.shape.kind],
    ['ProcessDirection', kinds.processSchema.shape.direction],
    ['ProcessScope', kinds.processSchema.shape.scope],
    ['ProcessState', kinds.processSchema.shape.state],
  ];
  for (const [name, zod] of pairs) {
    it(name, () => {
      expect(enumValues(name).sort()).toEqual(optionsOf(zod).sort());
    });
  }
});
