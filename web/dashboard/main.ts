import { DashboardInitiativesDocument, DashboardMatrixDocument, type DashboardInitiativesQuery, type DashboardMatrixQuery } from '../gql/graphql.js';
import { enumLabel, formatDate, navHtml, navStyles, t, wireNav } from '../shared/i18n.js';
import { esc, request } from '../shared/request.js';
import { downloadCsv as saveCsv } from '../shared/csv.js';
import './style.css';

/**
 * A dashboard built only on the generated typed client: the county × national-network matrix of
 * representatives (each number opens the seats and passages behind it), counts per county, and
 * Partnerskapet's pilots with their status. Tables sort by a click on a heading and export as CSV.
 * "Unknown" (the documents do not state the county's seats) is drawn apart from "none".
 */
navStyles();
const root = document.getElementById('root')!;
root.innerHTML = `${navHtml('/dashboard')}<main class="dash"><h1>${esc(t('dashTitle'))}</h1><p id="status" role="status">${esc(t('loading'))}</p></main>`;
wireNav(root);
const main = root.querySelector('main')!;

/** Every initiative, page by page (the list is a connection: it grows with the graph). */
type Initiative = NonNullable<DashboardInitiativesQuery['initiatives']>['edges'][number]['node'];
type County = NonNullable<DashboardMatrixQuery['counties']>[number];
type Seat = County['representatives'][number];

async function allInitiatives(): Promise<Initiative[]> {
  const all: Initiative[] = [];
  let after: string | null = null;
  for (;;) {
    const { initiatives }: DashboardInitiativesQuery = await request(DashboardInitiativesDocument, { after });
    all.push(...(initiatives?.edges ?? []).map((e) => e.node));
    if (!initiatives?.pageInfo.hasNextPage) return all;
    after = initiatives.pageInfo.endCursor;
  }
}

const memberName = (s: Seat) => ('name' in s.member ? s.member.name : '');
const bodyId = (s: Seat) => (s.body.__typename === 'Body' ? s.body.id : '');

/** A table's rows as CSV (the header row and the cells' text), downloaded as a file. */
function downloadCsv(table: HTMLTableElement, name: string) {
  saveCsv(
    [...table.rows].map((r) => [...r.cells].map((c) => (c.dataset.value ?? c.textContent ?? '').trim())),
    name,
  );
}

/** Sorts a table's body by a column (numbers as numbers, words in Swedish order); a second click reverses. */
function sortBy(table: HTMLTableElement, col: number, th: HTMLElement) {
  const asc = th.getAttribute('aria-sort') !== 'ascending';
  table.querySelectorAll('thead th').forEach((h) => h.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
  const body = table.tBodies[0]!;
  const value = (r: HTMLTableRowElement) => r.cells[col]?.dataset.value ?? r.cells[col]?.textContent?.trim() ?? '';
  const rows = [...body.rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const n = x !== '' && y !== '' && !isNaN(Number(x)) && !isNaN(Number(y)) ? Number(x) - Number(y) : x.localeCompare(y, 'sv');
    return asc ? n : -n;
  });
  body.append(...rows);
}

/** Headings that sort their table (a button inside each th, as the ARIA authoring practices do it). */
const sortable = (labels: string[]) =>
  labels
    .map((l, i) => `<th scope="col"><button type="button" class="sort" data-col="${i}" aria-label="${esc(t('sortBy', { c: l }))}">${esc(l)}</button></th>`)
    .join('');

function wireTable(table: HTMLTableElement, name: string) {
  table.querySelectorAll<HTMLButtonElement>('button.sort').forEach((b) => {
    b.onclick = () => sortBy(table, Number(b.dataset.col), b.parentElement!);
  });
  document.querySelector<HTMLButtonElement>(`[data-csv="${table.id}"]`)!.onclick = () => downloadCsv(table, name);
}

function drill(county: County, body: { id: string; name: string }) {
  const seats = county.representatives.filter((s) => bodyId(s) === body.id);
  const panel = document.getElementById('drill')!;
  const src = (s: Seat) =>
    s.sources
      .map(
        (x) =>
          `<li><strong>${esc(x.document.title)}</strong> <code>${esc(x.file)}:${x.fromLine}${x.toLine !== x.fromLine ? `–${x.toLine}` : ''}</code>${x.excerpt ? `<blockquote>${esc(x.excerpt.slice(0, 400))}</blockquote>` : ''}</li>`,
      )
      .join('');
  panel.innerHTML = `<h2 tabindex="-1">${esc(t('seatHolders', { county: county.name, body: body.name }))}</h2>
    <ol>${seats
      .map(
        (s) => `<li class="seat"><a href="/org-chart?root=${encodeURIComponent('id' in s.member ? s.member.id : '')}&depth=1">${esc(memberName(s))}</a>
      ${s.via ? ` (${esc(t('via'))} ${esc(s.via.name)})` : ''} – ${esc([enumLabel('MandateRole', s.role), enumLabel('Seat', s.seat), formatDate(s.asOf ?? s.validFrom)].filter(Boolean).join(', '))}
      <ul class="sources">${src(s)}</ul></li>`,
      )
      .join('')}</ol>`;
  panel.hidden = false;
  panel.querySelector('h2')!.focus();
}

