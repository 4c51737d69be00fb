import { h, render } from 'preact';
import { SummaryBar, type SummaryBarProps } from '../../components/overlay/SummaryBar';

/** Draws the summary's bar into its shadow root, or clears it (`null`). */
export function drawSummaryBar(root: ShadowRoot, props: SummaryBarProps | null): void {
  render(props && h(SummaryBar, props), root);
}
