import { type RefObject, useEffect, useState } from 'react';
import type { OutlineEntry } from '../../utils/extract';

export interface ScrollState {
  /** 0..1 of the article scrolled past. */
  progress: number;
  /** The outline entry whose section is at the top of the view. */
  activeId: string | undefined;
}

/**
 * Follows the reader's scroll: progress through the article and the current section. Work is
 * done at most once a frame, and reads only the outline's elements' positions.
 */
export function useScrollTracking(
  scroller: RefObject<HTMLElement | null>,
  outline: OutlineEntry[],
  onSettled?: (progress: number) => void,
): ScrollState {
  const [state, setState] = useState<ScrollState>({ progress: 0, activeId: outline[0]?.id });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const measure = (byUser: boolean) => {
      frame = 0;
      const max = el.scrollHeight - el.clientHeight;
      // Nothing to scroll (not laid out yet, or a short article): nothing read past yet.
      const progress = max > 0 ? Math.min(1, el.scrollTop / max) : 0;
      const top = el.getBoundingClientRect().top + 80;
      let activeId = outline[0]?.id;
      const root = el.getRootNode() as Document | ShadowRoot;
      for (const entry of outline) {
        const target = root.getElementById?.(entry.id) ?? el.querySelector(`[id="${CSS.escape(entry.id)}"]`);
        if (!target) continue;
        if (target.getBoundingClientRect().top <= top) activeId = entry.id;
        else break;
      }
      setState((s) => (s.progress === progress && s.activeId === activeId ? s : { progress, activeId }));
      // Only a scroll by the reader moves the remembered position: opening must not reset it.
      if (byUser && onSettled) {
        clearTimeout(settle);
        settle = setTimeout(() => onSettled(progress), 400);
      }
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(() => measure(true));
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    // Measured again whenever the article's size changes: first layout, typography, lazily laid
    // out blocks (content-visibility) coming into view.
    const resized = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame(() => measure(false));
    });
    if (el.firstElementChild) resized.observe(el.firstElementChild);
    resized.observe(el);
    return () => {
      resized.disconnect();
      el.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      clearTimeout(settle);
    };
  }, [scroller, outline, onSettled]);
  return state;
}
