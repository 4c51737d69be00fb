// @vitest-environment happy-dom
import { type ComponentChildren, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../../components/workspace/lazy-component';

function Shown({ arg }: { arg: string }) {
  return <p>shown {arg}</p>;
}

/** A load the test finishes when it wants. */
function deferredLoad() {
  let finish!: (value: typeof Shown) => void;
  let fail!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<typeof Shown>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
  );
  return { load, finish: (value = Shown) => finish(value), fail: (error: Error) => fail(error) };
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
/** Renders and runs the effects, as a browser does after a paint. */
const show = (ui: ComponentChildren) => act(() => render(ui, document.body));

describe('a section loaded when first shown', () => {
  afterEach(() => render(null, document.body));

  it('shows nothing until its script is in, then the section with its route argument', async () => {
    const { load, finish } = deferredLoad();
    const Section = lazyComponent(load);
    await show(<Section arg="objective=ob-1" />);
    await flush();
    expect(document.body.textContent).toBe('');
    finish();
    await flush();
    expect(document.body.textContent).toBe('shown objective=ob-1');
  });

  it('loads its script once, and shows at once when opened again', async () => {
    const { load, finish } = deferredLoad();
    const Section = lazyComponent(load);
    await show(
      <>
        <Section arg="a" />
        <Section arg="b" />
      </>,
    );
    finish();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    render(null, document.body);
    // In the same task as the render: no effect or promise has run yet.
    render(<Section arg="c" />, document.body);
    expect(document.body.textContent).toBe('shown c');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says when its script cannot load, and tries again when opened again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = deferredLoad();
    const load = vi.fn(first.load);
    const Section = lazyComponent(() => load());
    await show(<Section arg="" />);
    await flush();
    first.fail(new Error('Failed to fetch dynamically imported module'));
    await flush();
    expect(document.body.querySelector('[role="alert"]')?.textContent).toMatch(/could not load/);
    render(null, document.body);
    load.mockImplementation(async () => Shown);
    await show(<Section arg="again" />);
    await flush();
    expect(document.body.textContent).toBe('shown again');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('a component loaded ahead of being shown', () => {
  afterEach(() => render(null, document.body));

  it('loads on preload without being shown, then shows at once', async () => {
    const { load, finish } = deferredLoad();
    const Dialog = lazyComponent(load);
    Dialog.preload();
    Dialog.preload();
    expect(load).toHaveBeenCalledTimes(1);
    finish();
    await flush();
    render(<Dialog arg="ready" />, document.body);
    expect(document.body.textContent).toBe('shown ready');
  });
});
