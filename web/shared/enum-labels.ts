/**
 * Swedish and English labels for every value of every enum in schema.graphql ([sv, en]).
 * test/unit/web-i18n.test.ts fails when the schema gains a value that has no label here.
 */
export const ENUM_LABELS: Record<string, Record<string, readonly [string, string]>> = {
  AuditResult: {
    OK: ['skrivet', 'written'], REPLAYED: ['upprepning', 'replayed'], UNAUTHENTICATED: ['ej inloggad', 'unauthenticated'],
    FORBIDDEN: ['ej tillåtet', 'forbidden'], BAD_USER_INPUT: ['felaktig indata', 'bad input'], NOT_FOUND: ['finns inte', 'not found'],
    CONFLICT: ['konflikt', 'conflict'], GRAPHQL_VALIDATION_FAILED: ['ogiltig fråga', 'invalid operation'], TIMEOUT: ['tidsgräns', 'timeout'],
    DATABASE_UNAVAILABLE: ['databasen nås inte', 'database unavailable'], INTERNAL_SERVER_ERROR: ['internt fel', 'internal error'],
  },
  BodyType: {
    COUNCIL: ['råd', 'council'], NETWORK: ['nätverk', 'network'], GROUP: ['grupp', 'group'], STEERING_GROUP: ['styrgrupp', 'steering group'],
    WORKING_COMMITTEE: ['arbetsutskott', 'working committee'], REFERENCE_GROUP: ['referensgrupp', 'reference group'], SECRETARIAT: ['sekretariat', 'secretariat'],
    PARTNERSHIP: ['partnerskap', 'partnership'], OFFICE: ['kansli', 'office'], POLITICAL_GROUP: ['politisk grupp', 'political group'], OTHER: ['övrigt', 'other'],
  },
  BodyLevel: { NATIONAL: ['nationell', 'national'], REGIONAL: ['regional', 'regional'], SUBREGIONAL: ['delregional', 'sub-regional'], LOCAL: ['lokal', 'local'] },
  BodyStatus: { ACTIVE: ['verksam', 'active'], ENDED: ['avslutad', 'ended'], PROPOSED: ['föreslagen', 'proposed'], PLANNED: ['planerad', 'planned'] },
  DocumentType: {
    ANNUAL_REPORT: ['verksamhetsberättelse', 'annual report'], STATUS_REPORT: ['lägesrapport', 'status report'], AGREEMENT: ['överenskommelse', 'agreement'],
    PLAN: ['plan', 'plan'], REPORT: ['rapport', 'report'], DECISION: ['beslut', 'decision'], COMMISSION: ['uppdrag', 'commission'], ORDINANCE: ['förordning', 'ordinance'],
    LETTER: ['skrivelse', 'letter'], PRESENTATION: ['presentation', 'presentation'], GUIDELINE: ['vägledning', 'guideline'], WEB_PAGE: ['webbsida', 'web page'],
    OTHER: ['övrigt', 'other'],
  },
  FlowKind: { NEED: ['behov', 'need'], KNOWLEDGE: ['kunskap', 'knowledge'], MONEY: ['pengar', 'money'] },
  FlowBasis: { STATED: ['beskrivet', 'stated'], INFERRED: ['härlett', 'inferred'] },
  FlowNodeRole: { START: ['start', 'start'], STEP: ['steg', 'step'], NATIONAL_END: ['nationell nivå (slut)', 'national level (end)'], TARGET: ['mål', 'target'], END: ['slut', 'end'] },
  FlowFactKind: {
    SEAT: ['mandat', 'seat'], RELATION: ['relation', 'relation'], COMPOSITION: ['sammansättning', 'composition'], PROCESS_STEP: ['processteg', 'process step'],
    ALLOCATION: ['fördelning', 'allocation'], INFERENCE: ['härledning', 'inference'],
  },
  DatePrecision: { DAY: ['dag', 'day'], MONTH: ['månad', 'month'], YEAR: ['år', 'year'] },
  FlowRelation: {
    PROCESS_HOP: ['processteg', 'process hop'], REPRESENTED_BY: ['företräds av', 'represented by'], SITS_IN: ['sitter i', 'sits in'],
    BY_COMPOSITION: ['enligt sammansättning', 'by composition'], SEAT: ['mandat', 'seat'], HOSTS: ['är värd för', 'hosts'], LED_BY: ['leds av', 'led by'],
    PARTY_IN: ['part i', 'party in'], PARTY: ['part', 'party'], IN_COUNCIL: ['i rådet', 'in the council'], PART_OF: ['del av', 'part of'],
    AU_IN: ['arbetsutskott i', 'working committee in'], LEADS: ['leder', 'leads'], REPRESENTATIVE: ['företrädare', 'representative'],
    SPREADS_TO: ['sprider till', 'spreads to'], PUBLISHES: ['publicerar', 'publishes'], SPREADS_VIA: ['sprider via', 'spreads via'], SERVES: ['stödjer', 'serves'],
    ALLOCATES: ['fördelar', 'allocates'], PART: ['del', 'part'], VIA: ['via', 'via'], TO: ['till', 'to'],
  },
  InitiativeKind: {
    PILOT: ['pilot', 'pilot'], PRIORITY_AREA: ['prioriterat samverkansområde', 'priority area'], PRESTUDY: ['förstudie', 'pre-study'],
    PROJECT: ['projekt', 'project'], ASSIGNMENT: ['uppdrag', 'assignment'],
  },
  InitiativeStage: {
    PILOT: ['pilot', 'pilot'], PRESTUDY: ['förstudie', 'pre-study'], PRIORITY_AREA: ['prioriterat samverkansområde', 'priority area'], ENDED: ['avslutad', 'ended'],
    PLANNED: ['planerad', 'planned'], ACTIVE: ['pågående', 'active'], PROPOSED: ['föreslagen', 'proposed'],
  },
  OrgChartKind: {
    COUNTY: ['län', 'county'], ORGANISATION: ['organisation', 'organisation'], BODY: ['organ', 'body'], PERSON: ['person', 'person'],
    INITIATIVE: ['initiativ', 'initiative'], GROUP: ['gruppering', 'grouping'], OTHER: ['övrigt', 'other'],
  },
  OrgChartRelation: {
    PART: ['del', 'part'], LEADS: ['leds av', 'led by'], HOSTS: ['värd', 'hosted by'], MEMBER: ['ledamot', 'member'], RSS: ['RSS', 'RSS'], REGION: ['region', 'region'],
    MUNICIPALITY: ['kommun', 'municipality'], BODY: ['organ', 'body'], GROUP: ['grupp', 'group'], AGENCY: ['myndighet', 'agency'], COUNTY: ['län', 'county'],
  },
  Direction: { OUT: ['utgående', 'outgoing'], IN: ['inkommande', 'incoming'] },
  OrganisationType: {
    AGENCY: ['myndighet', 'agency'], GOVERNMENT: ['regeringen', 'government'], ASSOCIATION: ['förening', 'association'],
    MUNICIPAL_ASSOCIATION: ['kommunförbund', 'association of municipalities'], REGIONAL_ASSOCIATION: ['regionförbund', 'regional association'],
    REGION: ['region', 'region'], MUNICIPALITY: ['kommun', 'municipality'], RND_UNIT: ['FoU-enhet', 'R&D unit'], RSS: ['RSS', 'RSS'],
    DEPARTMENT: ['avdelning', 'department'], RESOURCE_CENTRE: ['resurscentrum', 'resource centre'], UNIVERSITY: ['lärosäte', 'university'],
    COUNTY_BOARD: ['länsstyrelse', 'county administrative board'], USER_ORGANISATION: ['brukarorganisation', 'user organisation'], OTHER: ['övrigt', 'other'],
  },
  OrganisationStatus: { ACTIVE: ['verksam', 'active'], CLOSED: ['nedlagd', 'closed'], PLANNED: ['planerad', 'planned'] },
  RelationType: {
    HOSTED_BY: ['har som värd', 'hosted by'], SERVES: ['stödjer', 'serves'], MEMBER_OF: ['medlem i', 'member of'], OWNS: ['äger', 'owns'], FUNDS: ['finansierar', 'funds'],
    GOVERNS: ['styr', 'governs'], SIGNED: ['undertecknade', 'signed'], PUBLISHES: ['publicerar', 'publishes'], SPREADS_VIA: ['sprider via', 'spreads via'],
    COLLABORATES_WITH: ['samverkar med', 'collaborates with'], SUCCEEDED_BY: ['efterträddes av', 'succeeded by'], REPORTS_TO: ['rapporterar till', 'reports to'],
    APPOINTS: ['utser', 'appoints'], COORDINATES: ['samordnar', 'coordinates'], PART_OF: ['del av', 'part of'], AUTHORED: ['författade', 'authored'],
    ADDRESSED_TO: ['ställt till', 'addressed to'], BASED_ON: ['bygger på', 'based on'], CONCERNS: ['gäller', 'concerns'],
    ESTABLISHED_UNDER: ['inrättat enligt', 'established under'], REFERENCE_GROUP_FOR: ['referensgrupp för', 'reference group for'],
    SETS_PRIORITIES_FOR: ['prioriterar för', 'sets priorities for'],
  },
  RelationStatus: { SIGNED: ['undertecknat', 'signed'], INTENDS_TO_SIGN: ['avser att underteckna', 'intends to sign'], NO_RESPONSE: ['inget svar', 'no response'] },
  PassageKind: {
    HEADING: ['rubrik', 'heading'], PARAGRAPH: ['stycke', 'paragraph'], LIST: ['lista', 'list'], TABLE: ['tabell', 'table'], FIGURE: ['figur', 'figure'],
    FURNITURE: ['sidhuvud/sidfot', 'page furniture'],
  },
  ProcessKind: {
    NEED: ['behov', 'need'], KNOWLEDGE: ['kunskap', 'knowledge'], MONEY: ['pengar', 'money'], REPORTING: ['återrapportering', 'reporting'],
    DECISION: ['beslut', 'decision'], OTHER: ['övrigt', 'other'],
  },
  ProcessDirection: { UP: ['uppåt', 'up'], DOWN: ['nedåt', 'down'] },
  ProcessScope: { ALL: ['alla län', 'all counties'], COUNTIES: ['vissa län', 'some counties'] },
  ProcessState: { IN_USE: ['används', 'in use'], BEGUN: ['påbörjad', 'begun'], PROPOSED: ['föreslagen', 'proposed'], PLANNED: ['planerad', 'planned'] },
  ProcessHopRole: { START: ['start', 'start'], HUVUDMAN: ['huvudman', 'principal'], COUNTY: ['län', 'county'], RSS: ['RSS', 'RSS'], TARGET: ['mål', 'target'] },
  ProcessHopThrough: { REPRESENTATIVE: ['företrädare', 'representative'], PARTY: ['part', 'party'] },
  EntityKind: {
    COUNTY: ['län', 'county'], MUNICIPALITY: ['kommun', 'municipality'], ORGANISATION: ['organisation', 'organisation'], BODY: ['organ', 'body'],
    TOPIC: ['fokusområde', 'focus area'], PERSON: ['person', 'person'], MANDATE: ['mandat', 'seat'], DOCUMENT: ['dokument', 'document'],
    INITIATIVE: ['initiativ', 'initiative'], NEED: ['behov', 'need'], AGREEMENT: ['överenskommelse', 'agreement'], ALLOCATION: ['fördelning', 'allocation'],
    PASSAGE: ['textavsnitt', 'passage'], PROCESS: ['process', 'process'], PROCESS_STEP: ['processteg', 'process step'],
    EVENT: ['händelse', 'event'], DECISION: ['beslut', 'decision'],
  },
  // The truth model (docs/truth-model.md): how a fact is known, amounts, names in time, events, decisions, timelines.
  Basis: { STATED: ['beskrivet', 'stated'], INFERRED: ['härlett', 'inferred'] },
  Modality: {
    FACT: ['faktum', 'fact'], PLANNED: ['planerat', 'planned'], PROPOSED: ['föreslaget', 'proposed'], INTENDED: ['avsett', 'intended'],
    CONDITIONAL: ['villkorat', 'conditional'], CANCELLED: ['inställt', 'cancelled'],
  },
  AmountQualifier: {
    EXACT: ['exakt', 'exact'], APPROXIMATELY: ['cirka', 'approximately'], AT_LEAST: ['minst', 'at least'], AT_MOST: ['högst', 'at most'],
    NOT_STATED: ['anges inte', 'not stated'],
  },
  AmountPeriod: { TOTAL: ['totalt', 'in total'], PER_YEAR: ['per år', 'per year'], NOT_STATED: ['anges inte', 'not stated'] },
  MeasureUnit: { MSEK: ['mnkr', 'MSEK'], SEK: ['kr', 'SEK'], FTE: ['årsarbetare', 'FTE'], COUNT: ['antal', 'count'], PERCENT: ['procent', 'per cent'], OTHER: ['annan enhet', 'other unit'] },
  FactKind: {
    ORGANISATION: ['organisation', 'organisation'], BODY: ['organ', 'body'], PERSON: ['person', 'person'], ROLE: ['roll', 'role'], MANDATE: ['mandat', 'seat'],
    INITIATIVE: ['initiativ', 'initiative'], STATUS: ['status', 'status'], NEED: ['behov', 'need'], NEED_STEP: ['behovssteg', 'need step'],
    AGREEMENT: ['överenskommelse', 'agreement'], ALLOCATION: ['fördelning', 'allocation'], CONDITION: ['villkor', 'condition'], DOCUMENT: ['dokument', 'document'],
    RELATION: ['relation', 'relation'], NAME: ['namn', 'name'], EVENT: ['händelse', 'event'], DECISION: ['beslut', 'decision'], REMIT: ['uppdrag', 'remit'],
    COMPOSITION: ['sammansättning', 'composition'], MEETING_FREQUENCY: ['mötesfrekvens', 'meeting frequency'], MEASURE: ['mått', 'measure'], OTHER: ['övrigt', 'other'],
  },
  NameBasis: {
    NAMED_AS: ['så i källan', 'named so in the source'], STATED_PERIOD: ['angiven period', 'stated period'], ATTESTED: ['belagt då', 'attested then'],
    LAST_ATTESTED_BEFORE: ['senast belagt före', 'last attested before'], FIRST_ATTESTED_AFTER: ['först belagt efter', 'first attested after'],
    CURRENT: ['nuvarande namn', 'current name'],
  },
  NameKind: {
    OFFICIAL: ['officiellt namn', 'official name'], WORKING_NAME: ['arbetsnamn', 'working name'], ABBREVIATION: ['förkortning', 'abbreviation'],
    VARIANT: ['namnvariant', 'variant'], DESCRIPTIVE: ['beskrivande namn', 'descriptive name'],
  },
  EventKind: {
    DIALOGMOTE: ['dialogmöte', 'dialogue meeting'], ARSMOTE: ['årsmöte', 'annual meeting'], WORKSHOP: ['workshop', 'workshop'], SEMINAR: ['seminarium', 'seminar'],
    CONFERENCE: ['konferens', 'conference'], NETWORK_DAY: ['nätverksdag', 'network day'], MEETING: ['möte', 'meeting'], PRESENTATION: ['presentation', 'presentation'],
    TRAINING: ['utbildning', 'training'], LAUNCH: ['lansering', 'launch'], INQUIRY: ['enkät', 'inquiry'], DEADLINE: ['sista dag', 'deadline'],
    REORGANISATION: ['omorganisation', 'reorganisation'], OTHER: ['övrigt', 'other'],
  },
  DecisionKind: {
    DECISION: ['beslut', 'decision'], APPROVAL: ['godkännande', 'approval'], ADOPTION: ['antagande', 'adoption'], POSITION: ['ställningstagande', 'position'],
    INITIATIVE: ['initiativ', 'initiative'], ASSIGNMENT: ['uppdrag', 'assignment'],
  },
  TimelineItemKind: {
    EVENT: ['händelse', 'event'], DECISION: ['beslut', 'decision'], STATUS: ['status', 'status'], SEAT_START: ['mandat börjar', 'seat starts'],
    SEAT_END: ['mandat slutar', 'seat ends'], NAME_FROM: ['namn från', 'name from'], NAME_UNTIL: ['namn till', 'name until'], NAME_ATTESTED: ['namn belagt', 'name attested'],
  },
  TimelineDateKind: { STATED: ['angivet datum', 'stated date'], ATTESTED: ['belagt datum', 'attested date'], CLAIMED: ['omstritt datum', 'disputed date'], UNDATED: ['odaterat', 'undated'] },
  // Keeping the graph current (docs/keeping-current.md): what changed, and a seat list's diff.
  ChangeKind: {
    SEAT: ['mandat', 'seat'], MEMBERSHIP: ['medlemskap', 'membership'], NAME: ['namn', 'name'], STATUS: ['status', 'status'],
    AGREEMENT: ['överenskommelse', 'agreement'], DOCUMENT: ['dokument', 'document'],
  },
  ChangeEvent: { STARTED: ['började', 'started'], ENDED: ['slutade', 'ended'], RENAMED: ['bytte namn', 'renamed'], STATUS_CHANGED: ['ändrad status', 'status changed'], DATED: ['daterat', 'dated'] },
  SeatChangeKind: { START: ['börjar', 'starts'], END: ['slutar', 'ends'], CHANGE: ['ändras', 'changes'], STAY: ['oförändrat', 'stays'] },
  RecordOrigin: { SEED: ['ur dokumenten', 'from the documents'], API: ['via API', 'through the API'] },
  MandateRole: {
    MEMBER: ['ledamot', 'member'], CHAIR: ['ordförande', 'chair'], VICE_CHAIR: ['vice ordförande', 'vice chair'], CONVENER: ['sammankallande', 'convener'],
    COORDINATOR: ['samordnare', 'coordinator'], SECRETARY: ['sekreterare', 'secretary'], PARTY: ['part', 'party'], CONTACT: ['kontaktperson', 'contact'],
    LEAD: ['leder arbetet', 'lead'],
  },
  Seat: { ORDINARIE: ['ordinarie', 'full member'], ERSATTARE: ['ersättare', 'deputy'] },
  Arena: { REGIONAL: ['regional', 'regional'], DELREGIONAL: ['delregional', 'sub-regional'] },
  SearchKind: {
    PERSON: ['person', 'person'], ORGANISATION: ['organisation', 'organisation'], BODY: ['organ', 'body'], DOCUMENT: ['dokument', 'document'],
    TOPIC: ['fokusområde', 'focus area'], INITIATIVE: ['initiativ', 'initiative'], AGREEMENT: ['överenskommelse', 'agreement'], NEED: ['behov', 'need'],
    PASSAGE: ['textavsnitt', 'passage'],
  },
};
