import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `onChange` when `value` differs from the one the component mounted
 * with, never on mount. A state set from a prop in a plain effect would be
 * set again once mounted: Preact runs effects after the next frame, and
 * whatever the user typed before then would be wiped.
 */
export function useOnChange<T>(value: T, onChange: (value: T) => void): void {
  const seen = useRef(value);
  useEffect(() => {
    if (Object.is(seen.current, value)) return;
    seen.current = value;
    onChange(value);
  }, [value]);
}
