import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { failureOf, send } from '../../../lib/messages/client';

describe('a request without an answer', () => {
  it('says an import may or may not have happened when the background stopped mid-way', async () => {
    fakeBrowser.runtime.sendMessage = async () => {
      throw new Error('The message port closed before a response was received.');
    };
    const reply = await send({ type: 'importPack', pack: {}, mode: 'merge' });
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^Throughline could not confirm the import: .*Check the catalogue/),
    });
  });

  it('says nothing changed when the request never arrived, or only read', () => {
    expect(failureOf('importPack', 'Could not establish connection. Receiving end does not exist.')).toMatch(
      /^Throughline is not reachable/,
    );
    expect(failureOf('exportPack', 'The message port closed before a response was received.')).toMatch(
      /^Throughline is not reachable/,
    );
    expect(failureOf('unsubscribe', 'The message port closed before a response was received.')).toMatch(
      /could not confirm "unsubscribe"/,
    );
  });
});
