import { ENUM_LABELS } from './enum-labels.js';

/**
 * The pages' words, Swedish first, with an English switch remembered per browser (localStorage).
 * Every visible interface string lives here, so no page mixes languages; data (names, titles,
 * excerpts) stays as the documents write it.
 */
export type Lang = 'sv' | 'en';
const STORE = 'kg-lang';

export function lang(): Lang {
  try {
    return localStorage.getItem(STORE) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function setLang(l: Lang): void {
  localStorage.setItem(STORE, l);
}

const TEXT = {
  home: ['Start', 'Home'],
  explorer: ['Frågeverktyg (GraphQL)', 'Explorer (GraphQL)'],
  dashboard: ['Översikt', 'Dashboard'],
  orgChart: ['Organisationsschema', 'Org chart'],
  neighbourhood: ['Omgivning', 'Neighbourhood'],
  mainNav: ['Huvudmeny', 'Main menu'],
  switchLang: ['In English', 'På svenska'],
  loading: ['Hämtar…', 'Loading…'],
  couldNotLoad: ['Kunde inte hämta: ', 'Could not load: '],
  // Home
  homeIntro: [
    'Kunskapsgrafen visar hur kunskapsstyrningen för socialtjänsten i Sverige är organiserad – råd, nätverk, regionala samverkans- och stödstrukturer (RSS), län, kommuner och personer – som en graf där varje uppgift har sin källa i dokumenten.',
    'Kunskapsgrafen shows how knowledge steering for social services in Sweden is organised – councils, networks, regional support structures (RSS), counties, municipalities and people – as a graph in which every fact has its source in the documents.',
  ],
  homeViews: ['Vyer', 'Views'],
  homeOrgChart: [
    'strukturen för hela systemet, ett län, ett organ eller en organisation – och behovsflöden uppåt',
    'the structure of the whole system, a county, a body or an organisation – and need flows upward',
  ],
  homeDashboard: [
    'län × nationella nätverk, antal per län, piloter och deras status',
    'counties × national networks, counts per county, pilots and their status',
  ],
  homeExplorer: [
    'ställ egna frågor mot API:t, med färdiga exempel och schemadokumentation',
    'ask your own questions of the API, with ready examples and schema docs',
  ],
  homeApi: ['API: POST /graphql (se docs/api-guide.md)', 'API: POST /graphql (see docs/api-guide.md)'],
  searchHeading: ['Sök', 'Search'],
  searchLabel: ['Sök bland organisationer, organ, personer, dokument och textavsnitt', 'Search organisations, bodies, people, documents and passages'],
  searchButton: ['Sök', 'Search'],
  searchNone: ['Inga träffar.', 'No hits.'],
  searchHits: ['{n} träffar', '{n} hits'],
  passageIn: ['Textavsnitt i', 'Passage in'],
  // Org chart
  root: ['Utgångspunkt', 'Root'],
  wholeSystem: ['Hela systemet (nationell nivå)', 'Whole system (national level)'],
  counties: ['Län', 'Counties'],
  nationalBodies: ['Nationella arenor', 'National arenas'],
  rootOther: ['eller namn/id', 'or name/id'],
  rootOtherHint: ['SKR, Jönköpings län, county-06 …', 'SKR, Jönköpings län, county-06 …'],
  depth: ['Djup', 'Depth'],
  asOf: ['Per datum', 'As of'],
  asOfNote: [
    '(år, månad eller dag; schemat och behovsflödet visar då vad som gällde och namnen då – streckad ram: period ej angiven)',
    '(year, month or day; the chart and the need flow then show what held and the names then – dashed border: period not stated)',
  ],
  asOfAll: ['alla kända uppgifter', 'all known facts'],
  asOfShowing: ['per {date}', 'as of {date}'],
  undated: ['period ej angiven', 'period not stated'],
  undatedLong: [
    'Dokumenten anger inte när detta gällde; rutan visas därför vid varje datum.',
    'The documents do not say when this held; the box is therefore shown at every date.',
  ],
  nowCalled: ['i dag: {name}', 'now: {name}'],
  tools: ['Verktyg', 'Tools'],
  pngScale: ['PNG-skala', 'PNG scale'],
  link: ['Varför rutan sitter här', 'Why the box is here'],
  linkNote: [
    'Mandatet, medlemskapet eller relationen som placerar rutan under {parent}, med källor.',
    'The seat, membership or relation that places the box below {parent}, with sources.',
  ],
  linkGroup: [
    'Rutan hör till en gruppering av schemat, inte till ett faktum i grafen.',
    'The box belongs to a grouping of the chart, not to a fact in the graph.',
  ],
  period: ['Period', 'Period'],
  statedAsOf: ['uppgift per {date}', 'stated as of {date}'],
  fromDate: ['från {date}', 'from {date}'],
  toDate: ['till {date}', 'to {date}'],
  noRelations: ['inga angivna relationer', 'no stated relations'],
  reRoot: ['visa dess schema', 'show its chart'],
  neighbourhoodOf: ['omgivning', 'neighbourhood'],
  thisOne: ['denna', 'this one'],
  seatWord: ['mandat', 'seat'],
  show: ['Visa', 'Show'],
  findInChart: ['Sök i schemat', 'Find in chart'],
  find: ['Hitta', 'Find'],
  expandAll: ['Fäll ut allt', 'Expand all'],
  collapse: ['Fäll ihop', 'Collapse'],
  fit: ['Anpassa', 'Fit'],
  zoomIn: ['Zooma in', 'Zoom in'],
  zoomOut: ['Zooma ut', 'Zoom out'],
  fullscreen: ['Helskärm', 'Full screen'],
  exportLabel: ['Exportera', 'Export'],
  exportChoose: ['Välj format…', 'Choose format…'],
  copy: ['Kopiera', 'Copy'],
  copied: ['Kopierat', 'Copied'],
  download: ['Ladda ned', 'Download'],
  close: ['Stäng', 'Close'],
  boxes: ['{n} rutor', '{n} boxes'],
  below: ['{n} under', '{n} below'],
  noMatch: ['Ingen ruta matchar ”{q}”', 'No box matches “{q}”'],
  matches: ['{n} träffar', '{n} matches'],
  detailsHint: [
    'Klicka på en ruta (eller tabba till den och tryck Enter) för att se vad den är och vilka dokument som säger det; mellanslag fäller ut eller ihop.',
    'Click a box (or tab to it and press Enter) to see what it is and which documents say so; Space expands or collapses it.',
  ],
  grouping: ['En gruppering av det nationella systemet.', 'A grouping of the national system.'],
  notFound: ['{id}: finns inte', '{id}: not found'],
  showItsChart: ['Visa dess schema', 'Show its chart'],
  showNeighbourhood: ['Visa dess omgivning', 'Show its neighbourhood'],
  sources: ['Källor', 'Sources'],
  noneStated: ['inga angivna', 'none stated'],
  chartText: ['Schemat som lista', 'The chart as a list'],
  chartRegion: ['Organisationsschema', 'Organisation chart'],
  needFlowUp: ['Behovsflöde uppåt:', 'Need flow upward:'],
  from: ['från', 'from'],
  fromHint: [
    'namn, kod eller id: Jönköpings kommun, 0680, Jönköpings län, RSS Uppsala län, SKR …',
    'name, code or id: Jönköpings kommun, 0680, Jönköpings län, RSS Uppsala län, SKR …',
  ],
  topic: ['ämne', 'topic'],
  all: ['alla', 'all'],
  showNeedFlow: ['Visa behovsflöde', 'Show need flow'],
  recordedNeed: ['registrerat behov', 'recorded need'],
  showTrail: ['Visa behovets väg', 'Show the need’s trail'],
  backToChart: ['Tillbaka till schemat', 'Back to the chart'],
  // Dashboard
  dashTitle: ['Kunskapsgrafen – översikt', 'Kunskapsgrafen – dashboard'],
  matrixHeading: ['Företrädare per län och nationellt nätverk', 'Representatives per county and national network'],
  matrixNote: [
    'Antal personer (eller organisationer, där ingen person nämns) med mandat för länet; klicka på en siffra för namn och källor. Bara Stockholms läns företrädare anges i dokumenten (bilaga 2 i lägesrapporten 2019).',
    'Number of people (or organisations, where no person is named) holding a seat for the county; click a number for names and sources. Only Stockholms län’s representatives are stated in the documents (Bilaga 2 of the 2019 status report).',
  ],
  unknown: ['okänt', 'unknown'],
  unknownLong: ['okänt (finns inte i våra dokument)', 'unknown (not in our documents)'],
  none: ['inga', 'none'],
  noneLong: [
    'inga (dokumenten anger länets företrädare, ingen i detta nätverk)',
    'none (the documents state the county’s representatives, none in this network)',
  ],
  legend: ['Teckenförklaring', 'Legend'],
  county: ['Län', 'County'],
  countsHeading: ['Antal per län', 'Counts per county'],
  municipalities: ['Kommuner', 'Municipalities'],
  documents: ['Dokument', 'Documents'],
  seats: ['Mandat', 'Seats'],
  seatsNote: [
    'Mandat: alla platser länet har enligt dokumenten i nationella och regionala organ (ordinarie och ersättare, personer och organisationer).',
    'Seats: every seat the documents give the county in national and regional bodies (full members and deputies, people and organisations).',
  ],
  pilotsHeading: ['Partnerskapets piloter och prioriterade områden', 'Pilots and priority areas of Partnerskapet'],
  initiative: ['Initiativ', 'Initiative'],
  statusNow: ['Status nu', 'Status now'],
  history: ['Historik', 'History'],
  groups: ['Grupper', 'Groups'],
  exportCsv: ['Exportera CSV', 'Export CSV'],
  sortBy: ['Sortera efter {c}', 'Sort by {c}'],
  filter: ['Filtrera län', 'Filter counties'],
  seatHolders: ['Mandat för {county} i {body}', 'Seats for {county} in {body}'],
  via: ['via', 'via'],
  relationsWord: ['relationer', 'relations'],
  relationsHeading: ['Relationer', 'Relations'],
  seeList: ['se listan', 'see the list'],
  mentionedIn: ['Nämns i {n} textavsnitt', 'Mentioned in {n} passages'],
  // Explorer
  restoreExamples: ['Återställ exemplen', 'Restore examples'],
  shareLink: ['Kopiera länk till frågan', 'Copy link to this query'],
  table: ['Tabell', 'Table'],
  tableList: ['Lista i svaret', 'List in the result'],
  tableEmpty: ['Kör en fråga: listorna i svaret visas här som tabeller.', 'Run a query: the lists in its result show here as tables.'],
  tableRows: ['{n} rader', '{n} rows'],
  editorPane: ['Fråga', 'Query'],
  resultPane: ['Svar', 'Result'],
  // Neighbourhood
  expand: ['Visa grannar', 'Show neighbours'],
  expandOf: ['Visa grannar till {name}', 'Show the neighbours of {name}'],
  expanded: ['Grannar visade', 'Neighbours shown'],
  expandedOf: ['Grannar visade för {name}', 'Neighbours shown for {name}'],
  expandedNote: ['{name}: {n} relationer tillagda i grafen', '{name}: {n} relations added to the graph'],
  shownInGraph: ['{nodes} noder och {edges} relationer i grafen', '{nodes} nodes and {edges} relations in the graph'],
  expandedHeading: ['Relationer till grannar som visas', 'Relations of expanded neighbours'],
} as const satisfies Record<string, readonly [string, string]>;

export type TextKey = keyof typeof TEXT;

/** An interface string in the current language; {name} placeholders are filled from vars. */
export function t(key: TextKey, vars: Record<string, string | number> = {}): string {
  const s: string = TEXT[key][lang() === 'en' ? 1 : 0];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** The label of an enum value (schema enum name and value), in the current language; the value itself when unknown. */
export function enumLabel(enumName: string, value: string | null | undefined): string {
  if (!value) return '';
  const l = ENUM_LABELS[enumName]?.[value];
  return l ? l[lang() === 'en' ? 1 : 0] : value.toLowerCase().replace(/_/g, ' ');
}

const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A partial date of the API (2019, 2019-11, 2019-11-29) as people write it: "29 november 2019",
 * "november 2019", "2019" (English: "29 November 2019"). Anything else is returned as it is.
 */
export function formatDate(value: string | null | undefined, l: Lang = lang()): string {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[l][Number(mo) - 1];
  if (!month) return value;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The pages and their paths, for the shared navigation. */
export const NAV: Array<[string, TextKey]> = [
  ['/', 'home'],
  ['/org-chart', 'orgChart'],
  ['/dashboard', 'dashboard'],
  ['/explorer', 'explorer'],
];

/** The shared top bar: links to every view (the current one marked) and the language switch. */
export function navHtml(current: string): string {
  const links = NAV.map(([href, key]) => `<a href="${href}"${href === current ? ' aria-current="page"' : ''}>${esc(t(key))}</a>`).join('');
  return `<nav class="kg-nav" aria-label="${esc(t('mainNav'))}"><span class="kg-brand">Kunskapsgrafen</span>${links}
    <button type="button" class="kg-lang" lang="${lang() === 'en' ? 'sv' : 'en'}">${esc(t('switchLang'))}</button></nav>`;
}

/** Wires the language switch of navHtml (reloads the page in the other language) and sets <html lang>. */
export function wireNav(root: ParentNode = document): void {
  document.documentElement.lang = lang();
  root.querySelector<HTMLButtonElement>('.kg-lang')?.addEventListener('click', () => {
    setLang(lang() === 'en' ? 'sv' : 'en');
    location.reload();
  });
}

/** Styles of the shared bar (each page's bundle imports it once). */
export const NAV_CSS = `.kg-nav { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; align-items: center; padding: 0.4rem 0.8rem; background: #1e3a5f; font: 0.95rem system-ui, sans-serif; }
.kg-nav a { color: #fff; text-decoration: underline; text-underline-offset: 2px; }
.kg-nav a[aria-current] { font-weight: 700; text-decoration: none; }
.kg-brand { color: #fff; font-weight: 700; margin-right: 0.5rem; }
.kg-lang { margin-left: auto; background: #fff; color: #1e3a5f; border: 1px solid #fff; border-radius: 4px; padding: 0.15rem 0.6rem; font: inherit; cursor: pointer; }
.kg-nav a:focus-visible, .kg-lang:focus-visible { outline: 3px solid #fbbf24; outline-offset: 2px; }`;

/** Puts the shared styles in the document once. */
export function navStyles(): void {
  if (document.getElementById('kg-nav-css')) return;
  const style = document.createElement('style');
  style.id = 'kg-nav-css';
  style.textContent = NAV_CSS;
  document.head.append(style);
}
