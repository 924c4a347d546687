import { foldRef } from './fold.js';

/** What refKeysOf needs to know about a node beyond its own properties. */
export interface RefKeyContext {
  /** Former or later names and short names (Name nodes: SKL for SKR). */
  otherNames?: string[];
  /** The county's name, for a region that no document names ("Regionen i Stockholms län"). */
  countyName?: string;
}

const text = (v: unknown): string[] => (typeof v === 'string' && v.trim() ? [v] : []);

/**
 * The short forms of a county's name that people use: "Stockholms län" → "Stockholms",
 * "Stockholm"; "Skåne län" → "Skåne". Only for counties: in an argument that takes a county,
 * "Stockholm" is then Stockholms län, while a municipality argument reads it as Stockholm kommun.
 */
export function countyShortForms(name: string): string[] {
  const m = /^(.*?)( län)$/i.exec(name.trim());
  if (!m) return [];
  const stem = m[1]!;
  return stem.endsWith('s') ? [stem, stem.slice(0, -1)] : [stem];
}

/** "Jönköping" → "Jönköping kommun", "Jönköpings kommun" (the forms municipalities are written in). */
export function municipalityForms(name: string): string[] {
  return /[sxz]$/i.test(name) ? [`${name} kommun`] : [`${name} kommun`, `${name}s kommun`];
}

/**
 * Every form by which a node may be referred to, as written: id, name, short name, title,
 * aliases, former names, official code (länskod, kommunkod, diarienummer) and, for counties and
 * municipalities, the short forms people write. A passage: its id and citation only; a process
 * step: its id only (a process: its id and name, like anything named).
 */
export function refFormsOf(labels: readonly string[], props: Record<string, unknown>, ctx: RefKeyContext = {}): string[] {
  // A passage has no names: it is named by its id or its citation (002:309), nothing else.
  if (labels.includes('Passage')) return [...text(props.id), ...text(props.citation)];
  // A process step's name repeats across processes ("Avstämning på regional nivå"): by id only.
  if (labels.includes('ProcessStep')) return text(props.id);
  const forms = [
    ...text(props.id),
    ...text(props.name),
    ...text(props.shortName),
    ...text(props.title),
    ...text(props.code),
    ...text(props.diarienummer),
    ...((props.aliases as unknown[] | null | undefined) ?? []).flatMap(text),
    ...(ctx.otherNames ?? []).flatMap(text),
  ];
  if (labels.includes('County') && typeof props.name === 'string') forms.push(...countyShortForms(props.name));
  if (labels.includes('Municipality') && typeof props.name === 'string') forms.push(...municipalityForms(props.name));
  if (labels.includes('Region') && !props.name && ctx.countyName) forms.push(`Regionen i ${ctx.countyName}`);
  return forms;
}

/**
 * The folded forms (refFormsOf through foldRef), stored as the node's `refKeys` and looked up
 * through the `entity_ref_keys` index (see ./queries.ts). Writers of new nodes call this too.
 */
export function refKeysOf(labels: readonly string[], props: Record<string, unknown>, ctx: RefKeyContext = {}): string[] {
  return [
    ...new Set(
      refFormsOf(labels, props, ctx)
        .map(foldRef)
        .filter((k) => k.length > 0),
    ),
  ];
}
