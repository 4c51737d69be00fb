/** An objective's statuses, in the order forms and filters offer them; apart from the schema, so lists need no schema code. */
export const OBJECTIVE_STATUSES = ['draft', 'active', 'at-risk', 'achieved', 'dropped'] as const;
