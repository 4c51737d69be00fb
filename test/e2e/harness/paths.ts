import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the tests or scripts are started from. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The e2e build (`npm run build:e2e`): it also grants the fixture hosts that stand in for self-hosted sites. */
export const E2E_EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3-e2e');

export const FIXTURES_DIR = resolve(REPO_ROOT, 'test/fixtures');

export const SAMPLE_PACK_PATH = resolve(FIXTURES_DIR, 'sample-pack.json');
