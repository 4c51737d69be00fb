// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createHost } from '../../../lib/overlay/host-elements';
import { type PageChanges, readChanges, watchPage } from '../../../lib/overlay/page-changes';

const ours = new WeakSet<Element>();
const isOurs = (element: Element) => ours.has(element);

function record(init: Partial<MutationRecord>): MutationRecord {
  return { type: 'childList', addedNodes: [], removedNodes: [], ...init } as unknown as MutationRecord;
}

beforeEach(() => {
  document.body.innerHTML =
    '<main><section id="a"><div id="b"><p id="c"></p></div></section><aside id="d"></aside></main>';
});

describe('readChanges', () => {
  it('keeps only the outermost added subtrees, as a parser batch lists every element it adds', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
    const text = document.createTextNode('x');
    document.body.append(text);
    const changes = readChanges(
      [c, b, a, d, text].map((node) => record({ addedNodes: [node] as never })),
      isOurs,
    );
    expect(changes.added).toEqual([a, d]);
    expect(changes.removed).toEqual([]);
  });

  it('skips added nodes that already left, notes removals, and tells our elements from copies of them', () => {
    const host = createHost(document, 'jira:acme.atlassian.net:PAY-1', 'aligned');
    ours.add(host);
    const copy = host.cloneNode(true) as Element;
    document.body.append(host, copy);
    const gone = document.createElement('div');
    const changes = readChanges(
      [
        record({ addedNodes: [host, copy, gone] as never, removedNodes: [gone] as never }),
        record({ type: 'attributes', target: host }),
        record({ type: 'attributes', target: copy }),
      ],
      isOurs,
    );
    expect(changes).toEqual<PageChanges>({ added: [], removed: [gone], touched: [host, host], foreign: [copy] });
  });
});

describe('watchPage', () => {
  it('hands on the page’s changes made while we wrote, and drops only our own', async () => {
    const seen: PageChanges[] = [];
    const watcher = watchPage(document, (changes) => seen.push(changes), isOurs);
    const host = createHost(document, 'jira:acme.atlassian.net:PAY-1', 'aligned');
    ours.add(host);
    document.getElementById('d')!.append(host);
    const theirs = document.createElement('span');
    document.getElementById('c')!.append(theirs);
    watcher.discardOwn();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.added).toEqual([theirs]);
    expect(seen[0]!.touched).toEqual([]);
    watcher.stop();
  });
});
