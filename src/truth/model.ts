import type { NodeModel, RelationModel } from '../graphql/model.js';

/** A field in conflict on one record: the claims are loaded by Conflict.claims (batched by subject). */
export interface ConflictModel {
  subjectId: string;
  field: string;
  /** FactKind of the record that holds the conflict. */
  subjectKind: string;
  /** The thing to show: the record itself when it has a kind, else the thing it belongs to. */
  subject: NodeModel | null;
  relation: RelationModel | null;
  /** For field 'status': the overlapping statuses in conflict (the claims), already loaded. */
  statuses?: NodeModel[];
}

/** One claim: a Claim node, or a status in conflict shown as a claim (`__status`). */
export interface ClaimModel {
  value?: unknown;
  asStated?: unknown;
  note?: unknown;
  sources?: string[] | null;
  __status?: NodeModel;
  [prop: string]: unknown;
}

export interface InferenceModel {
  rule: string;
  from: string[];
}

export interface InferredValueModel {
  field: string;
  inference: InferenceModel;
}

export interface AmountModel {
  value: number | null;
  qualifier: string;
  asStated: string | null;
  period: string | null;
}

/** One thing an inference rests on, as the data gives it (a source or a record id). */
export interface InferredFromModel {
  reference: string;
}
