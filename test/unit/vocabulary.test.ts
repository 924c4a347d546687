import { buildSchema, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { toEnumValue } from '../../src/graphql/model.js';
import * as kinds from '../../src/seed/schema/kinds.js';
import * as common from '../../src/seed/schema/common.js';
import * as facts from '../../src/seed/schema/facts.js';
import { DECISION_KINDS, EVENT_KINDS } from '../../src/seed/schema/events.js';

/**
 * One vocabulary across the API: closed vocabularies are enums (never free strings), arguments
 * that name a thing are references (Ref), and the enums hold exactly the values the seed data may
 * use, so every stored value has an enum value and every enum value can occur.
 */
const schema: GraphQLSchema = buildSchema(loadTypeDefs());

/** Every argument of every field, except mutation inputs (which name things by id for now). */
const args = Object.values(schema.getTypeMap())
  .filter((t) => !t.name.startsWith('__') && t.name !== 'Mutation')
  .flatMap((t) =>
    (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []).flatMap((f) =>
      f.args.map((a) => ({ at: `${t.name}.${f.name}(${a.name})`, name: a.name, type: getNamedType(a.type).name })),
    ),
  );

/** The fields of input objects (filters), checked like arguments. */
const inputFields = Object.values(schema.getTypeMap())
  .filter((t) => isInputObjectType(t) && !t.name.startsWith('__') && !t.name.endsWith('Input'))
  .flatMap((t) =>
    (isInputObjectType(t) ? Object.values(t.getFields()) : []).map((f) => ({ at: `${t.name}.${f.name}`, name: f.name, type: getNamedType(f.type).name })),
  );

/** Argument names that always hold a word of a closed vocabulary. */
const VOCABULARY_ARGS = ['type', 'kind', 'kinds', 'level', 'status', 'role', 'seat', 'arena', 'direction', 'relation', 'origin', 'basis', 'modality'];
/** Arguments that name a thing in the graph. */
const ENTITY_ARGS = ['id', 'county', 'municipality', 'organisation', 'body', 'topic', 'person', 'from', 'to', 'root', 'need', 'initiative', 'document'];
/** `from`/`to` name a thing (a flow's ends), or bound a period: then they are dates. */
const isPeriodBound = (a: { name: string; type: string }) => ['from', 'to'].includes(a.name) && a.type === 'PartialDate';
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

  it('takes closed vocabularies as enums and names things with Ref in filters too', () => {
    expect(inputFields.length).toBeGreaterThan(10);
    expect(inputFields.filter((f) => VOCABULARY_ARGS.includes(f.name) && !isEnumType(schema.getType(f.type))).map((f) => f.at)).toEqual([]);
    expect(inputFields.filter((f) => ENTITY_ARGS.includes(f.name) && !(f.type === 'Ref' || isPeriodBound(f))).map((f) => f.at)).toEqual([]);
  });

  it("names things with Ref (node(id:) keeps Relay's ID!)", () => {
    const offenders = args.filter((a) => ENTITY_ARGS.includes(a.name) && a.type !== 'Ref' && a.at !== 'Query.node(id)' && !isPeriodBound(a));
    expect(offenders).toEqual([]);
    expect(args.filter((a) => a.type === 'ID').map((a) => a.at)).toEqual(['Query.node(id)']);
  });

  it('makes every root field nullable, so one failure does not erase the others', () => {
    const nonNull = Object.values(schema.getQueryType()!.getFields())
      .filter((f) => String(f.type).endsWith('!'))
      .map((f) => f.name);
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
    ['Basis', common.factFields.basis],
    ['Modality', common.factFields.modality],
    ['AmountQualifier', { options: common.QUALIFIERS }],
    ['AmountPeriod', { options: common.AMOUNT_PERIODS }],
    ['MeasureUnit', { options: common.MEASURE_UNITS }],
    ['NameKind', { options: facts.NAME_KINDS }],
    ['EventKind', { options: EVENT_KINDS }],
    ['DecisionKind', { options: DECISION_KINDS }],
  ];
  for (const [name, zod] of pairs) {
    it(name, () => {
      expect(enumValues(name).sort()).toEqual(optionsOf(zod).sort());
    });
  }
});
