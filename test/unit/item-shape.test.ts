import { describe, expect, it } from 'vitest';
import { relation } from '../../src/graphql/loaders.js';
import { itemShape, narrowed } from '../../src/graphql/projection.js';
import { datedRelation, factEnd } from '../../src/names/queries.js';
import { MENTION_KEYS, passageMentionsOf } from '../../src/passage/queries.js';

// A relation query's items travel as lists when its items are its nodes and the properties read are
// known (neo4j-driver decodes every map key anew); the loader makes them the same node models again.
describe('how a relation query ships its items', () => {
  const heldBy = relation('heldBy', 'MATCH (x)-[:HOLDS]->(:Mandate {id: k.id})');
  const via = datedRelation('viaOf', 'MATCH (m:Mandate {id: k.id})-[r:VIA]->(x)', '{date: r.asOf}');

  it('as lists of the properties read, then the labels where they are read, revived into the maps the map projection gave', () => {
    const shape = itemShape(heldBy, ['id', '__labels', 'name']);
    expect(shape.cypher).toContain('| [n.id, n.name, labels(n)]] AS items');
    expect(shape.revive([['person-1', 'Åsa Bringlöv', ['Entity', 'Person']]])).toEqual([
      { id: 'person-1', name: 'Åsa Bringlöv', __labels: ['Entity', 'Person'] },
    ]);
    expect(shape.idOf('__n')).toBe('__n[0]');
    // Where nothing reads them (a field of one type whose resolvers do not declare them), no labels.
    const unlabelled = itemShape(heldBy, ['id', 'name']);
    expect(unlabelled.cypher).toContain('| [n.id, n.name]] AS items');
    expect(unlabelled.revive([['person-1', 'Åsa Bringlöv']])).toEqual([{ id: 'person-1', name: 'Åsa Bringlöv' }]);
  });

  it("with a dated fact's context where the selection reads it, else without", () => {
    const withContext = itemShape(via, ['id', '__labels', 'name', '__context']);
    expect(withContext.cypher).toContain('[n.id, n.name, labels(n), p.context]');
    expect(withContext.revive([['org-1', 'RSS', ['Entity', 'Rss'], { date: '2019' }]])).toEqual([
      { id: 'org-1', name: 'RSS', __labels: ['Entity', 'Rss'], __context: { date: '2019' } },
    ]);
    expect(itemShape(via, ['id', 'name']).cypher).toContain('[n IN [p.x] | [n.id, n.name]][0]');
  });

  it("a fact node's end with its context built in the projection itself: only where the selection reads it", () => {
    const holder = factEnd(
      'holderOf',
      'Mandate',
      (m, r, x) => `(${x})-[${r}:HOLDS]->(${m})`,
      (r, m) => `{date: coalesce(${r}.validFrom, ${m}.asOf), namedAs: ${r}.namedAs}`,
    );
    expect(holder.cypher).toContain('MATCH (x)-[r:HOLDS]->(m:Mandate {id: k.id})');
    expect(itemShape(holder, ['id', 'name']).cypher).toContain('collect([x.id, x.name]) AS items');
    expect(itemShape(holder, ['id', '__labels', 'name', '__context']).cypher).toContain(
      'collect([x.id, x.name, labels(x), {date: coalesce(r.validFrom, m.asOf), namedAs: r.namedAs}]) AS items',
    );
    expect(narrowed(holder.cypher, ['id', '__labels', '__context'])).toContain(
      'collect(x {.id, __labels: labels(x), __context: {date: coalesce(r.validFrom, m.asOf), namedAs: r.namedAs}}) AS items',
    );
    expect(narrowed(holder.cypher, ['id'])).toContain('collect(x {.id}) AS items');
    expect(holder.cypher).not.toMatch(/ORDER BY|DISTINCT/);
    // Written inside a seat's item (look-ahead): from the seat's node, with variables of their own.
    expect(holder.inline!('n', '__i1_0')).toEqual({
      match: 'MATCH (__i1_0x)-[__i1_0r:HOLDS]->(n)',
      item: '__i1_0x /*items*/{.*, refKeys: null, searchText: null, __labels: labels(__i1_0x), __context: {date: coalesce(__i1_0r.validFrom, n.asOf), namedAs: __i1_0r.namedAs}}/*end*/',
    });
  });

  it('as maps when every property is asked for, or when the items hold their nodes inside them', () => {
    expect(itemShape(heldBy, null)).toMatchObject({ cypher: heldBy.cypher });
    const mentions = { name: 'mentions', cypher: heldBy.cypher };
    expect(itemShape(mentions, ['id', 'name']).cypher).toBe(narrowed(heldBy.cypher, ['id', 'name']));
    const items = [{ id: 'x', __labels: ['Entity'] }];
    expect(itemShape(mentions, ['id', 'name']).revive(items)).toBe(items);
    expect(itemShape(mentions, ['id', 'name']).idOf('__n')).toBe('__n.id');
  });

  it("a passage's mentions as lists of their own fields then the entity, revived into mentions holding their entity", () => {
    const passageMentions = passageMentionsOf(MENTION_KEYS);
    expect(passageMentions.name).toBe('passageMentions');
    const listed = itemShape(passageMentions, ['id', '__labels', 'name']);
    expect(listed.cypher).toContain(
      'collect([e.id, m.count, m.forms, m.starts, m.ends, m.lines, m.fromColumns, m.toColumns, m.ambiguous, [e.id, e.name, labels(e)]])',
    );
    const values = ['person-1', 2, ['Åsa'], [10], [14], [3], [1], [5], false];
    expect(listed.revive([[...values, ['person-1', 'Åsa Bringlöv', ['Entity', 'Person']]]])).toEqual([
      {
        entityId: 'person-1',
        count: 2,
        forms: ['Åsa'],
        starts: [10],
        ends: [14],
        lines: [3],
        fromColumns: [1],
        toColumns: [5],
        ambiguous: false,
        entity: { id: 'person-1', name: 'Åsa Bringlöv', __labels: ['Entity', 'Person'] },
      },
    ]);
    // Every property asked for: the entity stays a map inside the list.
    const whole = itemShape(passageMentions, null);
    const entity = { id: 'person-1', name: 'Åsa Bringlöv', __labels: ['Entity', 'Person'] };
    expect(whole.revive([[...values, entity]])[0]).toMatchObject({ entityId: 'person-1', ambiguous: false, entity });
    expect(() => whole.idOf('__n')).toThrow(/no nodes/);
  });

  it("a passage's mentions narrowed to the fields a selection reads: the entity's id, those fields, then the entity", () => {
    const forms = passageMentionsOf(['forms']);
    expect(forms.name).toBe('passageMentions:forms');
    expect(passageMentionsOf(['forms'])).toBe(forms);
    const listed = itemShape(forms, ['id', 'name']);
    expect(listed.cypher).toContain('collect([e.id, m.forms, [e.id, e.name]])');
    expect(listed.revive([['person-1', ['Åsa'], ['person-1', 'Åsa Bringlöv']]])).toEqual([
      { entityId: 'person-1', forms: ['Åsa'], entity: { id: 'person-1', name: 'Åsa Bringlöv' } },
    ]);
    // Fields unknown to MENTION_KEYS are not read; the order is MENTION_KEYS', not the caller's.
    expect(passageMentionsOf(['ambiguous', 'nonsense', 'count']).listedItems?.fields).toEqual(['entityId', 'count', 'ambiguous']);
  });

  it('is worked out once per query and selection', () => {
    expect(itemShape(heldBy, ['id', 'name'])).toBe(itemShape(heldBy, ['id', 'name']));
    expect(itemShape(heldBy, ['id', 'name'])).not.toBe(itemShape(heldBy, ['id', 'title']));
  });
});
