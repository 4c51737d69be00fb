import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionOf } from '../../../components/workspace/sections';

describe('sectionOf', () => {
  it('finds a section by its id', () => {
    expect(sectionOf('links').id).toBe('links');
    expect(sectionOf('pack').id).toBe('pack');
  });

  it("finds the section that answers another route's name", () => {
    expect(sectionOf('objective').id).toBe('objectives');
  });

  it('falls back to the first section, where the workspace opens', () => {
    expect(sectionOf('').id).toBe(SECTIONS[0]!.id);
    expect(sectionOf('no-such-section').id).toBe(SECTIONS[0]!.id);
  });

  it('gives a section whose script can be started before it is shown', () => {
    expect(typeof sectionOf('links').component.preload).toBe('function');
  });
});
