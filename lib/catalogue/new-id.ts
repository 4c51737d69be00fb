/** A fresh record id such as `ob-3f2a…`: random, so two people creating records offline never collide. */
export function newRecordId(prefix: 'th' | 'ob' | 'bt' | 'ms'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
