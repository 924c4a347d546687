/**
 * Ready example operations, one per core question, opened as tabs in the explorer. The benchmark
 * (scripts/bench.ts) times the same operations.
 */
export interface Example {
  name: string;
  query: string;
  variables?: string;
}

export const EXAMPLES: Example[] = [
  {
    name: 'Representation',
    query: `# Who represents Stockholms län in the national MILK network (Bilaga 2, Nov 2019)?
# Things are named as people name them: "Stockholm", "01" or "county-01"; "MILK" or its id.
query Representation {
  representation(county: "Stockholms län", body: "MILK") {
    member { ... on Person { name } }
    via { name }
    arena
    seat
    asOf
    sources { file fromLine toLine excerpt }
  }
}`,
  },
  {
    name: 'Representation as of',
    query: `# Who held Stockholms län's seats in the national RSS network in 2018?
query RepresentationAsOf($asOf: PartialDate) {
  representation(county: "01", body: "body-natverk-rss", asOf: $asOf) {
    member { __typename ... on Person { name } ... on Organisation { name } }
    validFrom
    asOf
  }
}`,
    variables: '{ "asOf": "2018" }',
  },
  {
    name: 'Composition',
    query: `# Who sits in Rådet för styrning med kunskap, and who chairs it?
query Composition {
  body(id: "Rådet för styrning med kunskap") {
    name
    legalBasis
    members { role member { displayName kind } sources { file fromLine } }
  }
}`,
  },
  {
    name: 'Need flow',
    query: `# How does a need travel from Jönköping (kommun 0680) to the national level?
# The answer is a graph: each node once, each hop once — STATED when a document describes the need
# travelling along it (processSteps, sources), INFERRED when it rests on a seat or structure.
query NeedFlow {
  needFlow(from: "Jönköpings kommun") {
    nodes { key label role layer }
    edges { key label basis inference processSteps { name process { name } } restsOn { kind id basis } sources { file fromLine toLine } }
    routes(first: 5) { totalCount edges { node { rank inferredHops nodes { label } } } pageInfo { hasNextPage endCursor } }
    noRoute { county { name } reason }
  }
}`,
  },
  {
    name: 'Need trail',
    query: `# Which route did a recorded need take, where did it stop, how long did each step take?
query NeedTrail {
  need(id: "Förstudie om en yrkesresa inom vård och omsorg") {
    title
    trail {
      steps { step { order date } onKnownRoutes hops { label basis } duration { text } }
      route { rank nodes { label } }
      stoppedAt { id displayName kind }
      reachedNationalLevel
      totalDuration { text }
    }
  }
}`,
  },
  {
    name: 'Processes',
    query: `# The documented processes: how needs travel as each document describes it, step by step.
query Processes {
  processes(kind: NEED, county: "Stockholms län") {
    totalCount
    edges {
      node {
        name scope appliesTo { name } document { title }
        steps { order name decisionPoint decision hops { fromRole from { id displayName } toRole to { id displayName } through basis label } }
      }
    }
  }
}`,
  },
  {
    name: 'Knowledge flow',
    query: `# Through which channels does knowledge from Socialstyrelsen reach Jönköping?
query KnowledgeFlow {
  knowledgeFlow(from: "Socialstyrelsen", to: "Jönköping") {
    nodes { key label role }
    edges { key label basis relation }
    routes(first: 10) { totalCount edges { node { rank reachesEnd nodes { label } } } }
  }
}`,
  },
  {
    name: 'Money flow',
    query: `# The money of the 2014 agreement as a graph: allocations, the organisations it passes, the recipients.
query MoneyFlow {
  moneyFlow(from: "agr-2014-evidensbaserad-praktik") {
    nodes { key label role }
    routes(first: 20) { totalCount edges { node { rank nodes { label } hops { label } } } }
  }
}`,
  },
  {
    name: 'Money',
    query: `# Where does the money of the 2014 agreement go?
query Money {
  agreement(id: "agr-2014-evidensbaserad-praktik") {
    title
    totalMsek
    allocations {
      purpose amountMsek partsMsek
      parts { purpose amountMsek recipient { ... on Organisation { name } } recipientDescription via { ... on Organisation { name } } }
    }
  }
}`,
  },
  {
    name: 'Initiatives',
    query: `# Partnerskapet's pilots and priority areas, with status history and groups
query Initiatives {
  initiatives(kind: PRIORITY_AREA, first: 20) {
    totalCount
    edges {
      node {
        name
        statusHistory { status from to }
        groups { name members { member { displayName } via { name } } }
      }
    }
  }
}`,
  },
  {
    name: 'Tidslinje',
    query: `# Partnerskapet over time: its names with their stated (or attested) dates, seats starting and
# ending, decisions and meetings; undated items last (dated: false). A date the documents disagree
# on is CLAIMED: placed at the first day any claim can mean, the claims in the item's event.
# $body is a Ref: any name, short name or id of a body.
query Timeline($body: Ref!, $from: PartialDate, $after: String) {
  body(id: $body) {
    name
    timeline(from: $from, first: 50, after: $after) {
      totalCount
      edges {
        node {
          itemKind date dateKind dated summary modality
          event { displayName conflicts { field claims { value asStated } } }
          decision { displayName }
          sources { file fromLine }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
    variables: '{ "body": "body-partnerskapet", "from": "2019" }',
  },
  {
    name: 'Beslut',
    query: `# The decisions of a period: who decided what, when, its diarienummer and the document that
# records it. Who decided shows the name it had then (nameThen) and the current name.
query Decisions($from: PartialDate, $to: PartialDate) {
  decisions(filter: { from: $from, to: $to }, first: 50) {
    totalCount
    edges {
      node {
        displayName decisionKind date dateAsStated diarienummer protocol what
        modality condition
        by { displayName ... on Organisation { nameThen nameThenBasis } ... on Body { nameThen nameThenBasis } }
        about { displayName kind }
        document { title }
        notStated { field }
        sources { file fromLine excerpt }
      }
    }
  }
}`,
    variables: '{ "from": "2013", "to": "2020" }',
  },
  {
    name: 'Documents',
    query: `# Documents of Västernorrlands län by year, page by page (pass pageInfo.endCursor as $after)
query Documents($after: String) {
  documents(county: "Västernorrland", first: 10, after: $after) {
    totalCount
    edges { node { title type year diarienummer } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    name: 'Search',
    query: `# One search across people, organisations, bodies and documents (OCR spelling works)
query Search {
  search(text: "radet for styrning") {
    edges { score node { id displayName kind } }
  }
}`,
  },
  {
    name: 'Passage search',
    query: `# What do the documents say? Passages ranked by relevance, with citation, highlighted snippet
# («…» marks the words found) and the entities each passage names. Not every word is required;
# "quoted phrases" are. Widen a hit with its neighbours (previous/next) or document.text; page on
# with pageInfo.endCursor as $after (or back with last/before).
query PassageSearch($text: String!, $after: String) {
  search(text: $text, kinds: [PASSAGE], first: 5, after: $after) {
    totalCount
    hint
    edges {
      score
      snippet
      matched
      node {
        id
        displayName
        ... on Passage {
          citation
          file
          section
          mentions { entity { id displayName kind } forms }
          next { citation readingText }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: '{ "text": "hur ofta träffas de nationella nätverken" }',
  },
  {
    name: 'Mentions',
    query: `# Everything the documents say about Forum Carpe: every passage that names it, ranked
# (most mentions first), with where exactly (line, column) and by which words. $who is a Ref:
# any name, short name, alias or id of an organisation.
query Mentions($who: Ref!, $first: Int, $after: String) {
  organisation(id: $who) {
    name
    mentions(first: $first, after: $after) {
      totalCount
      edges {
        node {
          count
          forms
          spans { line fromColumn toColumn text }
          passage { citation passageKind readingText }
        }
      }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
}`,
    variables: '{ "who": "Forum Carpe", "first": 5 }',
  },
  {
    name: 'Org chart',
    query: `# The org chart of Stockholms län, two levels deep
query OrgChart {
  orgChart(root: "Stockholms län", depth: 2) {
    label kind childCount
    children { label kind relation childCount children { label relation roles } }
  }
}`,
  },
];
