// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ObjectivePicker, type ObjectivePickerProps } from '../../../components/ObjectivePicker';
import type { PickerObjective } from '../../../lib/messages/responses';
import { renderContainer } from '../render-container';

const objective = (code: string, title: string): PickerObjective => ({
  id: `ob-${code.toLowerCase()}`,
  code,
  title,
  status: 'active',
  archived: false,
  targets: [],
});
const OBJECTIVES = [objective('GROW-1', 'Grow revenue'), objective('GROW-3', 'Grow the partner channel')];

const container = renderContainer();

function picker(objectives: readonly PickerObjective[] | null, onLink: ObjectivePickerProps['onLink']) {
  return (
    <ObjectivePicker
      subject="PAY-1"
      objectives={objectives}
      linked={new Map()}
      onLink={onLink}
      onUnlink={() => {}}
      onExclude={() => {}}
      onClose={() => {}}
    />
  );
}

async function type(value: string): Promise<void> {
  const input = container().querySelector('input')!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(key: string): Promise<void> {
  await act(() => {
    container()
      .querySelector('input')!
      .dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

/** Searches for GROW-3 and presses Enter while the objectives are still loading. */
async function enterWhileLoading(onLink: ObjectivePickerProps['onLink']): Promise<void> {
  await act(() => render(picker(null, onLink), container()));
  await type('GROW-3');
  await press('Enter');
}

describe('the objective picker', () => {
  it('links the best match on Enter', async () => {
    const onLink = vi.fn();
    await act(() => render(picker(OBJECTIVES, onLink), container()));
    await type('GROW-3');
    await press('Enter');
    expect(onLink).toHaveBeenCalledWith('ob-grow-3', undefined);
  });

  it('keeps an Enter pressed before the objectives came, and links the best match once they are here', async () => {
    const onLink = vi.fn();
    await enterWhileLoading(onLink);
    expect(onLink).not.toHaveBeenCalled();
    await act(() => render(picker(OBJECTIVES, onLink), container()));
    expect(onLink).toHaveBeenCalledTimes(1);
    expect(onLink).toHaveBeenCalledWith('ob-grow-3', undefined);
  });

  it('drops a waiting Enter when the search changes after it', async () => {
    const onLink = vi.fn();
    await enterWhileLoading(onLink);
    await type('GROW');
    await act(() => render(picker(OBJECTIVES, onLink), container()));
    expect(onLink).not.toHaveBeenCalled();
  });
});
