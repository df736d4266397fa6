import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/**
 * A list of any length that puts in the page only the rows near the view (TanStack Virtual,
 * scrolling with the window, each row measured as drawn): the library's 2,000 articles or 50,000
 * highlights scroll and render like 20. Each row says its place in the whole list (aria-setsize,
 * aria-posinset) for screen readers, since most rows are not in the document at any moment.
 */
export function VirtualList<T>({
  items,
  keyOf,
  children,
  estimatedRowHeight = 110,
}: {
  items: T[];
  keyOf: (item: T) => string;
  children: (item: T) => ReactNode;
  estimatedRowHeight?: number;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  // Where the list starts in the page: the virtualizer counts rows from the window's top.
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setTop(list.getBoundingClientRect().top + window.scrollY);
    measure();
    // The controls above the list (an export's status, a restore preview) change its place.
    const observer = new ResizeObserver(measure);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimatedRowHeight,
    overscan: 8,
    scrollMargin: top,
    getItemKey: (index) => keyOf(items[index] as T),
  });
  return (
    <ul ref={listRef} className="library-list library-virtual" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          ref={virtualizer.measureElement}
          data-index={row.index}
          className="library-item"
          aria-setsize={items.length}
          aria-posinset={row.index + 1}
          style={{ transform: `translateY(${row.start - top}px)` }}
        >
          {children(items[row.index] as T)}
        </li>
      ))}
    </ul>
  );
}
