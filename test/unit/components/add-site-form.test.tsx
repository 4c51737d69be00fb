// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AddSiteForm } from '../../../components/sites/AddSiteForm';
import { renderContainer } from '../render-container';

const container = renderContainer();

const input = () => container().querySelector<HTMLInputElement>('input[type="text"]')!;

function typeInto(value: string): void {
  input().value = value;
  input().dispatchEvent(new Event('input', { bubbles: true }));
}

/** Long enough for Preact's effects, which wait for the next frame. */
const afterEffects = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('AddSiteForm', () => {
  it('keeps what was typed before its first effects ran', async () => {
    render(<AddSiteForm initialAddress="" sites={[]} />, container());
    typeInto('https://jira.example.test/browse/PAY-7');
    await afterEffects();
    expect(input().value).toBe('https://jira.example.test/browse/PAY-7');
  });

  it('takes a new address from the link in place of what was typed', async () => {
    await act(() => render(<AddSiteForm initialAddress="" sites={[]} />, container()));
    await act(() => typeInto('https://typed.example.test'));
    await act(() => render(<AddSiteForm initialAddress="https://jira.example.test" sites={[]} />, container()));
    expect(input().value).toBe('https://jira.example.test');
  });
});
