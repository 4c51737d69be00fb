// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPageItems } from '../../../lib/overlay/page-items';
import type { Found } from '../../../lib/trackers/finder';

function found(source: Element, key: string, anchor: Element = source): Found {
  return {
    source,
    reader: 0,
    item: {
      ref: { tracker: 'jira', site: 'acme.atlassian.net', key },
      anchor,
      placement: 'append',
      kind: 'card',
      container: source,
    },
  };
}

beforeEach(() => {
  document.body.innerHTML = '<div id="one"><p></p></div><div id="two"></div>';
});

describe('page items', () => {
  it('tells a new item, the same item read again, the same item at a new anchor, and a container that now holds another', () => {
    const items = createPageItems();
    const one = document.getElementById('one')!;
    const first = items.upsert(found(one, 'PAY-1'));
    expect(first).toMatchObject({ kind: 'new', replaced: null, item: { id: 'jira:acme.atlassian.net:PAY-1' } });
    expect(items.upsert(found(one, 'PAY-1')).kind).toBe('same');
    expect(items.upsert(found(one, 'PAY-1', one.querySelector('p')!)).kind).toBe('moved');
    const labelled = found(one, 'PAY-1', one.querySelector('p')!);
    labelled.item.facts = { labels: ['growth'] };
    expect(items.upsert(labelled).kind).toBe('refacted');
    expect(items.ofContainer(one)?.facts).toEqual({ labels: ['growth'] });
    const again = items.upsert(found(one, 'PAY-9'));
    expect(again).toMatchObject({ kind: 'new', replaced: first.item });
    expect(items.size).toBe(1);
    expect(items.ofContainer(one)?.id).toBe('jira:acme.atlassian.net:PAY-9');
  });

  it('drops what left with the elements the page removed: by container, by host inside, and hostless items gone', () => {
    const items = createPageItems();
    document.body.innerHTML =
      '<section id="list"><div id="one"><p></p></div><div id="two"></div></section><div id="three"></div>';
    const one = items.upsert(found(document.getElementById('one')!, 'PAY-1')).item;
    const two = items.upsert(found(document.getElementById('two')!, 'PAY-2')).item;
    const three = items.upsert(found(document.getElementById('three')!, 'PAY-3')).item;
    const host = document.createElement('throughline-item');
    document.querySelector('#one p')!.append(host);
    items.setHost(one, host);
    items.setHost(three, document.createElement('throughline-item'));
    const list = document.getElementById('list')!;
    list.remove();
    const { gone, stale } = items.dropRemoved([list], 'throughline-item');
    expect(gone.map((item) => item.id)).toEqual([one.id, two.id]);
    expect(stale).toEqual([]);
    expect([...items.values()]).toEqual([three]);
  });

  it('drops the items inside a removed detail view (an issue with its child issues), and a removed card with its host, wrapped or not', () => {
    const items = createPageItems();
    document.body.innerHTML =
      '<div id="pane"><article id="issue"><ul><li id="child"><p></p></li></ul></article></div><div id="wrap"><div><div id="card"><p></p></div></div></div><div id="other"></div>';
    const view = found(document.getElementById('issue')!, 'PAY-1');
    view.item.kind = 'detail';
    const issue = items.upsert(view).item;
    const child = items.upsert(found(document.getElementById('child')!, 'PAY-2')).item;
    const card = items.upsert(found(document.getElementById('card')!, 'PAY-3')).item;
    const other = items.upsert(found(document.getElementById('other')!, 'PAY-4')).item;
    for (const item of [issue, child, card, other]) {
      const host = document.createElement('throughline-item');
      item.source.append(host);
      items.setHost(item, host);
    }
    const removed = [document.getElementById('pane')!, document.getElementById('wrap')!];
    for (const element of removed) element.remove();
    const { gone, stale } = items.dropRemoved(removed, 'throughline-item');
    expect(gone.map((item) => item.id)).toEqual([issue.id, child.id, card.id]);
    expect(stale).toEqual([]);
    expect([...items.values()]).toEqual([other]);
  });

  it('drops every item of a removed column bigger than the page has items, and of the other elements removed with it', () => {
    const items = createPageItems();
    const card = (key: string) => `<div id="${key}"><p><span></span></p></div>`;
    const keys = Array.from({ length: 20 }, (_, n) => `PAY-${n + 1}`);
    document.body.innerHTML = `<section id="column">${keys.map(card).join('')}</section>${card('PAY-30')}${card('PAY-31')}`;
    const all = [...keys, 'PAY-30', 'PAY-31'].map((key) => {
      const { item } = items.upsert(found(document.getElementById(key)!, key));
      const host = document.createElement('throughline-item');
      item.source.querySelector('span')!.append(host);
      items.setHost(item, host);
      return item;
    });
    const removed = [document.getElementById('column')!, document.getElementById('PAY-30')!];
    for (const element of removed) element.remove();
    const { gone, stale } = items.dropRemoved(removed, 'throughline-item');
    expect(gone.map((item) => item.id).sort()).toEqual(
      all
        .slice(0, 21)
        .map((item) => item.id)
        .sort(),
    );
    expect(stale).toEqual([]);
    expect([...items.values()].map((item) => item.ref.key)).toEqual(['PAY-31']);
  });

  it('keeps an item whose card stayed while its anchor went, as stale, with its host, to be read again', () => {
    const items = createPageItems();
    document.body.innerHTML = '<div id="card"><footer id="old"></footer></div><div id="other"></div>';
    const card = document.getElementById('card')!;
    const item = items.upsert(found(card, 'PAY-1', document.getElementById('old')!)).item;
    const host = document.createElement('throughline-item');
    document.getElementById('old')!.append(host);
    items.setHost(item, host);
    const pending = items.upsert(found(document.getElementById('other')!, 'PAY-2', card.firstElementChild!)).item;
    const old = document.getElementById('old')!;
    old.remove();
    const { gone, stale } = items.dropRemoved([old], 'throughline-item');
    expect(gone).toEqual([]);
    expect(stale).toEqual([item, pending]);
    expect(items.ofHost(host)).toBe(item);
    expect(items.ofSource(card)).toBe(item);
    items.remove(pending);
    expect([...items.values()]).toEqual([item]);
  });

  it('forgets what left the page, and finds items by their host', () => {
    const items = createPageItems();
    const { item } = items.upsert(found(document.getElementById('one')!, 'PAY-1'));
    items.upsert(found(document.getElementById('two')!, 'PAY-2'));
    const host = document.createElement('throughline-item');
    items.setHost(item, host);
    expect(items.ofHost(host)).toBe(item);
    document.getElementById('one')!.remove();
    expect(items.sweep().map((gone) => gone.id)).toEqual(['jira:acme.atlassian.net:PAY-1']);
    expect(items.size).toBe(1);
    expect(items.ofHost(host)).toBeUndefined();
    expect(items.retain(() => false)).toHaveLength(1);
    expect(items.size).toBe(0);
  });

  it('keeps thousands of items in the order they were met, through removals and replacements, and finds each by its element', () => {
    const items = createPageItems();
    const cards = Array.from({ length: 3000 }, () => document.createElement('div'));
    document.body.replaceChildren(...cards);
    cards.forEach((card, n) => {
      items.upsert(found(card, `PAY-${n}`));
    });
    // Whole runs of a thousand emptied, one partly, and cards that now hold other items (met last).
    for (const card of cards.slice(0, 1500)) card.remove();
    expect(items.sweep()).toHaveLength(1500);
    const replaced = [cards[2999]!, cards[1600]!];
    for (const card of replaced) items.upsert(found(card, `NEW-${cards.indexOf(card)}`));
    const expected = [...cards.slice(1500).filter((card) => !replaced.includes(card)), ...replaced].map(
      (card) => items.ofSource(card)!.id,
    );
    expect(items.size).toBe(1500);
    expect([...items.values()].map((item) => item.id)).toEqual(expected);
    expect(expected.at(-2)).toBe('jira:acme.atlassian.net:NEW-2999');
    expect(items.ofSource(cards[10]!)).toBeUndefined();
    expect(items.ofSource(cards[2000]!)?.id).toBe('jira:acme.atlassian.net:PAY-2000');
    items.remove(items.ofSource(cards[2000]!)!);
    expect(items.size).toBe(1499);
    expect(items.ofSource(cards[2000]!)).toBeUndefined();
  });
});
