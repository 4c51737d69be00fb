/** A bar filled to a share (0..1); the number beside it says the same in words, so the bar is hidden from screen readers. */
export function ShareBar({ ratio }: { ratio: number }) {
  return (
    <span class="share-bar" aria-hidden="true">
      <span style={{ width: `${Math.round(Math.min(1, Math.max(0, ratio)) * 100)}%` }} />
    </span>
  );
}
