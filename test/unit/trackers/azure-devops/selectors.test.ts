// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../../lib/trackers/azure-devops-selectors';
import { fixtureFiles, loadFixture } from '../asana/load';

const table = selectors as unknown as Record<string, string | readonly string[]>;
const names = Object.keys(table).filter((name) => !name.endsWith('_'));

describe('Azure DevOps selectors', () => {
  it('each has the list of fixtures where it must match, naming real fixtures', () => {
    const files = new Set(fixtureFiles('azure-devops').map((file) => file.replace(/\.html$/, '')));
    for (const name of names) {
      const where = table[`${name}_`];
      expect(Array.isArray(where), name).toBe(true);
      for (const fixture of where as readonly string[]) expect(files.has(fixture), `${name}: ${fixture}`).toBe(true);
    }
  });

  it.each(names.flatMap((name) => (table[`${name}_`] as readonly string[]).map((fixture) => [name, fixture])))(
    '%s matches in %s',
    (name, fixture) => {
      const { doc } = loadFixture('azure-devops', `${fixture}.html`);
      expect(doc.querySelector(table[name] as string)).not.toBeNull();
    },
  );
});
