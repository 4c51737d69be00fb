// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHost } from '../../../lib/overlay/host-elements';
import { createChangeQueue, type PageChanges, watchPage } from '../../../lib/overlay/page-changes';

const ours = new WeakSet<Element>();
const isOurs = (element: Element) => ours.has(element);

function record(init: Partial<MutationRecord>): MutationRecord {
  return { type: 'childList', addedNodes: [], removedNodes: [], ...init } as unknown as MutationRecord;
}

const byId = (id: string) => document.getElementById(id)!;

function readAll(records: MutationRecord[]): PageChanges {
  const queue = createChangeQueue();
  queue.push(records);
  return queue.read(Number.POSITIVE_INFINITY, isOurs);
}

beforeEach(() => {
  document.body.innerHTML =
    '<main><section id="a"><div id="b"><p id="c"></p></div></section><aside id="d"></aside></main>';
});

describe('the change queue', () => {
  it('keeps only the outermost added subtrees, as a parser batch lists every element it adds', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
    const text = document.createTextNode('x');
    document.body.append(text);
    const changes = readAll([c, b, a, d, text].map((node) => record({ addedNodes: [node] as never })));
    expect(changes.added).toEqual([a, d]);
    expect(changes.removed).toEqual([]);
  });

  it('skips added nodes that already left, notes removals, and tells our elements from copies of them', () => {
    const host = createHost(document, 'jira:acme.atlassian.net:PAY-1', 'aligned');
    ours.add(host);
    const copy = host.cloneNode(true) as Element;
    document.body.append(host, copy);
    const gone = document.createElement('div');
    const changes = readAll([
      record({ addedNodes: [host, copy, gone] as never, removedNodes: [gone] as never }),
      record({ type: 'attributes', target: host }),
      record({ type: 'attributes', target: copy }),
    ]);
    expect(changes).toEqual<PageChanges>({ added: [], removed: [gone], touched: [host, host], foreign: [copy] });
  });

  it('reads thousands of records a few at a time, in order, with the same outermost subtrees as at once', () => {
    const footers = Array.from({ length: 2000 }, (_, index) => {
      const card = document.createElement('div');
      card.innerHTML = `<div class="footer" id="f${index}"></div>`;
      document.body.append(card);
      return card.firstElementChild!;
    });
    const spans = footers.map((footer) => footer.appendChild(document.createElement('span')));
    const nested = spans[0]!.appendChild(document.createElement('i'));
    const records = [
      ...spans.map((span, index) => record({ target: footers[index]!, addedNodes: [span] as never })),
      record({ target: spans[0]!, addedNodes: [nested] as never }),
      record({ target: footers[1]!, removedNodes: [document.createElement('b')] as never }),
    ];
    const queue = createChangeQueue();
    queue.push(records);
    const parts: PageChanges[] = [];
    while (queue.pending) parts.push(queue.read(128, isOurs));
    // 2,002 records and 2,001 elements they added, 128 at a time: no part reads them all in one go.
    expect(parts).toHaveLength(Math.ceil((2002 + 2001) / 128));
    expect(parts.flatMap((part) => part.added)).toEqual(spans);
    expect(parts.flatMap((part) => part.removed)).toHaveLength(1);
    expect(parts.flatMap((part) => part.added)).toEqual(readAll(records).added);
  });

  it('reads the parser’s subtrees in their turn, after the records that came before them', () => {
    const [a, b, d] = [byId('a'), byId('b'), byId('d')];
    const queue = createChangeQueue();
    queue.push([record({ addedNodes: [d] as never })]);
    queue.pushAdded([a, b]);
    expect(queue.read(1, isOurs).added).toEqual([]);
    expect(queue.read(1, isOurs).added).toEqual([d]);
    expect(queue.read(1, isOurs).added).toEqual([a]);
    expect(queue.pending).toBe(true);
    expect(queue.read(5, isOurs).added).toEqual([b]);
    expect(queue.pending).toBe(false);
  });
});

describe('watchPage', () => {
  it('hands on the page’s changes made before we wrote, and makes no records of our own writes', async () => {
    const seen: PageChanges[] = [];
    const queue = createChangeQueue();
    const watcher = watchPage(document, queue, () => seen.push(queue.read(Number.POSITIVE_INFINITY, isOurs)), isOurs);
    const theirs = document.createElement('span');
    document.getElementById('c')!.append(theirs);
    const host = createHost(document, 'jira:acme.atlassian.net:PAY-1', 'aligned');
    ours.add(host);
    watcher.quietly(() => {
      // Our write, with another inside it: both unobserved.
      document.getElementById('d')!.append(host);
      watcher.quietly(() => host.setAttribute('data-throughline-state', 'unaligned'));
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.added).toEqual([theirs]);
    expect(seen[0]!.touched).toEqual([]);
    // Watching again: the page's next change to our host is told.
    host.removeAttribute('data-throughline-item');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(2);
    expect(seen[1]!.touched).toEqual([host]);
    watcher.stop();
  });

  it('tells nothing after a write when the page changed nothing', async () => {
    const onChanges = vi.fn();
    const watcher = watchPage(document, createChangeQueue(), onChanges, isOurs);
    watcher.quietly(() => {
      for (let n = 0; n < 10; n++)
        byId('d').append(createHost(document, `jira:acme.atlassian.net:PAY-${n}`, 'unaligned'));
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChanges).not.toHaveBeenCalled();
    watcher.stop();
  });

  it('while the page loads, reads a big batch taken before our write from the parser’s progress', () => {
    const loading = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const queue = createChangeQueue();
    const watcher = watchPage(document, queue, () => {}, isOurs);
    const parsed = Array.from({ length: 1001 }, () => document.createElement('p'));
    const section = document.createElement('section');
    document.body.append(section);
    for (const element of parsed) section.append(element);
    watcher.quietly(() => {});
    expect(queue.read(10, isOurs).added).toEqual([section]);
    loading.mockRestore();
    watcher.stop();
  });
});
