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
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed.\n${HOW_TO_INSTALL}`);
  }
  const installed = findChromium();
  if (!installed) throw new Error(`chromium was installed but is not on PATH.\n${HOW_TO_INSTALL}`);
  log(`Installed ${installed}.`);
  return installed;
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
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
