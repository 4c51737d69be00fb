/** The id of an objective's heading in its detail view, which takes the focus when the view opens. */
export const OBJECTIVE_HEADING_ID = 'objective-heading';
