// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it, vi } from 'vitest';
import { useOnChange } from '../../../lib/workspace/use-on-change';
import { renderContainer } from '../render-container';

const container = renderContainer();

function Watcher({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  useOnChange(value, onChange);
  return null;
}

it('is called for each new value, never on mount nor for the same value again', async () => {
  const onChange = vi.fn();
  await act(() => render(<Watcher value="a" onChange={onChange} />, container()));
  await act(() => render(<Watcher value="a" onChange={onChange} />, container()));
  expect(onChange).not.toHaveBeenCalled();
  await act(() => render(<Watcher value="b" onChange={onChange} />, container()));
  await act(() => render(<Watcher value="b" onChange={onChange} />, container()));
  await act(() => render(<Watcher value="a" onChange={onChange} />, container()));
  expect(onChange.mock.calls).toEqual([['b'], ['a']]);
});
