import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readMessageTable } from '../../../lib/i18n/read-message-table';
import english from '../../../public/_locales/en/messages.json';

/** The extension's files as `fetch` serves them: English, and a Polish file with a plural form English lacks. */
function serve(files: Record<string, unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const file = Object.entries(files).find(([path]) => url.endsWith(path))?.[1];
      return file === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(file));
    }),
  );
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ default_locale: 'en' } as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('pl-PL');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('readMessageTable', () => {
  it("holds every message of the default language and the reader's own plural forms", async () => {
    const getMessage = fakeBrowser.i18n.getMessage;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) =>
      key === 'headline_ofSeenItemsAligned_few' ? `few ${substitutions?.[1]}` : getMessage(key, substitutions),
    );
    serve({
      '/_locales/en/messages.json': english,
      '/_locales/pl/messages.json': { headline_ofSeenItemsAligned_few: { message: '$1' } },
    });
    const table = await readMessageTable();
    expect(Object.keys(table ?? {})).toHaveLength(Object.keys(english).length + 1);
    expect(table?.chipDom_addObjective).toBe(getMessage('chipDom_addObjective'));
    expect(table?.headline_ofSeenItemsAligned_few).toBe('few \uE002');
  });

  it('is null when no file can be read, and the tabs ask the browser themselves', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    serve({});
    expect(await readMessageTable()).toBeNull();
  });
});
