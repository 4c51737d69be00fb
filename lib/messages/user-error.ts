/** One reason a save was refused, on the field it names (a dotted path, `''` for none). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** What a form needs to know beyond the message: where each reason belongs, and whether a stale copy was refused. */
export interface RefusalDetail {
  problems?: FieldProblem[];
  changedElsewhere?: true;
}

/** A failure whose message is meant for the user, as opposed to a bug. */
export class UserError extends Error {
  override name = 'UserError';
  readonly detail: RefusalDetail;

  constructor(message: string, detail: RefusalDetail = {}) {
    super(message);
    this.detail = detail;
  }
}
