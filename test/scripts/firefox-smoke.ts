/**
 * `npm run test:firefox`: the Firefox build, linted and run. `web-ext lint`
 * must find no error and no warning beyond the documented ones of libraries
 * (README); then Firefox ESR, headless, loads the extension with `web-ext
 * run`, and through Firefox's remote debugging protocol the background is
 * asked whether it started (it opened its database, which it does after
 * registering its message listener) and whether it met any error.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';
import { REPO_ROOT } from '../e2e/harness/paths';
import { FirefoxRdp, type Packet } from './firefox-rdp';

const SOURCE_DIR = resolve(REPO_ROOT, '.output/firefox-mv2');
const ADDON_ID = 'throughline@throughline.app';
/**
 * Warnings of library code, not ours: Preact's support for dangerouslySetInnerHTML
 * (never used here) and the guarded `new Function` probes of Zod and Dexie.
 */
const LIBRARY_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT', 'DANGEROUS_EVAL']);
const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

function lint(): string[] {
  const output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE_DIR, '--output', 'json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  const report = JSON.parse(output) as Record<
    'errors' | 'warnings',
    { code: string; file?: string; message: string }[]
  >;
  return [
    ...report.errors.map((error) => `error ${error.code} in ${error.file ?? 'the manifest'}: ${error.message}`),
    ...report.warnings
      .filter((warning) => !LIBRARY_WARNINGS.has(warning.code))
      .map((warning) => `warning ${warning.code} in ${warning.file ?? 'the manifest'}: ${warning.message}`),
  ];
}

/** Errors the background met, as Firefox's console resources report them (those before watching included). */
function describeErrors(packet: Packet): string[] {
  const groups = (packet.array ?? []) as [string, Record<string, unknown>[]][];
  return groups.flatMap(([type, resources]) =>
    resources.flatMap((resource) => {
      const pageError = resource.pageError as { errorMessage?: string; warning?: boolean } | undefined;
      const message = resource.message as { level?: string; arguments?: unknown[] } | undefined;
      if (type === 'error-message' && pageError && !pageError.warning)
        return [`background error: ${pageError.errorMessage}`];
      if (type === 'console-message' && message?.level === 'error')
        return [`background logged an error: ${JSON.stringify(message.arguments)}`];
      return [];
    }),
  );
}

/** Looks into the extension's background over the debugging protocol: errors met, and whether it listens. */
async function inspectBackground(rdp: FirefoxRdp): Promise<string[]> {
  rdp.send({ to: 'root', type: 'listAddons' });
  const { addons } = (await rdp.next((packet) => packet.from === 'root' && 'addons' in packet)) as {
    addons: { id: string; actor: string }[];
  };
  const addon = addons.find((candidate) => candidate.id === ADDON_ID);
  if (!addon) return [`${ADDON_ID} is not installed`];
  rdp.send({
    to: addon.actor,
    type: 'getWatcher',
    isServerTargetSwitchingEnabled: true,
    isPopupDebuggingEnabled: false,
  });
  const watcher = String((await rdp.next((packet) => packet.from === addon.actor && 'actor' in packet)).actor);
  rdp.send({ to: watcher, type: 'watchTargets', targetType: 'frame' });
  // Devtools' own fallback document comes first; the background page is the extension's own document.
  const available = await rdp.next(
    (packet) =>
      packet.from === watcher &&
      packet.type === 'target-available-form' &&
      String((packet.target as { url?: string }).url).startsWith('moz-extension://'),
  );
  const consoleActor = (available.target as { consoleActor: string }).consoleActor;
  const errors: string[] = [];
  rdp.onPacket((packet) => {
    if (packet.from === watcher && packet.type === 'resources-available-array') errors.push(...describeErrors(packet));
  });
  rdp.send({ to: watcher, type: 'watchResources', resourceTypes: ['console-message', 'error-message'] });
  // The background started as the add-on was installed; give its main() and first reads a moment.
  await new Promise((done) => setTimeout(done, 2_000));
  // Starting, the background registers its message listener and then opens its database: the database is the proof.
  const evaluate = async (text: string) => {
    rdp.send({ to: consoleActor, type: 'evaluateJSAsync', text });
    return rdp.next((packet) => packet.from === consoleActor && packet.type === 'evaluationResult');
  };
  // Promises are not awaited by an evaluation: the answer is left on the page and read by a second one.
  await evaluate(
    'indexedDB.databases().then((all) => { globalThis.__databases = all.map((database) => database.name).join(","); })',
  );
  await new Promise((done) => setTimeout(done, 500));
  const result = await evaluate('globalThis.__databases');
  const databases = typeof result.result === 'string' ? result.result.split(',') : [];
  const started = databases.includes('throughline');
  const why = result.exceptionMessage ? ` (${String(result.exceptionMessage)})` : '';
  return [...(started ? [] : [`the background did not open its database: it did not start${why}`]), ...errors];
}

async function smokeRun(firefox: string): Promise<string[]> {
  const runner = await webExt.cmd.run(
    { sourceDir: SOURCE_DIR, firefox, noReload: true, noInput: true, args: ['--headless'] },
    { shouldExitProgram: false },
  );
  const firefoxRunner = runner.extensionRunners[0];
  if (!firefoxRunner) throw new Error('web-ext started no Firefox');
  const rdp = await FirefoxRdp.connect(firefoxRunner.runningInfo.debuggerPort);
  try {
    return await inspectBackground(rdp);
  } finally {
    rdp.close();
    await runner.exit();
  }
}

async function main(): Promise<number> {
  const firefox = FIREFOX_CANDIDATES.find((path): path is string => path !== undefined && existsSync(path));
  if (!firefox) {
    console.error('No Firefox found: install firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH.');
    return 1;
  }
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: REPO_ROOT, stdio: 'ignore' });
  const problems = [...lint(), ...(await smokeRun(firefox))];
  for (const problem of problems) console.error(problem);
  console.log(
    problems.length === 0 ? `Firefox: lint clean and the background started in ${firefox}.` : 'Firefox: FAILED',
  );
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
