import { describe, expect, it } from 'vitest';
import {
  asanaGid,
  isAsanaPage,
  projectGidFromUrl,
  taskGidFromHref,
  taskGidFromUrl,
  taskUrl,
} from '../../../../lib/trackers/asana-url';

const P = '1209000000000001';
const T = '1209000000000101';
const S = '1209000000000231';
const W = '1209000000000900';

describe('Asana URLs', () => {
  it.each([
    [`/0/${P}/${T}`, T, P],
    [`/0/${P}/${T}/f`, T, P],
    [`/0/${P}/${T}?child=${S}`, S, P],
    [`/0/0/${T}`, T, null],
    [`/1/${W}/project/${P}/task/${T}`, T, P],
    [`/1/${W}/project/${P}/task/${T}?focus=true`, T, P],
    [`/1/${W}/task/${T}`, T, null],
    [`/1/${W}/task/${T}?child=${S}`, S, null],
    [`/0/${P}/list`, null, P],
    [`/0/${P}/board`, null, P],
    [`/0/${P}/timeline`, null, P],
    [`/1/${W}/project/${P}/list`, null, P],
    [`/1/${W}/project/${P}/board/1209000000000777`, null, P],
    [`/0/home/${W}`, null, null],
    [`/0/inbox/${W}`, null, null],
    [`/0/inbox/${W}/1209000000000333/${T}`, null, null],
    [`/0/search/${W}/1209000000000444`, null, null],
    [`/0/portfolio/${W}/list`, null, null],
    [`/1/${W}/home`, null, null],
    ['/', null, null],
    [`/0/${P}/${T}?child=not-a-gid`, T, P],
    [`/0/${P}/javascript:alert(1)`, null, P],
    [`/0/${P}/0123`, null, P],
  ])('%s opens task %s in project %s', (path, task, project) => {
    const url = new URL(path, 'https://app.asana.com');
    expect(taskGidFromUrl(url)).toBe(task);
    expect(projectGidFromUrl(url)).toBe(project);
  });

  it('reads the task of a link, relative or absolute, and only on Asana', () => {
    const page = new URL(`https://app.asana.com/0/${P}/list`);
    expect(taskGidFromHref(`/0/${P}/${T}`, page)).toBe(T);
    expect(taskGidFromHref(`https://app.asana.com/1/${W}/task/${T}`, page)).toBe(T);
    expect(taskGidFromHref(`/0/${P}/list`, page)).toBeNull();
    expect(taskGidFromHref(`https://evil.example/0/${P}/${T}`, page)).toBeNull();
    expect(taskGidFromHref(`javascript:location='/0/${P}/${T}'`, page)).toBeNull();
    expect(taskGidFromHref(undefined, page)).toBeNull();
  });

  it('accepts only gids', () => {
    expect(asanaGid(` ${T} `)).toBe(T);
    expect(asanaGid('0')).toBeNull();
    expect(asanaGid('')).toBeNull();
    expect(asanaGid('12a')).toBeNull();
    expect(asanaGid('-5')).toBeNull();
    expect(asanaGid('1'.repeat(21))).toBeNull();
    expect(asanaGid(null)).toBeNull();
  });

  it('builds task URLs from gids, with "no project" spelled 0', () => {
    expect(taskUrl(T, P)).toBe(`https://app.asana.com/0/${P}/${T}`);
    expect(taskUrl(T, null)).toBe(`https://app.asana.com/0/0/${T}`);
  });

  it('knows Asana by its host', () => {
    expect(isAsanaPage(new URL('https://app.asana.com/0/home/1'))).toBe(true);
    expect(isAsanaPage(new URL('https://asana.com/pricing'))).toBe(false);
    expect(isAsanaPage(new URL('https://app.asana.com.evil.example/0/1/2'))).toBe(false);
  });
});
