import { describe, expect, it } from 'vitest';
import { parseContentInbound } from '../../../lib/messages/notices';

describe('content script inbound messages', () => {
  it('accepts the two known shapes', () => {
    expect(parseContentInbound({ type: 'throughline:page-items' })).toEqual({ type: 'throughline:page-items' });
    expect(parseContentInbound({ type: 'throughline:changed', what: 'links' })).toEqual({
      type: 'throughline:changed',
      what: 'links',
    });
  });

  it.each([
    null,
    'throughline:changed',
    42,
    [],
    { type: 'throughline:changed' },
    { type: 'throughline:changed', what: 'everything' },
    { type: 'throughline:page-items', extra: 1 },
    { type: 'throughline:changed', what: 'links', __proto__: { polluted: true }, more: 1 },
    { type: 'something-else' },
  ])('ignores %j', (message) => {
    expect(parseContentInbound(message)).toBeNull();
  });
});
