import { describe, expect, it } from 'vitest';
import { addSite, listSites, removeSite } from '../../../lib/db/sites';
import { freshDatabase, NOW } from './test-database';

describe('sites', () => {
  it('adds a site by its origin, lists sites in order, and removes them', async () => {
    const db = freshDatabase();
    const jira = await addSite(db, { origin: 'https://jira.example.com/secure/Dashboard.jspa', tracker: 'jira' }, NOW);
    expect(jira).toEqual({ origin: 'https://jira.example.com', tracker: 'jira', addedAt: NOW.toISOString() });
    await addSite(db, { origin: 'http://ado.example.com:8080/tfs', tracker: 'azure-devops' }, NOW);
    expect((await listSites(db)).map((site) => site.origin)).toEqual([
      'http://ado.example.com:8080',
      'https://jira.example.com',
    ]);
    expect(await removeSite(db, 'https://jira.example.com')).toEqual(jira);
    expect(await removeSite(db, 'https://jira.example.com')).toBeNull();
    expect(await listSites(db)).toHaveLength(1);
  });

  it('keeps when a site was first added, and refuses addresses that are not http(s)', async () => {
    const db = freshDatabase();
    await addSite(db, { origin: 'https://jira.example.com', tracker: 'jira' }, NOW);
    const again = await addSite(
      db,
      { origin: 'https://jira.example.com/', tracker: 'azure-devops' },
      new Date('2027-01-01'),
    );
    expect(again).toEqual({ origin: 'https://jira.example.com', tracker: 'azure-devops', addedAt: NOW.toISOString() });
    await expect(addSite(db, { origin: 'javascript:alert(1)', tracker: 'jira' }, NOW)).rejects.toThrow(
      'Cannot save the site: origin: must be an http:// or https:// address',
    );
    await expect(addSite(db, { origin: 'jira.example.com', tracker: 'jira' }, NOW)).rejects.toThrow(/origin: /);
  });
});
