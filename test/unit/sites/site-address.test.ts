import { describe, expect, it } from 'vitest';
import { parseSiteAddress } from '../../../lib/sites/site-address';

describe('parseSiteAddress', () => {
  it.each([
    ['https://jira.example.com', 'https://jira.example.com'],
    ['https://jira.example.com/', 'https://jira.example.com'],
    ['  https://jira.example.com/jira/browse/PAY-7?focus=1#comment  ', 'https://jira.example.com'],
    ['https://JIRA.Example.com:443/secure/Dashboard.jspa', 'https://jira.example.com'],
    ['http://jira.internal:8080/secure/RapidBoard.jspa?rapidView=12', 'http://jira.internal:8080'],
    ['http://tfs.corp:80/tfs/DefaultCollection', 'http://tfs.corp'],
    ['https://ado.corp:8443/DefaultCollection/_boards', 'https://ado.corp:8443'],
    ['jira.example.com/browse/PAY-1', 'https://jira.example.com'],
    ['jira.local:8080', 'https://jira.local:8080'],
    ['http://192.168.1.20:8080/', 'http://192.168.1.20:8080'],
  ])('reduces %j to the origin %s', (text, origin) => {
    expect(parseSiteAddress(text)).toMatchObject({ kind: 'site', origin });
  });

  it('keeps http and https apart: they are different origins', () => {
    expect(parseSiteAddress('http://jira.example.com')).toMatchObject({ origin: 'http://jira.example.com' });
    expect(parseSiteAddress('https://jira.example.com')).toMatchObject({ origin: 'https://jira.example.com' });
  });

  it('keeps the page as typed, without its fragment, for detection to read', () => {
    expect(parseSiteAddress('https://jira.example.com/jira/browse/PAY-7#x')).toEqual({
      kind: 'site',
      origin: 'https://jira.example.com',
      url: 'https://jira.example.com/jira/browse/PAY-7',
    });
  });

  it.each([
    ['', /Enter the address/],
    ['   ', /Enter the address/],
    ['ftp://files.example.com', /Only http/],
    ['javascript:alert(1)', /Only http/],
    ['mailto:pmo@example.com', /Only http/],
    ['file:///etc/passwd', /Only http/],
    ['not a url', /is not a web address/],
    ['https://', /is not a web address/],
    ['https://jira.example.com:99999', /is not a web address/],
  ])('refuses %j', (text, reason) => {
    const parsed = parseSiteAddress(text);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.reason).toMatch(reason);
  });

  it.each([
    'https://acme.atlassian.net/browse/PAY-1',
    'https://app.asana.com/0/1/2',
    'https://dev.azure.com/contoso/Platform',
    'contoso.visualstudio.com',
  ])('says %s is a cloud tracker', (text) => {
    expect(parseSiteAddress(text).kind).toBe('cloud');
  });
});
