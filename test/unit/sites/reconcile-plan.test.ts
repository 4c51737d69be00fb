import { describe, expect, it } from 'vitest';
import type { Site } from '../../../lib/model/site';
import { planReconcile } from '../../../lib/sites/reconcile-plan';
import { siteScript } from '../../../lib/sites/site-scripts';

const jira: Site = { origin: 'https://jira.example.com', tracker: 'jira', addedAt: '2026-11-01T09:00:00.000Z' };
const ado: Site = { origin: 'http://tfs.corp:8080', tracker: 'azure-devops', addedAt: '2026-11-02T09:00:00.000Z' };

describe('planReconcile', () => {
  it('registers every granted site without a script', () => {
    expect(planReconcile([jira, ado], new Set([jira.origin, ado.origin]), [])).toEqual({
      register: [jira, ado],
      unregister: [],
    });
  });

  it('changes nothing when the scripts follow the sites', () => {
    const registered = [siteScript(jira), siteScript(ado)];
    expect(planReconcile([jira, ado], new Set([jira.origin, ado.origin]), registered)).toEqual({
      register: [],
      unregister: [],
    });
  });

  it('accepts the script files as the browser reports them, with a leading slash', () => {
    const reported = { ...siteScript(jira), js: ['/content-scripts/jira.js'] };
    expect(planReconcile([jira], new Set([jira.origin]), [reported])).toEqual({ register: [], unregister: [] });
  });

  it('drops the scripts of sites no longer stored, and leaves scripts that are not sites’ alone', () => {
    const other = { id: 'something-else', js: ['x.js'], matches: ['https://x.example/*'] };
    expect(planReconcile([], new Set(), [siteScript(jira), other])).toEqual({
      register: [],
      unregister: ['site:https://jira.example.com'],
    });
  });

  it('does not register a site whose permission was revoked, and keeps its script if it has one', () => {
    expect(planReconcile([jira], new Set(), [])).toEqual({ register: [], unregister: [] });
    expect(planReconcile([jira], new Set(), [siteScript(jira)])).toEqual({ register: [], unregister: [] });
  });

  it('replaces a script that runs the wrong tracker', () => {
    const stale = siteScript({ ...jira, tracker: 'azure-devops' });
    expect(planReconcile([jira], new Set([jira.origin]), [stale])).toEqual({
      register: [jira],
      unregister: ['site:https://jira.example.com'],
    });
  });
});
