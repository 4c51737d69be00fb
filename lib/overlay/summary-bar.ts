import { h, render } from 'preact';
import { SummaryBar, type SummaryBarProps } from '../../components/overlay/SummaryBar';
import { adoptFloatingStyles } from './floating-styles';

/** Summary roots given the bar's styles: the content script made them with the chips' alone. */
const styled = new WeakSet<ShadowRoot>();

/** Draws the summary's bar into its shadow root, or clears it (`null`). */
export function drawSummaryBar(root: ShadowRoot, props: SummaryBarProps | null): void {
  if (props && !styled.has(root)) {
    styled.add(root);
    adoptFloatingStyles(root);
  }
  render(props && h(SummaryBar, props), root);
}
