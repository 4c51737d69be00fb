// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { backgroundLuminance, pageIsDark } from '../../../lib/overlay/page-theme';

describe('page theme', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-color-mode');
    document.body.removeAttribute('style');
  });

  it('reads the luminance of opaque colours and ignores transparent ones', () => {
    expect(backgroundLuminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(backgroundLuminance('rgb(29, 33, 37)')).toBeLessThan(0.2);
    expect(backgroundLuminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(backgroundLuminance('transparent')).toBeNull();
  });

  it("follows Atlassian's colour mode marker first", () => {
    document.documentElement.setAttribute('data-color-mode', 'dark');
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageIsDark(document)).toBe(true);
    document.documentElement.setAttribute('data-color-mode', 'light');
    expect(pageIsDark(document)).toBe(false);
  });

  it('falls back to the page background when there is no marker', () => {
    document.body.style.backgroundColor = 'rgb(22, 26, 29)';
    expect(pageIsDark(document)).toBe(true);
    document.body.style.backgroundColor = 'rgb(250, 251, 252)';
    expect(pageIsDark(document)).toBe(false);
  });
});
