// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HOST_TAG, hostsAt } from '../../../lib/overlay/host-elements';

function anchorWith(html: string): Element {
  document.body.innerHTML = `<div id="before"></div><div id="anchor">${html}</div><div id="after"></div>`;
  return document.getElementById('anchor')!;
}

describe('hosts where an anchor would have its host', () => {
  it('finds, inside an anchor, only hosts that are its own children, in their order', () => {
    const anchor = anchorWith(
      `<span>PAY-1</span><${HOST_TAG} id="first"></${HOST_TAG}><div><${HOST_TAG} id="nested"></${HOST_TAG}></div><${HOST_TAG} id="second"></${HOST_TAG}>`,
    );
    expect(hostsAt(anchor, 'append').map((host) => host.id)).toEqual(['first', 'second']);
    expect(hostsAt(anchor, 'prepend').map((host) => host.id)).toEqual(['first', 'second']);
  });

  it('finds none inside an anchor that has no host child, whatever its other children', () => {
    const anchor = anchorWith(`<span>PAY-1</span><img alt=""><div><${HOST_TAG}></${HOST_TAG}></div>`);
    expect(hostsAt(anchor, 'append')).toEqual([]);
    expect(hostsAt(anchorWith(''), 'prepend')).toEqual([]);
  });

  it('looks at no child of an anchor that holds no host', () => {
    const anchor = anchorWith('<span>PAY-1</span><img alt="">');
    let looked = 0;
    Object.defineProperty(anchor, 'firstElementChild', {
      get() {
        looked++;
        return null;
      },
    });
    expect(hostsAt(anchor, 'append')).toEqual([]);
    expect(hostsAt(anchor, 'prepend')).toEqual([]);
    expect(looked).toBe(0);
  });

  it('finds a host beside an anchor only next to it, on the side its placement puts it', () => {
    const anchor = anchorWith('');
    anchor.after(document.createElement(HOST_TAG));
    expect(hostsAt(anchor, 'after')).toHaveLength(1);
    expect(hostsAt(anchor, 'before')).toEqual([]);
    anchor.nextElementSibling!.remove();
    anchor.before(document.createElement(HOST_TAG));
    expect(hostsAt(anchor, 'before')).toHaveLength(1);
    expect(hostsAt(anchor, 'after')).toEqual([]);
  });
});
