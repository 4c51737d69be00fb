import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../../lib/overlay/page-url';

describe('pageUrl', () => {
  it('parses the address once while it stays the same', () => {
    let href = 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1';
    const url = pageUrl(() => href);
    const first = url();
    expect(first.pathname).toBe('/jira/software/projects/PAY/boards/1');
    expect(url()).toBe(first);
    href = 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=PAY-7';
    const second = url();
    expect(second).not.toBe(first);
    expect(second.searchParams.get('selectedIssue')).toBe('PAY-7');
    expect(url()).toBe(second);
  });

  it('follows a move back to an earlier address', () => {
    let href = 'https://dev.azure.com/acme/web/_boards/board/t/web/Stories';
    const url = pageUrl(() => href);
    const board = url();
    href = 'https://dev.azure.com/acme/web/_backlogs/backlog/web/Stories';
    expect(url().pathname).toBe('/acme/web/_backlogs/backlog/web/Stories');
    href = 'https://dev.azure.com/acme/web/_boards/board/t/web/Stories';
    expect(url()).not.toBe(board);
    expect(url().href).toBe(board.href);
  });
});
