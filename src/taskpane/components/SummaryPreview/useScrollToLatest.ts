import * as React from "react";

/**
 * Scrolls the element to its end (the latest periods, beside the sticky labels) when it first shows and whenever
 * `key` changes (a new set of periods); the reader's own scrolling is left alone in between.
 */
export function useScrollToLatest<T extends HTMLElement>(key: string): React.RefObject<T> {
  const ref = React.useRef<T>(null);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (el) el.scrollLeft = Math.max(0, el.scrollWidth - el.clientWidth);
  }, [key]);
  return ref;
}
