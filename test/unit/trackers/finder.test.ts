// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FoundItem } from '../../../lib/trackers/adapter';
import { createFinder, type Reader } from '../../../lib/trackers/finder';

function item(container: Element, key: string): FoundItem {
  return {
    ref: { tracker: 'jira', site: 'acme.atlassian.net', key },
    anchor: container,
    placement: 'append',
    kind: 'card',
    container,
  };
}

const cards: Reader = {
  container: '.card',
  marker: 'a',
  standalone: false,
  read: (card) => (card.id === 'odd' ? null : item(card, card.querySelector('a')?.textContent ?? card.id)),
};
const links: Reader = { container: '.linked', marker: 'a', standalone: false, read: (row) => item(row, `L-${row.id}`) };

beforeEach(() => {
  document.body.innerHTML = `
    <ul id="list">
      <li class="card" id="one"><a href="/browse/A-1">A-1</a><span class="title">First</span></li>
      <li class="card" id="two"><div class="inner"><a href="/browse/A-2">A-2</a></div>
        <div class="linked" id="x"><a href="/browse/B-1">B-1</a></div></li>
      <li class="card" id="odd"><a href="/browse/A-3">A-3</a></li>
    </ul>`;
});

const keysOf = (found: { item: FoundItem }[]) => found.map((entry) => entry.item.ref.key);

describe('createFinder', () => {
  it('climbs from each marker to its nearest container, and reads each container once', () => {
    const finder = createFinder([cards, links]);
    expect(keysOf(finder.find(document))).toEqual(['A-1', 'A-2', 'L-x']);
    const [first] = finder.find(document);
    expect(first?.source.id).toBe('one');
    expect(first?.reader).toBe(0);
  });

  it('finds the container around a changed part, marker or not (a card whose insides were re-rendered)', () => {
    const finder = createFinder([cards]);
    expect(keysOf(finder.find(document.querySelector('.inner')!))).toEqual(['A-2']);
    expect(keysOf(finder.find(document.querySelector('.title')!))).toEqual(['A-1']);
    expect(keysOf(finder.find(document.getElementById('one')!))).toEqual(['A-1']);
  });

  it('finds nothing for a part outside every container', () => {
    document.body.insertAdjacentHTML('beforeend', '<p id="loose"><a href="/browse/C-1">C-1</a></p>');
    expect(createFinder([cards]).find(document.getElementById('loose')!)).toEqual([]);
  });

  it('keeps reading when one container cannot be read, and lets the next reader try', () => {
    const throwing: Reader = {
      ...cards,
      read: (card) => {
        if (card.id === 'one') throw new Error('odd markup');
        return cards.read(card);
      },
    };
    const fallback: Reader = {
      container: '#one',
      marker: 'a',
      standalone: false,
      read: (card) => item(card, 'FALLBACK-1'),
    };
    expect(keysOf(createFinder([throwing, fallback]).find(document))).toEqual(['A-2', 'FALLBACK-1']);
  });

  it('finds a standalone container with no marker in it, in any subtree that is not a part of one item', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<ol id="rows">${Array.from({ length: 3 }, (_, n) => `<li class="card" id="R-${n}">${n < 2 ? `<a>R-${n}</a>` : ''}</li>`).join('')}</ol>`,
    );
    const standalone = createFinder([{ ...cards, standalone: true }]);
    // A column of a few linked cards and one without a link, added at once (as a page's parser adds them).
    expect(keysOf(standalone.find(document.getElementById('rows')!))).toEqual(['R-0', 'R-1', 'R-2']);
    const lone = document.getElementById('R-2')!;
    expect(keysOf(standalone.find(lone))).toEqual(['R-2']);
    // A card that comes with its link is not looked through a second time.
    const plain = createFinder([cards]);
    expect(keysOf(plain.find(document.getElementById('rows')!))).not.toContain('R-2');
  });

  it('finds a standalone container among many linked ones', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<ol id="rows">${Array.from({ length: 9 }, (_, n) => `<li class="card" id="R-${n}">${n < 8 ? `<a>R-${n}</a>` : ''}</li>`).join('')}</ol>`,
    );
    const standalone = createFinder([{ ...cards, standalone: true }]);
    expect(keysOf(standalone.find(document.getElementById('rows')!))).toContain('R-8');
    const lone = document.getElementById('R-8')!;
    expect(keysOf(standalone.find(lone))).toEqual(['R-8']);
    // A card that comes with its link is not looked through a second time.
    const plain = createFinder([cards]);
    expect(keysOf(plain.find(document.getElementById('rows')!))).not.toContain('R-8');
  });

  it('finds a card re-created in the wrappers a board puts around it, with or without its link', () => {
    const standalone = createFinder([{ ...cards, standalone: true }, links]);
    const wrapped = (card: string) => {
      document.body.insertAdjacentHTML('beforeend', `<div class="drop"><div class="ripple">${card}</div></div>`);
      return document.body.lastElementChild!;
    };
    const linked = wrapped('<li class="card" id="W-1"><a>W-1</a></li>');
    expect(standalone.markersIn(linked).map((element) => element.id)).toEqual(['W-1']);
    expect(keysOf(standalone.find(linked))).toEqual(['W-1']);
    expect(keysOf(standalone.find(wrapped('<li class="card" id="W-2"></li>')))).toEqual(['W-2']);
    // A link of another item inside the card: the card itself is still looked for by its own selector.
    const holding = wrapped('<li class="card" id="W-3"><div class="linked" id="y"><a>B-2</a></div></li>');
    expect(standalone.find(holding).map((found) => found.source.id)).toEqual(['W-3', 'y']);
  });

  it('lists no marker of a subtree whose container the caller has, unless a container is inside it', () => {
    const finder = createFinder([cards, links]);
    const one = document.getElementById('one')!;
    let listed = 0;
    const list = one.querySelectorAll.bind(one);
    one.querySelectorAll = ((selector: string) => {
      listed++;
      return list(selector);
    }) as typeof one.querySelectorAll;
    expect(finder.markersIn(one, one, one)).toEqual([]);
    expect(finder.markersIn(one.querySelector('.title')!, one)).toEqual([]);
    expect(listed).toBe(0);
    // Asked without its container, it lists them as before.
    expect(finder.markersIn(one).map((marker) => marker.textContent)).toEqual(['A-1']);
    // A container inside: its markers climb to it, not to the card.
    const two = document.getElementById('two')!;
    expect(finder.markersIn(two, two, two).map((marker) => marker.textContent)).toEqual(['A-2', 'B-1']);
  });

  it('finds nothing, and throws nothing, for selectors the browser rejects or for no readers at all', () => {
    expect(createFinder([{ ...cards, marker: 'a[' }]).find(document)).toEqual([]);
    expect(createFinder([]).find(document)).toEqual([]);
  });
});
