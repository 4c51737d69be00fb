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
    expect(changes).toEqual<PageChanges>({
      added: [],
      removed: [gone],
      touched: [host, host],
      foreign: [copy],
      within: [],
    });
  });

  it("names once each item's card in which children changed, without looking at those records' nodes", () => {
    const [a, b, c, d] = [byId('a'), byId('b'), byId('c'), byId('d')];
    const fresh = document.createElement('span');
    b.append(fresh);
    const asked: Element[] = [];
    // b is an item's card, and fresh is inside it.
    const itemAround = (element: Element) => {
      asked.push(element);
      return element === b || element === fresh ? b : null;
    };
    const queue = createChangeQueue();
    const nodes = vi.fn(() => [fresh]);
    const watched = (target: Element) =>
      ({
        type: 'childList',
        target,
        get addedNodes() {
          return nodes();
        },
        get removedNodes() {
          return nodes();
        },
      }) as never;
    queue.push([
      // The records of a card's insides re-rendered, which are not read node by node.
      watched(b),
      watched(b),
      watched(fresh),
      record({ target: a, addedNodes: [d] as never, removedNodes: [c] as never }),
    ]);
    const changes = queue.read(Number.POSITIVE_INFINITY, isOurs, itemAround);
    expect(changes.within).toEqual([b]);
    expect(nodes).not.toHaveBeenCalled();
    expect(asked).toEqual([b, fresh, a]);
    expect(changes.added).toEqual([d]);
    expect(changes.removed).toEqual([c]);
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

  it('watches nothing once stopped, even after a write of ours (the overlay removes its hosts after it stops)', async () => {
    const onChanges = vi.fn();
    const watcher = watchPage(document, createChangeQueue(), onChanges, isOurs);
    watcher.stop();
    watcher.quietly(() => byId('d').append(document.createElement('b')));
    byId('d').append(document.createElement('i'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChanges).not.toHaveBeenCalled();
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

describe('following the parser of a big page', () => {
  /** A document still loading, the watcher's looks at the parser run by the test, and what it queued read back. */
  function loadingPage(options: { scriptAppends?: boolean } = {}) {
    let state: DocumentReadyState = 'loading';
    const readyState = vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
    const looks: (() => void)[] = [];
    const queue = createChangeQueue();
    const onChanges = vi.fn();
    const run = vi.fn((work: () => void) => work());
    const watcher = watchPage(document, queue, onChanges, isOurs, run, (fn) => looks.push(fn));
    const section = document.createElement('section');
    document.body.append(section);
    // The parser's first big batch: more records than any script's change makes.
    for (let n = 0; n < 1001; n++) section.append(document.createElement('p'));
    // A script's element at the end of the body, in the same batch: the last element is no longer the parser's.
    const widget = options.scriptAppends ? document.body.appendChild(document.createElement('div')) : null;
    watcher.quietly(() => {});
    return {
      queue,
      onChanges,
      run,
      watcher,
      section,
      widget,
      read: () => queue.read(Number.POSITIVE_INFINITY, isOurs),
      look(): void {
        for (const look of looks.splice(0)) look();
      },
      get looksQueued() {
        return looks.length;
      },
      parsed(): void {
        state = 'interactive';
        document.dispatchEvent(new Event('readystatechange'));
      },
      /** A change the page makes after following ended, and what the watcher recorded of it. */
      async changeRecorded(): Promise<{ change: Element; added: Element[] }> {
        const change = document.body.appendChild(document.createElement('aside'));
        await new Promise((resolve) => setTimeout(resolve, 0));
        return { change, added: queue.read(Number.POSITIVE_INFINITY, isOurs).added };
      },
      end(): void {
        readyState.mockRestore();
        watcher.stop();
      },
    };
  }

  it('reads what the parser adds from its progress, making no record of it, until the page is parsed', async () => {
    const page = loadingPage();
    expect(page.read().added).toEqual([page.section]);
    // The batch taken before our write is told of after it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.onChanges).toHaveBeenCalledTimes(1);
    page.onChanges.mockClear();
    // The parser goes on inside the section, then past it.
    const span = page.section.appendChild(document.createElement('span'));
    const after = document.body.appendChild(document.createElement('footer'));
    after.append(document.createElement('i'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.onChanges).not.toHaveBeenCalled();
    page.look();
    expect(page.onChanges).toHaveBeenCalledTimes(1);
    expect(page.read().added).toEqual([span, after]);
    expect(page.looksQueued).toBe(1);
    // Nothing new: nothing told, and it keeps looking while the page loads.
    page.look();
    expect(page.onChanges).toHaveBeenCalledTimes(1);
    // Parsed: what came last is read.
    const last = document.body.appendChild(document.createElement('nav'));
    page.parsed();
    expect(page.read().added).toEqual([last]);
    // The look already queued finds the parser no longer followed: it reads nothing, and looks no more.
    page.look();
    expect(page.read().added).toEqual([]);
    expect(page.looksQueued).toBe(0);
    // Every change is recorded again.
    const { change, added } = await page.changeRecorded();
    expect(added).toEqual([change]);
    page.end();
  });

  it('times each look at the parser as its work, one that finds nothing new too', () => {
    const page = loadingPage();
    page.read();
    page.run.mockClear();
    page.look();
    expect(page.read().added).toEqual([]);
    expect(page.run).toHaveBeenCalledTimes(1);
    page.end();
  });

  it('reads the whole page and records again when a script removed the parser’s place', () => {
    const page = loadingPage();
    page.read();
    page.section.remove();
    page.look();
    expect(page.read().added).toEqual([document.documentElement]);
    expect(page.looksQueued).toBe(0);
    page.end();
  });

  it('reads the whole page and records again when the parser went on before what a script appended', async () => {
    const page = loadingPage();
    page.read();
    // A script appends to the end of the body while the parser is inside the section.
    const widget = document.body.appendChild(document.createElement('div'));
    page.look();
    expect(page.read().added).toEqual([widget]);
    // The parser goes on in the section, before the widget: not after the last element any more.
    page.section.append(document.createElement('p'));
    page.look();
    expect(page.read().added).toEqual([document.documentElement]);
    expect(page.looksQueued).toBe(0);
    const { change, added } = await page.changeRecorded();
    expect(added).toEqual([change]);
    page.end();
  });

  it('reads the whole page again when a script appended after the parser’s place in the batch that began it', () => {
    const page = loadingPage({ scriptAppends: true });
    expect(page.read().added).toEqual([page.section, page.widget]);
    page.look();
    expect(page.read().added).toEqual([]);
    page.section.append(document.createElement('p'));
    page.look();
    expect(page.read().added).toEqual([document.documentElement]);
    expect(page.looksQueued).toBe(0);
    page.end();
  });

  it('still notices the page stripping our hosts’ attributes while it follows the parser', async () => {
    const page = loadingPage();
    page.read();
    const host = createHost(document, 'jira:acme.atlassian.net:PAY-1', 'aligned');
    ours.add(host);
    page.watcher.quietly(() => page.section.append(host));
    host.removeAttribute('data-throughline-item');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.read().touched).toEqual([host]);
    page.end();
  });

  it('stops looking once stopped', () => {
    const page = loadingPage();
    page.read();
    page.watcher.stop();
    document.body.append(document.createElement('footer'));
    page.look();
    page.parsed();
    expect(page.read().added).toEqual([]);
    expect(page.looksQueued).toBe(0);
    page.end();
  });
});
