import { type RefObject, useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { anchor, buildTextIndex, describe, type TextIndex } from '../../utils/anchor';
import type { ArticleInput, HighlightChanges, HighlightColor, HighlightRecord } from '../../utils/db';
import { MAX_QUOTE_LENGTH } from '../../utils/db/highlights';
import { normalizeUrl } from '../../utils/db/normalize-url';
import {
  adoptReaderHighlightStyles,
  clearHighlights,
  paintHighlights,
  printCopyWithMarks,
  READER_HIGHLIGHT_NAMES,
} from '../../utils/paint';
import { ALL_PAGES, DATA_CHANGED, type DataChangedMessage, isMessage } from '../../utils/protocol/messages';
import { getFolioService } from '../../utils/services/client';

export interface PlacedHighlight {
  record: HighlightRecord;
  start: number;
  end: number;
  range: Range;
}

export type SelectionProblem = 'empty' | 'outside' | 'too-long';

/**
 * The page's highlights in the reader: loaded from the background, anchored in the article's
 * text, painted, and kept in document order; those that cannot be anchored are orphans, shown
 * apart and never deleted on their own.
 */
export function useHighlights(url: string | undefined, article: ArticleInput, content: RefObject<HTMLElement | null>) {
  const [records, setRecords] = useState<HighlightRecord[]>([]);
  const [loaded, setLoaded] = useState(false);
  const service = useMemo(() => getFolioService(), []);

  useEffect(() => {
    if (!url) return;
    let live = true;
    const load = () =>
      void service.listHighlights(url).then((list) => {
        if (!live) return;
        setRecords(list);
        setLoaded(true);
      });
    load();
    // Made or changed in another view (the library, another tab, the live page): load again.
    const onMessage = (message: unknown) => {
      if (!isMessage<DataChangedMessage>(message, DATA_CHANGED) || typeof message.url !== 'string') return;
      if (message.url === ALL_PAGES || normalizeUrl(message.url) === normalizeUrl(url)) load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [url, service]);

  const index = useCallback((): TextIndex | undefined => {
    const el = content.current;
    return el ? buildTextIndex(el) : undefined;
  }, [content]);

  const { placed, orphans } = useMemo(() => {
    const el = content.current;
    const textIndex = loaded ? index() : undefined;
    const placed: PlacedHighlight[] = [];
    const orphans: HighlightRecord[] = [];
    if (!el || !textIndex) return { placed, orphans };
    for (const record of records) {
      const found = anchor(el, record.target.selector, textIndex);
      const range = found?.toRange();
      if (found && range) placed.push({ record, start: found.start, end: found.end, range });
      else orphans.push(record);
    }
    placed.sort((a, b) => a.start - b.start || a.end - b.end);
    return { placed, orphans };
  }, [records, loaded, index, content]);

  /** What is painted on screen, and marked in the printer's copy. */
  const paintItems = useMemo(() => placed.map((p) => ({ color: p.record.color, range: p.range })), [placed]);
  useEffect(() => {
    const win = content.current?.ownerDocument.defaultView;
    if (!win) return;
    adoptReaderHighlightStyles(win.document);
    paintHighlights(win, paintItems, READER_HIGHLIGHT_NAMES);
  }, [paintItems, content]);
  useEffect(
    () => () => {
      const win = content.current?.ownerDocument.defaultView;
      if (win) clearHighlights(win, READER_HIGHLIGHT_NAMES);
    },
    [content],
  );
  // On paper, the highlights are marks in a copy of the article made as printing begins (see
  // printCopyWithMarks: Firefox prints without the highlights the API paints).
  useEffect(() => {
    const el = content.current;
    const win = el?.ownerDocument.defaultView;
    if (!el || !win || !paintItems.length) return;
    let copy: HTMLElement | undefined;
    const drop = () => {
      copy?.remove();
      copy = undefined;
    };
    const make = () => {
      drop();
      copy = printCopyWithMarks(el, paintItems);
      el.after(copy);
    };
    win.addEventListener('beforeprint', make);
    win.addEventListener('afterprint', drop);
    return () => {
      win.removeEventListener('beforeprint', make);
      win.removeEventListener('afterprint', drop);
      drop();
    };
  }, [paintItems, content]);

  /** Highlights a selection: refuses (with a reason) an empty one, one outside the article, or one too long. */
  const create = useCallback(
    async (range: Range, color: HighlightColor): Promise<HighlightRecord | SelectionProblem> => {
      const el = content.current;
      if (!el || !url) return 'outside';
      if (!range.toString().trim()) return 'empty';
      if (!range.intersectsNode(el)) return 'outside';
      const selectors = describe(el, clampToRoot(range, el));
      if (!selectors) return 'outside';
      if (selectors[0].exact.length > MAX_QUOTE_LENGTH) return 'too-long';
      if (!selectors[0].exact.trim()) return 'empty';
      const record = await service.createHighlight(
        { ...article, url },
        { target: { selector: selectors }, color, note: '', tags: [] },
      );
      setRecords((list) => [...list, record]);
      return record;
    },
    [content, url, article, service],
  );

  const update = useCallback(
    async (id: string, changes: HighlightChanges) => {
      const next = await service.updateHighlight(id, changes);
      if (next) setRecords((list) => list.map((r) => (r.id === id ? next : r)));
    },
    [service],
  );

  const remove = useCallback(
    async (id: string) => {
      const gone = await service.deleteHighlight(id);
      setRecords((list) => list.filter((r) => r.id !== id));
      return gone ?? undefined;
    },
    [service],
  );

  const restore = useCallback(
    async (record: HighlightRecord) => {
      await service.restoreHighlight(record);
      setRecords((list) => [...list.filter((r) => r.id !== record.id), record]);
    },
    [service],
  );

  return { placed, orphans, loaded, create, update, remove, restore };
}

/** A selection that runs past the article (into the header, say) keeps only its part inside. */
function clampToRoot(range: Range, root: Element): Range {
  const clamped = range.cloneRange();
  if (!root.contains(range.startContainer)) clamped.setStart(root, 0);
  if (!root.contains(range.endContainer)) clamped.setEnd(root, root.childNodes.length);
  return clamped;
}
