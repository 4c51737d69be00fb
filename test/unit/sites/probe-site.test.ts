// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { probeSite } from '../../../lib/sites/probe-site';

const SERVER_ISSUE = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/jira/server-issue.html'),
  'utf8',
);

/** A fetch that answers every request with one response, remembering what was asked. */
function answering(body: string, init: ResponseInit & { url?: string } = {}) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const response = new Response(body, { status: 200, headers: { 'content-type': 'text/html' }, ...init });
    Object.defineProperty(response, 'url', { value: init.url ?? String(input) });
    return response;
  });
}

describe('probeSite', () => {
  it('reads the page with the user’s session and finds Jira Data Center', async () => {
    const fetchPage = answering(SERVER_ISSUE);
    expect(await probeSite('https://jira.example.test/jira/browse/PAY-7', fetchPage)).toEqual({
      kind: 'tracker',
      tracker: 'jira',
    });
    expect(fetchPage).toHaveBeenCalledWith(
      'https://jira.example.test/jira/browse/PAY-7',
      expect.objectContaining({ credentials: 'include' }),
    );
  });

  it('checks the path the page was redirected to', async () => {
    const board = '<html><body><div class="bolt-page"></div></body></html>';
    const fetchPage = answering(board, { url: 'http://tfs.corp/tfs/DefaultCollection/Web/_boards/board' });
    expect(await probeSite('http://tfs.corp/', fetchPage)).toEqual({ kind: 'tracker', tracker: 'azure-devops' });
  });

  it('says a site that is no tracker does not look like one', async () => {
    const plain = '<!doctype html><html><head><title>Not a tracker</title></head><body><p>Hello</p></body></html>';
    expect(await probeSite('https://not-a-tracker.example/', answering(plain))).toEqual({ kind: 'not-tracker' });
  });

  it('says an error status is unreachable, with the status', async () => {
    expect(await probeSite('https://jira.example.test/', answering('Not found', { status: 404 }))).toEqual({
      kind: 'unreachable',
      detail: 'it answered HTTP 404',
    });
  });

  it('says a failed request is unreachable', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await probeSite('https://jira.corp/', offline)).toEqual({
      kind: 'unreachable',
      detail: 'the network request failed',
    });
  });

  it('says a site that does not answer in time is unreachable', async () => {
    const slow = vi.fn(async () => {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    });
    expect(await probeSite('https://jira.corp/', slow)).toEqual({
      kind: 'unreachable',
      detail: 'it did not answer in time',
    });
  });
});
