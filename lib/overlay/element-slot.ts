/**
 * A value this content script keeps on an element: a property under a symbol
 * of its own on the element's wrapper in the extension's isolated world,
 * which the page's scripts never see. A WeakMap would do the same, but its
 * table keeps room for every element put in it between two full garbage
 * collections; a board re-rendered all day puts thousands of hosts through
 * it, and the heap measured after a day of navigation grew with that room.
 * A value on the element goes with the element. (A wrapper given a property
 * is kept while its element lives, so the value is never lost.)
 */
export function elementSlot<T>(name: string) {
  const key = Symbol(name);
  const slots = (element: Element) => element as unknown as Record<symbol, T | undefined>;
  return {
    get: (element: Element): T | undefined => slots(element)[key],
    set(element: Element, value: T | undefined): void {
      slots(element)[key] = value;
    },
  };
}
