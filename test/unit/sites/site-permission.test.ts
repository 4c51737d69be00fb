import { describe, expect, it } from 'vitest';
import { sitePattern } from '../../../lib/sites/site-permission';

describe('sitePattern', () => {
  it('grants the origin and every path on it', () => {
    expect(sitePattern('https://jira.example.com')).toBe('https://jira.example.com/*');
    expect(sitePattern('http://jira.internal:8080')).toBe('http://jira.internal:8080/*');
  });

  it('leaves the port out where the browser refuses one in a pattern (Firefox)', () => {
    expect(sitePattern('http://jira.internal:8080', false)).toBe('http://jira.internal/*');
  });
});
