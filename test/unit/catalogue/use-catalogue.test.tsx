// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '../../../lib/catalogue/catalogue-view';
import { renderContainer } from '../render-container';

const { send, watchCatalogue } = vi.hoisted(() => ({ send: vi.fn(), watchCatalogue: vi.fn() }));
vi.mock('../../../lib/messages/client', () => ({ send }));
vi.mock('../../../lib/catalogue/live-catalogue', () => ({ watchCatalogue }));

const { useCatalogue } = await import('../../../components/catalogue/use-catalogue');

const objective = (id: string) => ({ id, code: id.toUpperCase(), title: id, status: 'active' as const });
const VIEW = {
  objectives: [objective('ob-first')],
  themes: [],
  targets: [],
  measurements: [],
  staleAfterDays: 30,
  objectivesWithWork: ['ob-first'],
};

let shown: (Catalogue | undefined)[];
function Probe() {
  shown.push(useCatalogue());
  return null;
}

beforeEach(() => {
  shown = [];
  send.mockReset();
  watchCatalogue.mockReset();
});
const container = renderContainer();

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));

describe('useCatalogue', () => {
  it('shows the background’s answer first, then keeps current through the database once that is on screen', async () => {
    let reply: (value: unknown) => void = () => {};
    send.mockReturnValue(new Promise((resolve) => (reply = resolve)));
    let live: (catalogue: Catalogue) => void = () => {};
    const stop = vi.fn();
    watchCatalogue.mockImplementation((onCatalogue) => {
      live = onCatalogue;
      return stop;
    });
    act(() => render(<Probe />, container()));
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'catalogueView' });
    // The database code waits for the first answer.
    expect(watchCatalogue).not.toHaveBeenCalled();
    expect(shown.at(-1)).toBeUndefined();

    reply({ ok: true, data: VIEW });
    await settle();
    expect(shown.at(-1)?.objectives.map((record) => record.id)).toEqual(['ob-first']);
    expect([...(shown.at(-1)?.served ?? [])]).toEqual(['ob-first']);
    await vi.waitFor(() => expect(watchCatalogue).toHaveBeenCalledTimes(1));

    const changed: Catalogue = { ...VIEW, objectives: [objective('ob-later')], served: new Set() };
    act(() => live(changed));
    expect(shown.at(-1)).toBe(changed);

    act(() => render(null, container()));
    expect(stop).toHaveBeenCalled();
  });

  it('falls back to the database alone when the background refuses', async () => {
    let reply: (value: unknown) => void = () => {};
    send.mockReturnValue(new Promise((resolve) => (reply = resolve)));
    act(() => render(<Probe />, container()));
    await settle();
    reply({ ok: false, error: 'Throughline is not reachable' });
    await settle();
    expect(shown.at(-1)).toBeUndefined();
    await vi.waitFor(() => expect(watchCatalogue).toHaveBeenCalledTimes(1));
    const fromDatabase: Catalogue = { ...VIEW, served: new Set() };
    act(() => watchCatalogue.mock.calls[0]![0](fromDatabase));
    expect(shown.at(-1)).toBe(fromDatabase);
  });
});
