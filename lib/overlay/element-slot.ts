/**
 * A value this content script keeps on an element: a property of the
 * element's wrapper in the extension's own world (Chromium's isolated world,
 * Firefox's Xray expandos), which the page's scripts never see. A WeakMap
 * would do the same, but its table keeps room for every element put in it
 * between two full garbage collections; a board re-rendered all day puts
 * thousands of hosts through it, and the heap measured after a day of
 * navigation grew with that room. A value on the element goes with the
 * element. (A wrapper given a property is kept while its element lives, so
 * the value is never lost.) The key is a string, not a symbol: Xray expandos
 * are documented for named properties; the random part keeps it apart from
 * any other script's in this world.
 */
export function elementSlot<T>(name: string) {
  const key = `__throughline_${name}_${Math.random().toString(36).slice(2)}`;
  const slots = (element: Element) => element as unknown as Record<string, T | undefined>;
  return {
    get: (element: Element): T | undefined => slots(element)[key],
    set(element: Element, value: T | undefined): void {
      slots(element)[key] = value;
    },
  };
}
