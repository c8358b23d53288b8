/**
 * Reader-facing names for the content model's enum values, in one place so a
 * tag, a filter option and a key-facts row always say the same thing.
 */
import type { AUDIENCES, INSTRUMENTS, PHASES } from '../schemas/guides.ts';
import type { EXAMPLE_STATUSES, LEGAL_MODELS, PROCEDURES } from '../schemas/examples.ts';
import type { EVENT_KINDS, MATERIAL_KINDS } from '../schemas/events.ts';
import type { SECURITY_AREAS } from '../schemas/shared.ts';
import type { Stage } from './guides.ts';

type Labels<T extends readonly string[]> = Record<T[number], string>;

/** Ordered as a JCBPP runs: the toolbox lists phases in this order. */
export const PHASE_LABELS: Labels<typeof PHASES> = {
  prepare: 'Prepare (pre-tender)',
  tender: 'Tender',
  contract: 'Contract (post-tender)',
  'cross-cutting': 'Cross-cutting',
};

export const INSTRUMENT_LABELS: Labels<typeof INSTRUMENTS> = {
  jcbpp: 'Joint cross-border procurement',
  pcp: 'Pre-commercial procurement',
  ppi: 'Public procurement of innovation',
  'market-consultation': 'Market consultation',
  'market-analysis': 'Market analysis',
  'value-engineering': 'Value engineering',
  legal: 'Legal',
  community: 'Community',
};

export const AUDIENCE_LABELS: Labels<typeof AUDIENCES> = {
  procurers: 'Procurers',
  'end-users': 'End users',
  'legal-advisors': 'Legal advisors',
  suppliers: 'Suppliers',
  'policy-makers': 'Policy makers',
  trainers: 'Trainers',
};

export const SECURITY_AREA_LABELS: Labels<typeof SECURITY_AREAS> = {
  'disaster-resilience': 'Disaster resilience',
  'border-external-security': 'Border and external security',
  'crime-terrorism': 'Crime and terrorism',
  'public-safety': 'Public safety',
  'health-security': 'Health security',
  other: 'Other',
};

export const STATUS_LABELS: Labels<typeof EXAMPLE_STATUSES> = {
  completed: 'Completed',
  ongoing: 'Ongoing',
  planned: 'Planned',
  discontinued: 'Discontinued',
};

export const LEGAL_MODEL_LABELS: Labels<typeof LEGAL_MODELS> = {
  'central-purchasing-body': 'Central purchasing body',
  'joint-procurement-agreement': 'Joint procurement agreement',
  'lead-buyer': 'Lead buyer',
  'eu-level': 'EU-level procurement',
  'framework-agreement': 'Framework agreement',
  other: 'Other',
};

export const PROCEDURE_LABELS: Labels<typeof PROCEDURES> = {
  open: 'Open procedure',
  restricted: 'Restricted procedure',
  'competitive-dialogue': 'Competitive dialogue',
  negotiated: 'Negotiated procedure',
  'innovation-partnership': 'Innovation partnership',
  pcp: 'Pre-commercial procurement',
  ppi: 'Public procurement of innovation',
};

export const EVENT_KIND_LABELS: Labels<typeof EVENT_KINDS> = {
  webinar: 'Webinar',
  training: 'Training',
  workshop: 'Workshop',
  conference: 'Conference',
  symposium: 'Symposium',
  forum: 'Forum',
  meeting: 'Meeting',
  'trade-fair': 'Trade fair',
};

export const MATERIAL_KIND_LABELS: Labels<typeof MATERIAL_KINDS> = {
  slides: 'Slides',
  recording: 'Recording',
  handout: 'Handout',
  page: 'Page',
};

/** The three key security areas the October 2023 report names, in its order. */
export const KEY_SECURITY_AREAS = ['disaster-resilience', 'border-external-security', 'crime-terrorism'] as const;

/** `label(PHASE_LABELS, 'tender')` is "Tender"; an unknown value is shown as written. */
export function label<T extends string>(labels: Record<T, string>, value: string): string {
  return (labels as Record<string, string>)[value] ?? value;
}

/** The toolbox journey's stages (src/lib/guides.ts), as the reader meets them, in reading order. */
export const STAGE_LABELS: Record<Stage, string> = {
  overview: 'Start here',
  prepare: 'Prepare (pre-tender)',
  tender: 'Tender',
  contract: 'Contract (post-tender)',
};

/** What cross-cutting guides without a step are called: reference, not steps. */
export const REFERENCE_LABEL = 'Reference guides';

/**
 * The line above a guide's title and its breadcrumb, from its place in the journey:
 * `{ line: 'Prepare (pre-tender) · step 2 of 7', crumb: 'Prepare (pre-tender)' }`;
 * a stage of one guide has no "step 1 of 1"; a reference guide is "Reference guide".
 */
export function journeyLabel(position: { stage: Stage | undefined; number: number; total: number }): {
  line: string;
  crumb: string;
} {
  if (position.stage === undefined) return { line: 'Reference guide', crumb: REFERENCE_LABEL };
  const name = STAGE_LABELS[position.stage];
  if (position.stage === 'overview') return { line: 'Start here: the toolbox in one page', crumb: name };
  return { line: position.total > 1 ? `${name} · step ${position.number} of ${position.total}` : name, crumb: name };
}