async function render() {
  const [matrix, initiatives] = await Promise.all([request(DashboardMatrixDocument), allInitiatives()]);
  const counties = matrix.counties ?? [];
  // The national networks in which some county has a stated seat (the seven focus networks and the RSS network).
  const seated = new Set(counties.flatMap((c) => c.representatives.map(bodyId)));
  const networks = (matrix.networks?.edges ?? [])
    .map((e) => e.node)
    .filter((n) => seated.has(n.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  // A county whose seats in these networks the documents state: an empty cell is "none"; for the others it is "unknown".
  const stated = new Set(counties.filter((c) => c.representatives.some((r) => networks.some((n) => n.id === bodyId(r)))).map((c) => c.id));
  const shortName = (n: (typeof networks)[number]) =>
    n.shortName ?? n.name.replace('Nationellt nätverk ', '').replace('Nationella nätverket för de regionala samverkans- och stödstrukturerna', 'RSS');
  const cell = (c: County, n: (typeof networks)[number]) => {
    const seats = c.representatives.filter((r) => bodyId(r) === n.id);
    if (seats.length) {
      return `<td class="filled" data-county="${esc(c.id)}" data-body="${esc(n.id)}" data-value="${seats.length}"><button type="button" class="drill"
        aria-label="${esc(`${t('seatHolders', { county: c.name, body: n.name })}: ${seats.length}`)}">${seats.length}</button></td>`;
    }
    return stated.has(c.id)
      ? `<td class="none" data-value="0" title="${esc(t('noneLong'))}">0</td>`
      : `<td class="unknown" data-value="" title="${esc(t('unknownLong'))}"><span aria-hidden="true">?</span><span class="sr">${esc(t('unknown'))}</span></td>`;
  };
  const matrixHtml = `
    <h2>${esc(t('matrixHeading'))}</h2>
    <p class="note">${esc(t('matrixNote'))}</p>
    <p class="legend"><span class="sw filled">4</span> ${esc(t('seats'))} · <span class="sw none">0</span> ${esc(t('noneLong'))} · <span class="sw unknown">?</span> ${esc(t('unknownLong'))}</p>
    <p><button type="button" data-csv="matrix">${esc(t('exportCsv'))}</button></p>
    <div class="scroll" tabindex="0" role="region" aria-label="${esc(t('matrixHeading'))}">
    <table id="matrix"><thead><tr>${sortable([t('county'), ...networks.map(shortName)])}</tr></thead>
    <tbody>${counties.map((c) => `<tr><th scope="row">${esc(c.name)}</th>${networks.map((n) => cell(c, n)).join('')}</tr>`).join('')}</tbody></table></div>
    <section id="drill" hidden aria-live="polite"></section>`;
  const countsHtml = `
    <h2>${esc(t('countsHeading'))}</h2>
    <p class="note">${esc(t('seatsNote'))}</p>
    <p><label>${esc(t('filter'))} <input id="filter" type="search"></label> <button type="button" data-csv="counts">${esc(t('exportCsv'))}</button></p>
    <div class="scroll" tabindex="0" role="region" aria-label="${esc(t('countsHeading'))}">
    <table id="counts"><thead><tr>${sortable([t('county'), t('municipalities'), 'RSS', t('documents'), t('seats')])}</tr></thead>
    <tbody>${counties.map((c) => `<tr><th scope="row">${esc(c.name)}</th><td>${c.municipalities.length}</td><td title="${esc(c.rss.map((r) => r.name).join('\n'))}">${c.rss.length}</td><td>${c.documents.length}</td><td>${c.representatives.length}</td></tr>`).join('')}</tbody></table></div>`;
  const pilots = initiatives.filter((i) => ['PILOT', 'PRIORITY_AREA', 'PRESTUDY'].includes(i.initiativeKind));
  const stage = (s: string) => enumLabel('InitiativeStage', s);
  const pilotsHtml = `
    <h2>${esc(t('pilotsHeading'))}</h2>
    <p><button type="button" data-csv="pilots">${esc(t('exportCsv'))}</button></p>
    <div class="scroll" tabindex="0" role="region" aria-label="${esc(t('pilotsHeading'))}">
    <table id="pilots"><thead><tr>${sortable([t('initiative'), t('statusNow'), t('history'), t('groups')])}</tr></thead>
    <tbody>${pilots
      .map(
        (
          i,
        ) => `<tr><th scope="row">${esc(i.name)}</th><td>${esc(i.status ? stage(i.status.status) : t('unknown'))}${i.status?.from ? ` (${esc(formatDate(i.status.from))})` : ''}</td>
      <td>${i.statusHistory.map((s) => `${esc(stage(s.status))} ${esc(formatDate(s.from))}${s.to ? `–${esc(formatDate(s.to))}` : ''}`).join(' → ')}</td><td>${i.groups.length}</td></tr>`,
      )
      .join('')}</tbody></table></div>`;
  main.innerHTML = `<h1>${esc(t('dashTitle'))}</h1>${matrixHtml}${countsHtml}${pilotsHtml}`;
  for (const [id, name] of [
    ['matrix', 'lan-natverk'],
    ['counts', 'antal-per-lan'],
    ['pilots', 'piloter'],
  ] as const)
    wireTable(document.getElementById(id) as HTMLTableElement, name);
  main.querySelectorAll<HTMLButtonElement>('button.drill').forEach((b) => {
    const td = b.parentElement!;
    b.onclick = () =>
      drill(
        counties.find((c) => c.id === td.dataset.county)!,
        networks.find((n) => n.id === td.dataset.body)!,
      );
  });
  const filter = document.getElementById('filter') as HTMLInputElement;
  filter.oninput = () => {
    const q = filter.value.trim().toLowerCase();
    for (const r of (document.getElementById('counts') as HTMLTableElement).tBodies[0]!.rows)
      r.hidden = !!q && !r.cells[0]!.textContent!.toLowerCase().includes(q);
  };
}

render().catch((err: Error) => {
  main.querySelector('#status')!.textContent = t('couldNotLoad') + err.message;
});
