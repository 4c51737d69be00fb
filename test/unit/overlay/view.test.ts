// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageView } from '../../../lib/overlay/view';
import { defineAdapter } from '../../../lib/trackers/adapter';

const url = new URL('https://acme.atlassian.net/jira/software/c/projects/PAY/boards/1');

function adapters() {
  const applies = vi.fn(() => true);
  const page = vi.fn(() => ({ site: 'acme.atlassian.net' }));
  const list = defineAdapter({
    name: 'list',
    tracker: 'jira',
    applies,
    page,
    container: '.card',
    marker: '.card',
    read: (card, site) => ({
      ref: { tracker: 'jira', site: site.site, key: card.id },
      anchor: card,
      placement: 'append',
      kind: 'card',
      container: card,
    }),
    summaryAnchors: ['.controls', '.title'],
  });
  const elsewhere = defineAdapter({ ...list, name: 'elsewhere', applies: () => false, page, read: () => null });
  return { list, elsewhere, applies, page };
}

beforeEach(() => {
  document.body.innerHTML = '<main><div class="card" id="PAY-1"></div></main>';
});

describe('page view', () => {
  it('asks which adapters apply and reads their page-level facts once, whatever is read afterwards', () => {
    const { list, elsewhere, applies, page } = adapters();
    const view = createPageView([elsewhere, list], document, url);
    expect(view.readers.map((reader) => reader.adapter.name)).toEqual(['list']);
    for (let n = 0; n < 3; n++) view.finder.find(document);
    expect(applies).toHaveBeenCalledTimes(1);
    expect(page).toHaveBeenCalledTimes(1);
    expect(view.finder.find(document).map((found) => found.item.ref.key)).toEqual(['PAY-1']);
  });

  it('finds a summary place in the page once, then only in what is offered, in order of trust', () => {
    const { list } = adapters();
    document.body.insertAdjacentHTML('afterbegin', '<h1 class="title"></h1>');
    const view = createPageView([list], document, url);
    expect(view.summaryAnchor(0)?.className).toBe('title');
    const controls = document.createElement('div');
    controls.className = 'controls';
    document.body.prepend(controls);
    // A place found stays the place until it leaves the page.
    expect(view.summaryAnchor(0)?.className).toBe('title');
  });

  it('looks for a missing place in what the page adds, and in the whole page at most twice', () => {
    const { list } = adapters();
    const view = createPageView([list], document, url);
    expect(view.summaryAnchor(0)).toBeNull();
    // Every walk of the whole page starts at its root, asked whether it is a card.
    const root = vi.spyOn(document.documentElement, 'matches');
    for (let n = 0; n < 5; n++) view.searchPage();
    expect(root.mock.calls.filter(([selector]) => selector === '.card')).toHaveLength(2);
    const header = document.createElement('div');
    header.innerHTML = '<div class="controls"></div>';
    document.body.append(header);
    view.offer(header);
    expect(view.summaryAnchor(0)?.className).toBe('controls');
  });

  it('looks in the whole page once more when a place it found is taken away', () => {
    const { list } = adapters();
    document.body.insertAdjacentHTML('afterbegin', '<div class="controls" id="old"></div>');
    const view = createPageView([list], document, url);
    document.getElementById('old')!.remove();
    document.body.insertAdjacentHTML('afterbegin', '<div class="controls" id="new"></div>');
    expect(view.summaryAnchor(0)?.id).toBe('new');
  });

  it('never looks for a summary place inside a card', () => {
    const { list } = adapters();
    document.querySelector('.card')!.innerHTML = '<div class="controls"></div>';
    const view = createPageView([list], document, url);
    expect(view.summaryAnchor(0)).toBeNull();
  });

  it('skips an adapter whose applies throws', () => {
    const { list } = adapters();
    const throwing = defineAdapter({
      ...list,
      name: 'throwing',
      page: () => ({ site: '' }),
      read: () => null,
      applies: () => {
        throw new Error('boom');
      },
    });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    expect(createPageView([throwing, list], document, url).readers.map((reader) => reader.adapter.name)).toEqual([
      'list',
    ]);
  });
});

/**
 * Runs the whole-page search in slices of 20 ms, with a clock that says another 10 ms went by at each look
 * (after every 64 elements); `between` runs after the first slice. Answers how many slices it took.
 */
function searchInSlices(view: ReturnType<typeof createPageView>, between?: () => void): number {
  const clock = vi.spyOn(performance, 'now');
  let now = 0;
  clock.mockImplementation(() => (now += 10));
  let slices = 1;
  try {
    while (!view.searchPage(now + 20)) {
      if (slices === 1) between?.();
      slices++;
    }
  } finally {
    clock.mockRestore();
  }
  return slices;
}

describe('page view: the search for a summary place on a big page', () => {
  it('walks the page a slice at a time, and finds the place once the walk is done', () => {
    const { list } = adapters();
    const view = createPageView([list], document, url);
    // A column of 1,000 card wrappers, then the controls: the walk meets every wrapper before the place.
    const wrappers = Array.from(
      { length: 1000 },
      (_, n) => `<div class="wrap"><div class="card" id="PAY-${n}"></div></div>`,
    );
    document.body.insertAdjacentHTML(
      'beforeend',
      `<section>${wrappers.join('')}</section><div class="controls"></div>`,
    );
    expect(searchInSlices(view)).toBeGreaterThan(3);
    expect(view.summaryAnchor(0)).toBe(document.querySelector('.controls'));
  });

  it('looks at the clock among the cards it skips too: a column of a thousand cards is passed in slices', () => {
    const { list } = adapters();
    const view = createPageView([list], document, url);
    // The cards side by side in one column: the walk skips each one's insides, and meets the next at once.
    const cards = Array.from({ length: 1000 }, (_, n) => `<div class="card" id="PAY-${n}"><b></b></div>`);
    document.body.insertAdjacentHTML('beforeend', `<section>${cards.join('')}</section><div class="controls"></div>`);
    expect(searchInSlices(view)).toBeGreaterThan(3);
    expect(view.summaryAnchor(0)).toBe(document.querySelector('.controls'));
  });

  it('walks on past a part the page took away between two slices, and finds the place after it', () => {
    const { list } = adapters();
    const view = createPageView([list], document, url);
    const wrappers = Array.from({ length: 500 }, () => `<div class="wrap"><i></i></div>`);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<section id="gone">${wrappers.join('')}</section><div class="controls"></div>`,
    );
    expect(searchInSlices(view, () => document.getElementById('gone')!.remove())).toBeGreaterThan(1);
    expect(view.summaryAnchor(0)).toBe(document.querySelector('.controls'));
  });
});
