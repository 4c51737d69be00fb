import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../lib/i18n/catalogue';
import {
  buildMessageTable,
  fillIn,
  installedMessages,
  installMessageTable,
  uninstallMessageTable,
} from '../../../lib/i18n/message-table';
import { tPlural } from '../../../lib/i18n/plural';
import english from '../../../public/_locales/en/messages.json';
import { getMessage } from './catalogue-stub';

const KEYS = Object.keys(english);
const SUBSTITUTIONS = ['one', '$2 and $$', '3', '', 'five', 'six', 'seven', 'eight', 'nine'];

afterEach(() => {
  uninstallMessageTable();
  vi.restoreAllMocks();
});

describe('message table', () => {
  it('words every message of the catalogue as the browser does, whatever is put into it', () => {
    const table = buildMessageTable(KEYS, getMessage);
    expect(Object.keys(table)).toHaveLength(KEYS.length);
    for (const key of KEYS) {
      expect(fillIn(table[key]!, SUBSTITUTIONS), key).toBe(getMessage(key, SUBSTITUTIONS));
      expect(fillIn(table[key]!, []), key).toBe(getMessage(key, []));
    }
  });

  it('leaves out what the browser does not have', () => {
    expect(buildMessageTable(['chipDom_addObjective', 'no_such_key'], getMessage)).toEqual({
      chipDom_addObjective: getMessage('chipDom_addObjective'),
    });
  });

  it('once installed, answers every lookup without asking the browser, a missing message as its key', () => {
    const asked = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    const expected = {
      plain: t('chipDom_addObjective'),
      filled: t('objectiveWording_meanOfBenefitTargets', 3),
      plural: tPlural('headline_ofSeenItemsAligned', 2, 1, 5),
    };
    asked.mockClear();
    installMessageTable(buildMessageTable(KEYS, getMessage));
    expect(t('chipDom_addObjective')).toBe(expected.plain);
    expect(t('objectiveWording_meanOfBenefitTargets', 3)).toBe(expected.filled);
    expect(tPlural('headline_ofSeenItemsAligned', 2, 1, 5)).toBe(expected.plural);
    expect(t('no_such_key' as never)).toBe('no_such_key');
    expect(asked).not.toHaveBeenCalled();
  });

  it('keeps only text from what the port brought', () => {
    installMessageTable({ good: 'Good', bad: 42 } as never);
    expect([...(installedMessages() ?? [])]).toEqual([['good', 'Good']]);
  });
});
