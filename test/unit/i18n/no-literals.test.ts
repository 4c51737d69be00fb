import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

/**
 * The pseudo-locale test sees what the pages show in the states it renders;
 * this one reads the source for words that could reach a user any other way
 * (an error branch, a state no test renders) without the message catalogue.
 * A template's values show as "…".
 */

const ROOT = join(import.meta.dirname, '../../..');

// Adapters match the trackers' own markup, English labels included: facts about their pages, not our words.
const FOLDERS = ['lib', 'components', 'entrypoints'];
const SKIPPED_FOLDERS = ['lib/trackers'];

/** Words that stay as they are, each with why. */
const KEPT: { file: string; text: string; why: string }[] = [
  { file: 'lib/catalogue/labels.ts', text: 'Azure DevOps', why: 'a product name' },
  { file: 'components/links/tracker-names.ts', text: 'Azure DevOps', why: 'a product name' },
  { file: 'lib/sites/tracker-labels.ts', text: 'Jira Data Center / Server', why: 'a product name' },
  { file: 'lib/sites/tracker-labels.ts', text: 'Azure DevOps Server', why: 'a product name' },
  { file: 'lib/facts/jira-api.ts', text: 'key in (…)', why: 'a JQL query sent to Jira' },
  { file: 'lib/facts/jira-api.ts', text: 'Epic Link', why: "the name of Jira's own field" },
  { file: 'lib/facts/facts-error.ts', text: 'a web page instead of data', why: 'caught inside: never shown' },
  { file: 'lib/facts/facts-error.ts', text: 'no such endpoint', why: 'caught inside: never shown' },
  { file: 'lib/overlay/extension-api.ts', text: 'No extension API here', why: 'no catalogue without the API' },
  { file: 'lib/report/report-tables.ts', text: 'checked in', why: 'a CSV column name, kept stable for tools' },
];

/** Files whose words are someone else's, each with why. */
const KEPT_FILES: { file: string; why: string }[] = [
  {
    file: 'lib/db/chunked-tables.ts',
    why: "IndexedDB's own errors, worded as the browser words them: callers tell them apart by name, and one would reach a user only quoted in a failure, as the browser's own would",
  },
];

// Calls whose strings are not words for the user: the catalogue itself, the console, selectors, DOM names.
const QUIET_CALLS =
  /^(t|tPlural|lookUp|messageParts|querySelector|querySelectorAll|closest|matches|debug|error|warn|log|info|createElement|setAttribute|getAttribute|hasAttribute|removeAttribute|addEventListener|removeEventListener)$/;
// Attributes that hold names for the browser, not words for the user.
const QUIET_ATTRIBUTES = /^(class|className|rel|target|type|href|role|d|viewBox|points|id|for|htmlFor|name|data-.*)$/;

const WORDS = /[A-Za-z]{2,}[’']?[a-z]*\s+[A-Za-z]{2,}/;
const SENTENCE = /\b[A-Za-z][a-z]+ [a-z]{2,} [a-z]{2,}\b/;

/** Class lists and selectors, which hold words but no sentence. */
function isMarkupName(text: string): boolean {
  if (text.split(/\s+/).every((token) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(token) || token === '')) return true;
  return /[>[\]=.#:]/.test(text) && !SENTENCE.test(text);
}

function sources(dir: string): string[] {
  if (SKIPPED_FOLDERS.includes(dir)) return [];
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Node {
  type: string;
  [key: string]: unknown;
}

function calleeName(node: Node): string {
  const callee = node.callee as Node;
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression') {
    const object = callee.object as Node;
    if (object.type === 'Identifier' && object.name === 'console') return 'log';
    const property = callee.property as Node;
    return property.type === 'Identifier' ? (property.name as string) : '';
  }
  return '';
}

/** Whether a string at the end of `ancestors` is a name rather than words for the user. */
function isQuiet(ancestors: readonly Node[], node: Node): boolean {
  const parent = ancestors.at(-1);
  if ((parent?.type === 'ObjectProperty' || parent?.type === 'ObjectMethod') && parent.key === node) return true;
  for (const ancestor of [...ancestors].reverse()) {
    if (
      ancestor.type.startsWith('TS') &&
      ancestor.type !== 'TSAsExpression' &&
      ancestor.type !== 'TSSatisfiesExpression'
    )
      return true;
    if (/^(Import|Export(All|Named))Declaration$/.test(ancestor.type) && ancestor.source) return true;
    if (ancestor.type === 'JSXAttribute') return QUIET_ATTRIBUTES.test(String((ancestor.name as Node).name ?? ''));
    if (ancestor.type === 'CallExpression' || ancestor.type === 'NewExpression')
      return QUIET_CALLS.test(calleeName(ancestor));
  }
  return false;
}

function literalsOf(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8');
  const ast = parse(code, { sourceType: 'module', plugins: ['typescript', 'jsx'] }) as unknown as Node;
  const found: string[] = [];
  const visit = (node: Node, ancestors: Node[]) => {
    let text: string | null = null;
    if (node.type === 'StringLiteral') text = node.value as string;
    else if (node.type === 'TemplateLiteral')
      text = (node.quasis as { value: { cooked: string } }[]).map((quasi) => quasi.value.cooked).join('…');
    else if (node.type === 'JSXText' && /[A-Za-z]{2,}/.test(node.value as string))
      found.push((node.value as string).trim());
    if (text !== null && WORDS.test(text) && !isMarkupName(text) && !isQuiet(ancestors, node)) found.push(text);
    ancestors.push(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      for (const child of Array.isArray(value) ? value : [value])
        if (child && typeof child === 'object' && typeof (child as Node).type === 'string')
          visit(child as Node, ancestors);
    }
    ancestors.pop();
  };
  visit(ast, []);
  return found;
}

describe('the source', () => {
  it('holds no words for the user outside the message catalogue', () => {
    const found = FOLDERS.flatMap(sources)
      .filter((file) => !KEPT_FILES.some((kept) => kept.file === file))
      .flatMap((file) =>
        literalsOf(file)
          .filter((text) => !KEPT.some((kept) => kept.file === file && kept.text === text))
          .map((text) => `${file}: ${text}`),
      );
    expect(found).toEqual([]);
  });

  it('keeps only words that are still there', () => {
    for (const kept of KEPT) expect(literalsOf(kept.file), kept.file).toContain(kept.text);
    for (const kept of KEPT_FILES) expect(literalsOf(kept.file), kept.file).not.toEqual([]);
  });
});
