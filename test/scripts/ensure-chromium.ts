import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium } from '../e2e/harness/find-chromium';

const HOW_TO_INSTALL = `Install a Chromium-family browser, or point CHROME_PATH at one:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  Fedora:         sudo dnf install -y chromium
  Arch:           sudo pacman -S chromium
  macOS:          brew install --cask chromium
Branded Google Chrome 137 and later ignores --load-extension; prefer Chromium.`;

/**
 * The browser the e2e tests and the demo drive. When none is found on
 * Debian or Ubuntu as root (CI containers), Debian's `chromium` is installed;
 * elsewhere this throws with how to install one.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH)
    throw new Error(`CHROME_PATH is ${process.env.CHROME_PATH}, which is not an executable.`);
  if (!isDebianFamily() || process.getuid?.() !== 0)
    throw new Error(`No Chromium-family browser found.\n${HOW_TO_INSTALL}`);
  log('No Chromium-family browser found: installing Debian’s chromium (apt-get install -y chromium)…');
  aptInstall('chromium', HOW_TO_INSTALL);
  const installed = findChromium();
  if (!installed) throw new Error(`chromium was installed but is not on PATH.\n${HOW_TO_INSTALL}`);
  log(`Installed ${installed}.`);
  return installed;
}

/**
 * The fonts the saved pages were laid out in: their text falls back to the
 * browser's default fonts (Times New Roman, Arial), which Liberation's fonts
 * stand in for with the same metrics. With only DejaVu's wider fonts, rows of
 * three saved Jira Cloud pages come within a chip's dot of wrapping, and the
 * layout checks (test/e2e/layout.e2e.ts) measure the fixture rather than the
 * chips. Installed like the browser, where it can be; a warning elsewhere.
 */
export function ensureFonts(log: (line: string) => void = console.log): void {
  if (hasFont('Liberation Serif') && hasFont('Liberation Sans')) return;
  if (!isDebianFamily() || process.getuid?.() !== 0) {
    log('Liberation fonts not found: the layout checks may report rows that wrap under wider fallback fonts.');
    return;
  }
  log('Liberation fonts not found: installing Debian’s fonts-liberation…');
  aptInstall('fonts-liberation');
}

/** Installs one Debian package, without the ones it only recommends; throws, with `help` if given, when apt-get fails. */
function aptInstall(name: string, help?: string): void {
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', name]]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed.${help ? `\n${help}` : ''}`);
  }
}

function hasFont(family: string): boolean {
  const listed = spawnSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' });
  return listed.status === 0 && listed.stdout.trim() !== '';
}

function isDebianFamily(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

// As a CLI (`tsx test/scripts/ensure-chromium.ts`): prints the browser's path, or why there is none and exits 1.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(ensureChromium());
    ensureFonts();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
