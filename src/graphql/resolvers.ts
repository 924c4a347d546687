import type { Resolvers } from '../generated/resolvers-types.js';
import { agreementResolvers } from '../agreement/resolvers.js';
import { bodyResolvers } from '../body/resolvers.js';
import { countyResolvers } from '../county/resolvers.js';
import { documentResolvers } from '../document/resolvers.js';
import { flowResolvers } from '../flow/resolvers.js';
import { orgChartResolvers } from '../org-chart/resolvers.js';
import { searchResolvers } from '../search/resolvers.js';
import { mutationResolvers } from '../mutation/resolvers.js';
import { factResolvers } from '../mutation/fact-resolvers.js';
import { auditResolvers } from '../audit/resolvers.js';
import { initiativeResolvers } from '../initiative/resolvers.js';
import { needResolvers } from '../need/resolvers.js';
import { organisationResolvers } from '../organisation/resolvers.js';
import { passageResolvers } from '../passage/resolvers.js';
import { personResolvers } from '../person/resolvers.js';
import { processResolvers } from '../process/resolvers.js';
import { relationResolvers } from '../relation/resolvers.js';
import { representationResolvers } from '../representation/resolvers.js';
import { nodeFieldResolvers } from '../reference/node-fields.js';
import { eventResolvers } from '../event/resolvers.js';
import { nameResolvers } from '../names/resolvers.js';
import { statusResolvers } from '../status/resolvers.js';
import { timelineResolvers } from '../timeline/resolvers.js';
import { truthResolvers } from '../truth/resolvers.js';
import { changesResolvers } from '../changes/resolvers.js';
import { importResolvers } from '../import/resolvers.js';
import { commonResolvers } from './common-resolvers.js';

/** Every concept folder contributes its resolvers; their root fields never overlap. */
const parts: Resolvers[] = [
  commonResolvers,
  countyResolvers,
  organisationResolvers,
  bodyResolvers,
  personResolvers,
  representationResolvers,
  relationResolvers,
  documentResolvers,
  flowResolvers,
  orgChartResolvers,
  searchResolvers,
  mutationResolvers,
  initiativeResolvers,
  needResolvers,
  agreementResolvers,
  factResolvers,
  auditResolvers,
  nodeFieldResolvers,
  passageResolvers,
  processResolvers,
  factResolvers,
  auditResolvers,
  nodeFieldResolvers,
  passageResolvers,
  truthResolvers,
  statusResolvers as Resolvers,
  eventResolvers,
  timelineResolvers,
  nameResolvers,
  importResolvers,
  changesResolvers,
];

export const resolvers: Resolvers = parts.reduce<Resolvers>((all, part) => {
  for (const [type, fields] of Object.entries(part)) {
    const existing = (all as Record<string, object | undefined>)[type];
    (all as Record<string, unknown>)[type] = existing ? { ...existing, ...fields } : fields;
  }
  return all;
}, {});
