/** A failure whose message is meant for the user, as opposed to a bug. */
export class UserError extends Error {
  override name = 'UserError';
}
