// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { asanaBoard } from '../../../../lib/trackers/asana-board';
import { fixtureFiles, itemFor, keys, loadFixture, recreate } from './load';

const PROJECT = '1209000000000001';
const gid = (n: number) => `1209000000000${n}`;
const CARDS = [101, 102, 212, 213, 103, 104, 214, 207, 216, 217, 218, 219].map(gid);

describe('asana-board', () => {
  it('finds every card of the board, and not the card being written', () => {
    const { doc, url } = loadFixture('asana', 'board.html');
    const items = asanaBoard.find(doc, url);
    expect(keys(items)).toEqual(CARDS);
    expect(new Set(keys(items)).size).toBe(12);
  });

  it('reads a card: badge in its fields and tags, title, URL and project', () => {
    const { doc, url } = loadFixture('asana', 'board.html');
    const item = itemFor(asanaBoard.find(doc, url), gid(104));
    const card = doc.querySelector(`[data-task-id="${gid(104)}"]`);
    expect(item.ref).toEqual({ tracker: 'asana', site: 'app.asana.com', key: gid(104) });
    expect(item.kind).toBe('card');
    expect(item.container).toBe(card);
    expect(item.anchor).toBe(card?.querySelector('.BoardCardLayout-customPropertiesAndTags'));
    expect(item.placement).toBe('append');
    expect(item.title).toBe('Self-serve upgrade flow: usage-based prompts');
    expect(item.url).toBe(`https://app.asana.com/0/${PROJECT}/${gid(104)}`);
    expect(item.facts).toEqual({ projects: [PROJECT], sections: ['In progress'] });
  });

  it('puts the badge on the card itself when it shows no fields or tags', () => {
    const { doc, url } = loadFixture('asana', 'board.html');
    const item = itemFor(asanaBoard.find(doc, url), gid(219));
    expect(item.anchor).toBe(item.container);
  });

  it('keeps a hostile task name as text', () => {
    const { doc, url } = loadFixture('asana', 'board.html');
    const item = itemFor(asanaBoard.find(doc, url), gid(207));
    expect(item.title).toBe('<img src=x onerror=alert(1)>');
    expect(item.container.querySelector('img')).toBeNull();
  });

  it('drops cards whose gid is not one', () => {
    const { doc, url } = loadFixture('asana', 'board.html');
    doc.querySelector(`[data-task-id="${gid(212)}"]`)?.setAttribute('data-task-id', '12e3');
    doc.querySelector(`[data-task-id="${gid(213)}"]`)?.setAttribute('data-task-id', '0');
    expect(keys(asanaBoard.find(doc, url))).toEqual(CARDS.filter((key) => key !== gid(212) && key !== gid(213)));
  });

  it('finds a re-created card again, at its new anchor', () => {
    const { doc, url } = loadFixture('asana', 'board.html');
    const copy = recreate(doc.querySelector(`[data-task-id="${gid(216)}"]`) as Element);
    const item = itemFor(asanaBoard.find(doc, url), gid(216));
    expect(item.container).toBe(copy);
    expect(item.anchor).toBe(copy.querySelector('.BoardCardLayout-customPropertiesAndTags'));
  });

  it('gives one item for a card handed over as the root, and for a part of it', () => {
    const { doc, url } = loadFixture('asana', 'board.html');
    const card = doc.querySelector(`[data-task-id="${gid(101)}"]`) as Element;
    expect(keys(asanaBoard.find(card, url))).toEqual([gid(101)]);
    expect(keys(asanaBoard.find(card.querySelector('.BoardCard-taskName') as Element, url))).toEqual([gid(101)]);
  });

  it('puts the summary after the toolbar', () => {
    const { doc, url } = loadFixture('asana', 'board.html');
    expect(asanaBoard.summaryAnchor?.(doc, url)).toBe(doc.querySelector('.PageToolbarStructure'));
  });

  it.each(fixtureFiles('asana').filter((file) => file !== 'board.html'))('finds nothing on %s', (file) => {
    const { doc, url } = loadFixture('asana', file);
    expect(asanaBoard.find(doc, url)).toEqual([]);
  });
});
