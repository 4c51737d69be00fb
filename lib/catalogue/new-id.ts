/** A fresh record id such as `ob-3f2a…`: random, so two people creating records offline never collide. */
export function newRecordId(prefix: 'th' | 'ob' | 'bt' | 'ms' | 'ru'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
