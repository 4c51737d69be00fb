import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHttpUrl, MAX_URL_LENGTH, storableUrlCheck } from '../../../lib/model/http-url';
import { HttpUrl } from '../../../lib/model/primitives';

const PAGE = 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/1?selectedIssue=PAY-1';
const storedByBackground = (value: string) => HttpUrl.safeParse(value).success;

describe('storableUrlCheck', () => {
  it('takes any address within the page origin without parsing it, as the background would', () => {
    const storable = storableUrlCheck(PAGE);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (rest) => {
        const value = `https://acme.atlassian.net/${rest}`;
        expect(storable(value)).toBe(true);
        expect(storedByBackground(value)).toBe(true);
      }),
    );
  });

  it('answers as the background does for any other address', () => {
    const storable = storableUrlCheck(PAGE);
    const addresses = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom(
        'javascript:alert(1)',
        ' https://acme.atlassian.net/browse/PAY-1',
        'https://acme.atlassian.net.evil.example/x',
        'https://acme.atlassian.net:8443/browse/PAY-1',
        'https://acme.atlassian.net:99999/browse/PAY-1',
        'HTTPS://ACME.atlassian.net/browse/PAY-1',
        'https://[::1/',
        'data:text/html,hi',
      ),
      fc.string({ maxLength: 20 }).map((rest) => `https://acme.atlassian.net/${rest.padEnd(MAX_URL_LENGTH, 'x')}`),
    );
    fc.assert(
      fc.property(addresses, (value) => {
        expect(storable(value)).toBe(storedByBackground(value));
      }),
    );
  });

  it('parses every address when the page itself has no http(s) origin', () => {
    const storable = storableUrlCheck('about:blank');
    expect(storable('https://acme.atlassian.net/browse/PAY-1')).toBe(true);
    expect(storable('about:blank')).toBe(isHttpUrl('about:blank'));
  });
});
