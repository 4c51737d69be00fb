// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { asanaSubtasks } from '../../../../lib/trackers/asana-subtasks';
import { fixtureFiles, itemFor, keys, loadFixture, recreate } from './load';

const PARENT = '1209000000000101';
const SUBTASKS = ['1209000000000231', '1209000000000232', '1209000000000233'];

describe('asana-subtasks', () => {
  it('finds the subtasks listed in the task pane, with their parent', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    const items = asanaSubtasks.find(doc, url);
    expect(keys(items)).toEqual(SUBTASKS);
    const item = itemFor(items, '1209000000000232');
    const row = doc.querySelector('[data-task-id="1209000000000232"]');
    expect(item.ref).toEqual({ tracker: 'asana', site: 'app.asana.com', key: '1209000000000232' });
    expect(item.kind).toBe('row');
    expect(item.container).toBe(row);
    expect(item.anchor).toBe(row?.querySelector('.SubtaskTaskRow-rightChildren'));
    expect(item.placement).toBe('prepend');
    expect(item.title).toBe('Review the pricing copy with marketing');
    expect(item.url).toBe('https://app.asana.com/0/0/1209000000000232');
    expect(item.facts).toEqual({ parent: PARENT });
  });

  it('ignores task links elsewhere in the pane (description, dependencies)', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    expect(keys(asanaSubtasks.find(doc, url))).not.toContain('1209000000000209');
    expect(keys(asanaSubtasks.find(doc, url))).not.toContain('1209000000000102');
  });

  it('gives one item per subtask when a wrapper and its row both carry the gid', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    const row = doc.querySelector('.SubtaskTaskRow[data-task-id="1209000000000231"]');
    row?.parentElement?.setAttribute('data-task-id', '1209000000000231');
    expect(keys(asanaSubtasks.find(doc, url))).toEqual(SUBTASKS);
  });

  it('drops rows whose gid is not one, and places the badge in a row without right-hand children', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    doc.querySelector('[data-task-id="1209000000000231"]')?.setAttribute('data-task-id', 'new');
    const row = doc.querySelector('[data-task-id="1209000000000233"]');
    row?.querySelector('.SubtaskTaskRow-rightChildren')?.remove();
    const items = asanaSubtasks.find(doc, url);
    expect(keys(items)).toEqual(SUBTASKS.slice(1));
    expect(itemFor(items, '1209000000000233').anchor).toBe(row);
    expect(itemFor(items, '1209000000000233').placement).toBe('append');
  });

  it('finds a re-created row again, at its new anchor', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    const copy = recreate(doc.querySelector('[data-task-id="1209000000000232"]') as Element);
    const item = itemFor(asanaSubtasks.find(doc, url), '1209000000000232');
    expect(item.container).toBe(copy);
    expect(item.anchor).toBe(copy.querySelector('.SubtaskTaskRow-rightChildren'));
  });

  it('reads a row handed over as the root', () => {
    const { doc, url } = loadFixture('asana', 'task-pane.html');
    const row = doc.querySelector('[data-task-id="1209000000000233"]') as Element;
    expect(keys(asanaSubtasks.find(row, url))).toEqual(['1209000000000233']);
  });

  it.each(fixtureFiles('asana').filter((file) => file !== 'task-pane.html'))('finds nothing on %s', (file) => {
    const { doc, url } = loadFixture('asana', file);
    expect(asanaSubtasks.find(doc, url)).toEqual([]);
  });
});
