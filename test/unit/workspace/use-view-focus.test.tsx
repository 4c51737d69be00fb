// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useViewFocus } from '../../../lib/workspace/use-view-focus';
import { renderContainer } from '../render-container';

/** A view whose heading is drawn as a different element while its data is missing, as an objective's page is. */
function View({ view, found }: { view: string; found: boolean }) {
  useViewFocus(view, 'heading', String(found));
  return (
    <main>
      <button type="button">Opener</button>
      {found ? (
        <article>
          <h2 id="heading" tabIndex={-1}>
            {view}
          </h2>
        </article>
      ) : (
        <section>
          <h2 id="heading" tabIndex={-1}>
            Not found
          </h2>
        </section>
      )}
    </main>
  );
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const container = renderContainer();

describe('useViewFocus', () => {
  it('leaves the focus alone on the view the page opens on', async () => {
    act(() => render(<View view="list" found />, container()));
    await nextFrame();
    expect(document.activeElement).toBe(document.body);
  });

  it('moves the focus to the heading after the frame when the view changes', async () => {
    act(() => render(<View view="list" found />, container()));
    act(() => render(<View view="objective/a" found />, container()));
    expect(document.activeElement).toBe(document.body);
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('objective/a');
  });

  it('gives the focus to the heading drawn anew when the data arrives after the move', async () => {
    act(() => render(<View view="list" found />, container()));
    act(() => render(<View view="objective/new" found={false} />, container()));
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Not found');
    act(() => render(<View view="objective/new" found />, container()));
    expect(document.activeElement?.textContent).toBe('objective/new');
  });

  it('does not take the focus from where the user put it when the heading is drawn anew', async () => {
    act(() => render(<View view="list" found />, container()));
    act(() => render(<View view="objective/new" found={false} />, container()));
    await nextFrame();
    container().querySelector('button')!.focus();
    act(() => render(<View view="objective/new" found />, container()));
    expect(document.activeElement?.textContent).toBe('Opener');
  });

  it('takes no focus when the heading of the first view is drawn anew', async () => {
    act(() => render(<View view="objective/a" found={false} />, container()));
    act(() => render(<View view="objective/a" found />, container()));
    await nextFrame();
    expect(document.activeElement).toBe(document.body);
  });
});
