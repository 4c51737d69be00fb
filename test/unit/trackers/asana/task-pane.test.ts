// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { asanaTaskPane } from '../../../../lib/trackers/asana-task-pane';
import { fixtureFiles, keys, loadFixture } from './load';

const PROJECT = '1209000000000001';
const TASK = '1209000000000101';

describe('asana-task-pane', () => {
  it('finds the open task on the full-screen task page', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    const items = asanaTaskPane.find(doc, url);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.ref).toEqual({ tracker: 'asana', site: 'app.asana.com', key: TASK });
    expect(item?.kind).toBe('detail');
    expect(item?.container).toBe(doc.querySelector('.TaskPane'));
    expect(item?.anchor).toBe(doc.querySelector('.TaskPane-titleRow'));
    expect(item?.placement).toBe('after');
    expect(item?.title).toBe('Design the new pricing page');
    expect(item?.url).toBe(`https://app.asana.com/0/${PROJECT}/${TASK}`);
    expect(item?.facts).toEqual({ projects: [PROJECT] });
  });

  it('defines no summary: the task pane is a detail view', () => {
    expect(asanaTaskPane.summaryAnchor).toBeUndefined();
  });

  it('reads the name as edited, not as first rendered', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    const name = doc.querySelector<HTMLTextAreaElement>('.TaskPane-titleRow textarea');
    if (name) name.value = '  Design the\nnew pricing page (v2)  ';
    expect(asanaTaskPane.find(doc, url)[0]?.title).toBe('Design the new pricing page (v2)');
  });

  it('falls back to the URL when the pane carries no gid, and refuses a gid that is none', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    const pane = doc.querySelector('.TaskPane');
    pane?.removeAttribute('data-task-id');
    expect(keys(asanaTaskPane.find(doc, url))).toEqual([TASK]);
    pane?.setAttribute('data-task-id', 'javascript:alert(1)');
    expect(keys(asanaTaskPane.find(doc, url))).toEqual([TASK]);
    expect(asanaTaskPane.find(doc, new URL(`https://app.asana.com/0/${PROJECT}/list`))).toEqual([]);
  });

  it('falls back from the name row to the extra actions, the toolbar, then the pane itself', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    doc.querySelector('.TaskPane-titleRow')?.remove();
    let item = asanaTaskPane.find(doc, url)[0];
    expect(item?.anchor).toBe(doc.querySelector('.TaskPaneExtraActionsButton'));
    expect(item?.placement).toBe('after');
    doc.querySelector('.TaskPaneExtraActionsButton')?.remove();
    item = asanaTaskPane.find(doc, url)[0];
    expect(item?.anchor).toBe(doc.querySelector('.TaskPaneToolbar'));
    expect(item?.placement).toBe('append');
    doc.querySelector('.TaskPaneToolbarAnimation')?.remove();
    item = asanaTaskPane.find(doc, url)[0];
    expect(item?.anchor).toBe(doc.querySelector('.TaskPane'));
    expect(item?.placement).toBe('prepend');
  });

  it('keeps a hostile name as text', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    const name = doc.querySelector<HTMLTextAreaElement>('.TaskPane-titleRow textarea');
    if (name) name.value = '<img src=x onerror=alert(1)>';
    expect(asanaTaskPane.find(doc, url)[0]?.title).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('.TaskPane img')).toBeNull();
  });

  it('finds the pane again after Asana re-renders it', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    const pane = doc.querySelector('.TaskPane');
    const copy = pane?.cloneNode(true) as Element;
    pane?.replaceWith(copy);
    const [item] = asanaTaskPane.find(doc, url);
    expect(item?.container).toBe(copy);
    expect(item?.anchor).toBe(copy.querySelector('.TaskPane-titleRow'));
  });

  it.each(fixtureFiles('asana').filter((file) => file !== 'task-pane.html'))('finds nothing on %s', (file) => {
    const { doc, url } = loadFixture('asana', file);
    expect(asanaTaskPane.find(doc, url)).toEqual([]);
  });
});
