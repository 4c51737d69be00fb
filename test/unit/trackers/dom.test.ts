// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { absoluteHttpUrl, closestOf, documentOf, firstIn, MAX_TEXT, textOf } from '../../../lib/trackers/dom';

beforeEach(() => {
  document.body.innerHTML = `
    <ul id="list">
      <li class="card" id="one"><a href="/browse/A-1">A-1</a><span class="title">  First
        card </span></li>
      <li class="card" id="two"><div class="inner"><a href="/browse/A-2">A-2</a></div></li>
    </ul>`;
});

describe('firstIn', () => {
  it('takes the selectors in order of trust, the root itself included', () => {
    const two = document.getElementById('two')!;
    expect(firstIn(document, ['.missing', '.inner', '.card'])?.className).toBe('inner');
    expect(firstIn(two, ['.card', '.inner'])).toBe(two);
    expect(firstIn(two, ['.title'])).toBeNull();
  });

  it('answers nothing for a selector the DOM rejects, and goes on to the next', () => {
    expect(firstIn(document, ['li[', '.card'])?.id).toBe('one');
  });
});

describe('closestOf', () => {
  it('tries the selectors in order of trust', () => {
    const link = document.querySelector('#two a')!;
    expect(closestOf(link, ['.missing', '.inner', '.card'])?.className).toBe('inner');
    expect(closestOf(link, ['.missing'])).toBeNull();
  });
});

describe('textOf', () => {
  it('collapses whitespace and trims', () => {
    expect(textOf(document.querySelector('.title'))).toBe('First card');
  });

  it('tidies any white space as collapsing every run and trimming would, and leaves tidy text as it is', () => {
    const span = document.createElement('span');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\u00a0', '\u2003')).map((parts) => parts.join('')),
        (text) => {
          span.textContent = text;
          const tidy = text.replace(/\s+/g, ' ').trim();
          expect(textOf(span)).toBe(tidy === '' ? undefined : tidy);
        },
      ),
      { numRuns: 500, examples: [['a  b'], ['a b'], [' a'], ['a\u00a0b']] },
    );
  });

  it('is undefined for a missing or empty element', () => {
    expect(textOf(null)).toBeUndefined();
    expect(textOf(document.createElement('span'))).toBeUndefined();
  });

  it('caps long text', () => {
    const span = document.createElement('span');
    span.textContent = 'x'.repeat(1000);
    expect(textOf(span)).toHaveLength(MAX_TEXT);
    expect(textOf(span, 10)).toHaveLength(10);
  });

  it('returns markup in text as text', () => {
    const span = document.createElement('span');
    span.textContent = '<img src=x onerror=alert(1)>';
    expect(textOf(span)).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('absoluteHttpUrl', () => {
  const base = new URL('https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12');

  it('resolves relative hrefs against the page', () => {
    expect(absoluteHttpUrl('/browse/PAY-1', base)?.href).toBe('https://acme.atlassian.net/browse/PAY-1');
    expect(absoluteHttpUrl('backlog', base)?.href).toBe(
      'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/backlog',
    );
  });

  it('refuses other schemes and junk', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'http://[::1', '', null]) {
      expect(absoluteHttpUrl(href, base)).toBeUndefined();
    }
  });
});

describe('documentOf', () => {
  it('finds the document from the document, an element or a fragment', () => {
    expect(documentOf(document)).toBe(document);
    expect(documentOf(document.body)).toBe(document);
    expect(documentOf(document.createDocumentFragment())).toBe(document);
  });
});
