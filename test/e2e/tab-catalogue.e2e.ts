import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import type { ExtensionBrowser } from './harness/extension-browser';
import { launchWithSamplePack } from './harness/pack-ui';
import { readHosts, waitForSummary } from './jira/overlay-probe';

const BOARD_URL = 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string };
}

describe("a tracker tab's message catalogue and number shapes", () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithSamplePack();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('comes over the port: the content script holds every message, and its chips are worded from it', async () => {
    const page = await browser.openPage(BOARD_URL);
    await waitForSummary(page);
    // The content script's own world, which the page cannot see: reached through the DevTools protocol.
    const cdp = await browser.context.newCDPSession(page);
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
    await cdp.send('Runtime.enable');
    const ours = contexts.find((context) => context.auxData?.type === 'isolated' && context.name === 'Throughline');
    expect(ours, contexts.map((context) => context.name).join(', ')).toBeDefined();
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: ours!.id,
      returnByValue: true,
      expression: `(() => {
        const table = globalThis[Symbol.for('throughline.messages')];
        return table ? { size: table.size, addObjective: table.get('chipDom_addObjective') } : null;
      })()`,
    });
    expect(result.value).toEqual({
      size: Object.keys(english).length,
      addObjective: english.chipDom_addObjective.message,
    });
    // With it, how this browser's locale writes whole numbers: read in the background, kept in the tab for its own
    // language, so that no chip or summary makes the tab load the locale's number data (a long task in the page).
    const numbers = await cdp.send('Runtime.evaluate', {
      contextId: ours!.id,
      returnByValue: true,
      expression: `(() => {
        const shapes = globalThis[Symbol.for('throughline.numberShapes')];
        return shapes ? { language: shapes.language, here: navigator.language, digits: shapes.digits.join(''), percent: shapes.percent } : null;
      })()`,
    });
    const shapes = numbers.result.value as { language: string; here: string; digits: string; percent: unknown } | null;
    expect(shapes).not.toBeNull();
    expect(shapes?.language).toBe(shapes?.here);
    expect(shapes?.digits).toBe('0123456789');
    expect(shapes?.percent).toEqual(['', '%']);
    const aligned = (await readHosts(page)).filter((host) => host.state === 'aligned');
    expect(aligned.length).toBeGreaterThan(0);
    expect(aligned.every((host) => /[A-Z]+-\d+/.test(host.text))).toBe(true);
    await page.close();
  });
});
