import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * An element in the document for each test of the file to render into,
 * emptied (unmounting what was rendered, effects cleaned up) and removed
 * after it. Call at the top of a file or a describe.
 */
export function renderContainer(): () => HTMLElement {
  let container: HTMLElement | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    if (!container) return;
    render(null, container);
    container.remove();
    container = undefined;
  });
  return () => {
    if (!container) throw new Error('renderContainer: used outside a test');
    return container;
  };
}
