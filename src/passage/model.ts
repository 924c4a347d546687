import type { NodeModel } from '../graphql/model.js';

/** A MENTIONS relationship as Cypher returns it, with the passage at its start. */
export interface MentionModel {
  entityId: string;
  /** The entity itself, where the query fetched it along (a passage's mentions); else looked up by entityId. */
  entity?: NodeModel;
  passage: NodeModel;
  count: number;
  forms: string[];
  starts: number[];
  ends: number[];
  lines: number[];
  fromColumns: number[];
  toColumns: number[];
  ambiguous: boolean;
}

export interface MentionSpanModel {
  start: number;
  end: number;
  text: string;
  line: number;
  fromColumn: number;
  toColumn: number;
}
