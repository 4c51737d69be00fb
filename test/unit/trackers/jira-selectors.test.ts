// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../lib/trackers/jira-selectors';
import { isJiraFixture, parseFixture } from './load-fixture';

const exported: Record<string, unknown> = selectors;
const names = Object.keys(exported).filter((name) => !name.endsWith('_'));

describe('jira-selectors', () => {
  it('pairs every selector with the fixtures where it must match', () => {
    for (const name of names) {
      expect(typeof exported[name], name).toBe('string');
      const fixtures = exported[`${name}_`];
      expect(Array.isArray(fixtures) && fixtures.length > 0, `${name}_ lists fixtures`).toBe(true);
    }
    for (const name of Object.keys(exported).filter((key) => key.endsWith('_'))) {
      expect(names, `${name} has a selector`).toContain(name.slice(0, -1));
    }
  });

  it.each(names)('%s matches in each fixture it declares', (name) => {
    const selector = exported[name] as string;
    for (const fixture of exported[`${name}_`] as string[]) {
      expect(isJiraFixture(fixture), `${fixture} is a fixture`).toBe(true);
      if (!isJiraFixture(fixture)) continue;
      expect(parseFixture(fixture).querySelectorAll(selector).length, `${name} in ${fixture}`).toBeGreaterThan(0);
    }
  });
});
