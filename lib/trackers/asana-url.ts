import { isValidKey } from '../model/item-id';
import { absoluteHttpUrl } from './dom';

/** Asana has one site; every task id is a gid on it. */
export const ASANA_SITE = 'app.asana.com';
const ASANA_ORIGIN = `https://${ASANA_SITE}`;

// Asana writes 0 for "no project" (`/0/0/{task}`), and no gid starts with 0.
const NOT_A_GID = /^0/;
const DIGITS = /^\d+$/;

interface AsanaPath {
  project: string | null;
  task: string | null;
}

/** `text` as a gid, or `null`: page text and URLs are never trusted to be one. */
export function asanaGid(text: string | null | undefined): string | null {
  const gid = text?.trim();
  return gid && isValidKey('asana', gid) && !NOT_A_GID.test(gid) ? gid : null;
}

export function isAsanaPage(url: URL): boolean {
  return url.hostname === ASANA_SITE;
}

/** The task a page URL opens; `?child=` names the subtask opened from its parent. */
export function taskGidFromUrl(url: URL): string | null {
  return asanaGid(url.searchParams.get('child')) ?? readPath(url).task;
}

/** The project a page URL shows or opened the task from. */
export function projectGidFromUrl(url: URL): string | null {
  return readPath(url).project;
}

/** What every item of an Asana view shares: the project in its URL, if any. */
export function asanaPage(url: URL): { project: string | null } {
  return { project: projectGidFromUrl(url) };
}

/** The task a link points to, resolved against the page; `null` for links to anything else. */
export function taskGidFromHref(href: string | null | undefined, base: URL): string | null {
  const url = absoluteHttpUrl(href, base);
  return url && isAsanaPage(url) ? taskGidFromUrl(url) : null;
}

/** A task's own page, built from validated gids rather than read from the page. */
export function taskUrl(gid: string, project: string | null): string {
  return `${ASANA_ORIGIN}/0/${project ?? '0'}/${gid}`;
}

/**
 * Both URL schemes: `/0/{project}/{task}[/f]` (where `/0/home/…`,
 * `/0/inbox/…` and `/0/{project}/list` name no task) and
 * `/1/{workspace}/project/{p}/task/{t}` or `/1/{workspace}/task/{t}`.
 */
function readPath(url: URL): AsanaPath {
  const [scheme, ...rest] = url.pathname.split('/').filter(Boolean);
  if (scheme === '0') {
    const [project, task] = rest;
    if (project === undefined || !DIGITS.test(project)) return { project: null, task: null };
    return { project: asanaGid(project), task: asanaGid(task) };
  }
  if (scheme === '1') {
    const path: AsanaPath = { project: null, task: null };
    // rest[0] is the workspace; names and gids alternate after it.
    for (let i = 1; i < rest.length - 1; i++) {
      if (rest[i] === 'project') path.project = asanaGid(rest[i + 1]);
      if (rest[i] === 'task') path.task = asanaGid(rest[i + 1]);
    }
    return path;
  }
  return { project: null, task: null };
}
