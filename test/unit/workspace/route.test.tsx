// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoute, useRoute } from '../../../lib/workspace/route';

function Where() {
  const route = useRoute();
  return <p>{`${route.section}|${route.arg}`}</p>;
}

describe('useRoute', () => {
  afterEach(() => {
    render(null, document.body);
    history.replaceState(null, '', '#');
  });

  it('parses a section and an argument that holds slashes', () => {
    expect(parseRoute('#objective/ob-grow-2')).toEqual({ section: 'objective', arg: 'ob-grow-2' });
    expect(parseRoute('#search/a%2Fb/c')).toEqual({ section: 'search', arg: 'a/b/c' });
  });

  it('follows a hash that changed after the first render but before it listened', async () => {
    history.replaceState(null, '', '#links');
    render(<Where />, document.body);
    expect(document.body.textContent).toBe('links|');
    // No hashchange event: the change happened while nobody was listening.
    history.replaceState(null, '', '#rules');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(document.body.textContent).toBe('rules|');
  });

  it('follows later changes of the hash', async () => {
    render(<Where />, document.body);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await act(async () => {
      location.hash = '#objective/ob-1';
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(document.body.textContent).toBe('objective|ob-1');
  });
});
