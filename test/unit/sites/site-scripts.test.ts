import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILES, siteScript } from '../../../lib/sites/site-scripts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('site content scripts', () => {
  it('runs the tracker family’s own content script on the site’s origin, kept across restarts', () => {
    expect(siteScript({ origin: 'http://jira.internal:8080', tracker: 'jira' })).toEqual({
      id: 'site:http://jira.internal:8080',
      matches: ['http://jira.internal:8080/*'],
      js: ['content-scripts/jira.js'],
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
    expect(siteScript({ origin: 'https://tfs.corp', tracker: 'azure-devops' }).js).toEqual([
      'content-scripts/azure-devops.js',
    ]);
  });

  it.each(Object.values(CONTENT_SCRIPT_FILES))('names %s, which WXT builds from an entrypoint', (file) => {
    const name = file.replace(/^content-scripts\/(.+)\.js$/, '$1');
    expect(existsSync(resolve(ROOT, 'entrypoints', `${name}.content.ts`))).toBe(true);
  });
});
