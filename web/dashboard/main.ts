import { DashboardInitiativesDocument, DashboardMatrixDocument, type DashboardInitiativesQuery } from '../gql/graphql.js';
import { esc, request } from '../shared/request.js';
import './style.css';

/**
 * A dashboard built only on the generated typed client: the county × national-network matrix of
 * representatives, counts per county, and Partnerskapet's pilots with their status.
 */
const root = document.getElementById('root')!;
root.innerHTML = '<main class="dash"><h1>Kunskapsgrafen – dashboard</h1><p id="status">Loading…</p></main>';
const main = root.querySelector('main')!;

/** Every initiative, page by page (the list is a connection: it grows with the graph). */
type Initiative = NonNullable<DashboardInitiativesQuery['initiatives']>['edges'][number]['node'];

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

async function render() {
  const [matrix, initiatives] = await Promise.all([request(DashboardMatrixDocument), allInitiatives()]);
  const counties = matrix.counties ?? [];
  // The national networks in which some county has a stated seat (the seven focus networks and the RSS network).
  const seated = new Set(counties.flatMap((c) => c.representatives.map((r) => (r.body.__typename === 'Body' ? r.body.id : ''))));
  const networks = (matrix.networks?.edges ?? []).map((e) => e.node).filter((n) => seated.has(n.id)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const cell = (countyId: string, bodyId: string) => {
    const county = counties.find((c) => c.id === countyId)!;
    const seats = county.representatives.filter((r) => r.body.__typename === 'Body' && r.body.id === bodyId);
    const people = seats.filter((s) => s.member.__typename === 'Person');
    if (!seats.length) return '<td class="empty">–</td>';
    const title = seats.map((s) => `${'name' in s.member ? s.member.name : ''}${s.via ? ` (${s.via.name})` : ''}${s.seat ? ` ${s.seat.toLowerCase()}` : ''}`).join('\n');
    return `<td class="filled" title="${esc(title)}" data-county="${esc(countyId)}" data-body="${esc(bodyId)}">${people.length || seats.length}</td>`;
  };
  const matrixHtml = `
    <h2>Representatives per county and national network</h2>
    <p class="note">Number of people (or organisations, where no person is named) holding a seat for the county; hover for names.
    Only Stockholms län's representatives are stated in the documents (Bilaga 2 of the 2019 status report).</p>
    <table id="matrix"><thead><tr><th>County</th>${networks.map((n) => `<th>${esc(n.shortName ?? n.name.replace('Nationellt nätverk ', '').replace('Nationella nätverket för de regionala samverkans- och stödstrukturerna', 'RSS'))}</th>`).join('')}</tr></thead>
    <tbody>${counties.map((c) => `<tr><th>${esc(c.name)}</th>${networks.map((n) => cell(c.id, n.id)).join('')}</tr>`).join('')}</tbody></table>`;
  const countsHtml = `
    <h2>Counts per county</h2>
    <table id="counts"><thead><tr><th>County</th><th>Municipalities</th><th>RSS</th><th>Documents</th><th>Seats</th></tr></thead>
    <tbody>${counties.map((c) => `<tr><th>${esc(c.name)}</th><td>${c.municipalities.length}</td><td title="${esc(c.rss.map((r) => r.name).join('\n'))}">${c.rss.length}</td><td>${c.documents.length}</td><td>${c.representatives.length}</td></tr>`).join('')}</tbody></table>`;
  const pilots = initiatives.filter((i) => ['PILOT', 'PRIORITY_AREA', 'PRESTUDY'].includes(i.initiativeKind));
  const stage = (s: string) => s.toLowerCase().replace(/_/g, ' ');
  const pilotsHtml = `
    <h2>Pilots and priority areas of Partnerskapet</h2>
    <table id="pilots"><thead><tr><th>Initiative</th><th>Status now</th><th>History</th><th>Groups</th></tr></thead>
    <tbody>${pilots.map((i) => `<tr><th>${esc(i.name)}</th><td>${esc(i.status ? stage(i.status.status) : 'unknown')}${i.status?.from ? ` (${esc(i.status.from)})` : ''}</td>
      <td>${i.statusHistory.map((s) => `${esc(stage(s.status))} ${esc(s.from ?? '')}${s.to ? `–${esc(s.to)}` : ''}`).join(' → ')}</td><td>${i.groups.length}</td></tr>`).join('')}</tbody></table>`;
  main.innerHTML = `<h1>Kunskapsgrafen – dashboard</h1><nav><a href="/">Home</a> · <a href="/explorer">Explorer</a> · <a href="/org-chart">Org chart</a></nav>${matrixHtml}${countsHtml}${pilotsHtml}`;
}

render().catch((err: Error) => {
  main.querySelector('#status')!.textContent = `Could not load: ${err.message}`;
});
