// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFindStage } from '../../../lib/overlay/find-stage';
import type { PageView } from '../../../lib/overlay/view';
import { createFinder } from '../../../lib/trackers/finder';

/** A view with one reader: cards (`article`) found by their key links. */
function view() {
  const finder = createFinder([
    {
      container: 'article',
      marker: 'a[href^="/browse/"]',
      standalone: false,
      read: () => null,
    },
  ]);
  const offer = vi.fn<(root: Element) => void>();
  const current: PageView = {
    href: 'https://acme.atlassian.net/board',
    readers: [],
    finder,
    offer,
    searchPage: () => true,
    summaryAnchor: () => null,
  };
  return Object.assign(current, { offer });
}

const card = (key: string) =>
  `<div class="wrap"><article id="${key}"><a href="/browse/${key}">${key}</a></article></div>`;

/** A board of three columns of 1,400 cards, three elements each: split, and each column split again into its cards. */
function bigBoard(): HTMLElement {
  const board = document.createElement('section');
  board.innerHTML = ['PAY', 'WEB', 'OPS']
    .map(
      (project) => `<div>${Array.from({ length: 1400 }, (_, index) => card(`${project}-${index + 1}`)).join('')}</div>`,
    )
    .join('');
  document.body.append(board);
  return board;
}

function drain(find: ReturnType<typeof createFindStage>, current: PageView): string[] {
  while (find.readNextRoot(current)) find.climbSome(current);
  find.climbSome(current);
  return [...find.sources].map((source) => source.id);
}

beforeEach(() => {
  document.body.innerHTML = `<main id="board">${card('PAY-1')}${card('PAY-2')}</main><header id="top"><h1>Board</h1></header>`;
});

describe('find stage', () => {
  it('finds the cards in an added subtree through their links, and a card re-created in its wrappers by itself', () => {
    const current = view();
    const find = createFindStage({ removeCopies: vi.fn() });
    find.add(document.getElementById('board')!);
    expect(drain(find, current)).toEqual(['PAY-1', 'PAY-2']);
    find.sources.clear();
    const wrapper = document.querySelector('.wrap')!;
    find.add(wrapper);
    expect(drain(find, current)).toEqual(['PAY-1']);
    expect(find.pending).toBe(true);
    find.sources.clear();
    expect(find.pending).toBe(false);
  });

  it('finds the card a change inside it belongs to, and offers a subtree with no item for a summary place', () => {
    const current = view();
    const find = createFindStage({ removeCopies: vi.fn() });
    const label = document.createElement('span');
    document.getElementById('PAY-2')!.append(label);
    find.add(label);
    find.add(document.getElementById('top')!);
    expect(drain(find, current)).toEqual(['PAY-2']);
    expect(current.offer).toHaveBeenCalledTimes(1);
    expect(current.offer).toHaveBeenCalledWith(document.getElementById('top'));
  });

  it('takes copies of our hosts out of every subtree it reads, and reads a subtree of thousands child by child', () => {
    const removeCopies = vi.fn();
    const find = createFindStage({ removeCopies });
    const big = document.createElement('section');
    big.innerHTML = Array.from({ length: 1500 }, (_, index) => card(`WEB-${index + 1}`)).join('');
    document.body.append(big);
    find.add(big);
    expect(find.readNextRoot(view())).toBe(true);
    // Split: nothing read of it yet, its 1,500 children queued in its place.
    expect(removeCopies).not.toHaveBeenCalled();
    expect(find.hasRoots).toBe(true);
    const current = view();
    expect(drain(find, current)).toHaveLength(1500);
    expect(removeCopies).toHaveBeenCalledTimes(1500);
  });

  it('reads the columns of a board it splits side by side, a card from each in turn: those in view first', () => {
    const find = createFindStage({ removeCopies: vi.fn() });
    const board = bigBoard();
    find.add(board);
    const found = drain(find, view());
    expect(found).toHaveLength(4200);
    expect(new Set(found).size).toBe(4200);
    expect(found.slice(0, 9)).toEqual([
      'PAY-1',
      'WEB-1',
      'PAY-2',
      'OPS-1',
      'WEB-2',
      'PAY-3',
      'OPS-2',
      'WEB-3',
      'PAY-4',
    ]);
  });

  it('reads a change the page makes while a big board is read after one subtree of each lane, not after the board', () => {
    const find = createFindStage({ removeCopies: vi.fn() });
    find.add(bigBoard());
    expect(find.readNextRoot(view())).toBe(true);
    document.getElementById('board')!.insertAdjacentHTML('beforeend', card('NEW-1'));
    find.add(document.getElementById('board')!.lastElementChild!);
    const found = drain(find, view());
    expect(found).toHaveLength(4201);
    expect(found[0]).toBe('NEW-1');
  });

  it('reads nothing of a subtree gone before its turn, and forgets everything on clear', () => {
    const current = view();
    const find = createFindStage({ removeCopies: vi.fn() });
    const board = document.getElementById('board')!;
    find.add(board);
    board.remove();
    expect(drain(find, current)).toEqual([]);
    find.add(document.body);
    find.clear();
    expect(find.pending).toBe(false);
    expect(find.readNextRoot(current)).toBe(false);
  });
});
