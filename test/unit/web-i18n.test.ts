import fs from 'node:fs';
import { buildSchema, isEnumType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { csv } from '../../web/shared/csv.js';
import { chartSvg, exportName, wrap, type PlacedBox } from '../../web/org-chart/svg-export.js';
import { ENUM_LABELS } from '../../web/shared/enum-labels.js';
import { enumLabel, formatDate } from '../../web/shared/i18n.js';
import { viewFor } from '../../web/shared/links.js';

const schema = buildSchema(fs.readFileSync('schema.graphql', 'utf8'));

describe('the pages speak Swedish first', () => {
  it('has a Swedish and an English label for every value of every enum in schema.graphql', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isEnumType(type) || type.name.startsWith('__')) continue;
      for (const v of type.getValues()) {
        const l = ENUM_LABELS[type.name]?.[v.name];
        if (!l || !l[0] || !l[1]) missing.push(`${type.name}.${v.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('writes labels with å/ä/ö (Seat.ERSATTARE is "ersättare") and in the current language (Swedish without a stored choice)', () => {
    expect(ENUM_LABELS.Seat!.ERSATTARE).toEqual(['ersättare', 'deputy']);
    expect(enumLabel('InitiativeStage', 'PRIORITY_AREA')).toBe('prioriterat samverkansområde');
    expect(enumLabel('OrganisationType', 'COUNTY_BOARD')).toBe('länsstyrelse');
  });

  it('writes partial dates as Swedes do, and in English on request', () => {
    expect([formatDate('2019'), formatDate('2019-11'), formatDate('2019-11-05')]).toEqual(['2019', 'november 2019', '5 november 2019']);
    expect(formatDate('2019-03-01', 'en')).toBe('1 March 2019');
    expect(formatDate('okänt')).toBe('okänt');
  });
});

describe('the org chart as a stand-alone SVG', () => {
  const boxes: PlacedBox[] = [
    { id: 'a', parentId: null, graphId: 'county-01', x: 0, y: 0, width: 230, height: 74, label: 'Stockholms län', sub: 'län', fill: '#dbeafe' },
    {
      id: 'a/b',
      parentId: 'a',
      graphId: 'org-fou-nordost',
      x: 300,
      y: 120,
      width: 230,
      height: 74,
      label: 'FoU <Nordost> & "Co"',
      sub: 'FoU-enhet',
      fill: '#dcfce7',
    },
  ];

  it('draws each box as a rounded rect with bold text, and each link as a path, with no CSS and no foreignObject', () => {
    const svg = chartSvg(boxes, 'Stockholms län – 24 november 2026');
    expect(svg.match(/<g class="box"/g)).toHaveLength(2);
    expect(svg).toContain('<rect x="185" y="120" width="230" height="74" rx="8" ry="8" fill="#dcfce7" stroke="#94a3b8" stroke-width="1"/>');
    expect(svg).toContain('FoU &lt;Nordost&gt; &amp; &quot;Co&quot;');
    expect(svg).toContain('<path d="M0,74 V97 H300 V120"');
    expect(svg).not.toMatch(/foreignObject|<style|class="[^"]*" style=/);
    expect(svg).toContain('viewBox="-135 -48 570 262"');
  });

  it('wraps a long label into two lines, the second cut with …', () => {
    expect(wrap('Nationella nätverket för de regionala samverkans- och stödstrukturerna', 31, 2)).toEqual([
      'Nationella nätverket för de',
      'regionala samverkans- och stöd…',
    ]);
    expect(wrap('RSS Uppsala län', 31, 2)).toEqual(['RSS Uppsala län']);
  });

  it('names the file from the root and the date', () => {
    expect(exportName('Stockholms län', '2019-11', 'svg')).toBe('kunskapsgrafen-stockholms-lan-2019-11.svg');
    expect(exportName('Rådet för styrning med kunskap', '2026-11-24', 'png')).toBe('kunskapsgrafen-radet-for-styrning-med-kunskap-2026-11-24.png');
  });
});

describe('links between the views', () => {
  it('opens structures in the org chart, a need on its trail, and the rest in the explorer with a query the schema accepts', () => {
    expect(viewFor('BODY', 'body-natverk-milk')).toBe('/org-chart?root=body-natverk-milk&depth=2&sel=body-natverk-milk');
    expect(viewFor('NEED', 'need-x')).toBe('/org-chart?need=need-x');
    const link = new URL(viewFor('PASSAGE', 'passage-002-0042'), 'http://x');
    expect(link.pathname).toBe('/explorer');
    expect(JSON.parse(link.searchParams.get('variables')!)).toEqual({ id: 'passage-002-0042' });
    expect(validate(schema, parse(link.searchParams.get('query')!)).map((e) => e.message)).toEqual([]);
  });

  it('writes CSV as RFC 4180 asks', () => {
    expect(
      csv([
        ['Län', 'Namn'],
        ['Stockholms län', 'A, "B"'],
      ]),
    ).toBe('Län,Namn\r\nStockholms län,"A, ""B"""\r\n');
  });
});
