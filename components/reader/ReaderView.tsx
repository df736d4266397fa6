import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { HighlightRecord } from '../../utils/db';
import { articleInputOf } from '../../utils/db/article-input';
import { highlightAsText } from '../../utils/db/highlight-quote';
import type { Article } from '../../utils/extract';
import type { PagesStatus } from '../../utils/extract/merge-pages';
import { t } from '../../utils/i18n';
import { isWorthResuming, loadReadingPosition, saveReadingPosition } from '../../utils/reading-position';
import { getFolioService } from '../../utils/services/client';
import { type ReaderSettings, readerCssVariables, resolveTheme } from '../../utils/settings';
import { articleScript, contentLang } from '../../utils/settings/script';
import { copyText } from '../common/copy-text';
import { isTextField } from '../common/text-field';
import { UndoNotice, useNotice, useReportedWrite } from '../common/UndoNotice';
import { AnchoredEditor } from '../highlights/AnchoredEditor';
import { HighlightEditor } from '../highlights/HighlightEditor';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { HighlightsPanel } from '../highlights/HighlightsPanel';
import { useHighlights } from '../highlights/useHighlights';
import { ArticleContent } from './ArticleContent';
import { ArticleHeader } from './ArticleHeader';
import { articleLinkTarget, clickedLink } from './article-links';
import { FirstHint } from './FirstHint';
import { FixBar, type FixPage, useFixMode } from './FixMode';
import { stepHighlight } from './highlight-steps';
import { captureReadingPlace, type ReadingPlace, restoreReadingPlace } from './keep-place';
import { ListenPanel } from './listen/ListenPanel';
import { problemText } from './listen/narration-words';
import { useNarration } from './listen/useNarration';
import { OutlinePanel } from './OutlinePanel';
import { PagesNote } from './PagesNote';
import { PANEL_TITLE, type Panel, ReaderToolbar } from './ReaderToolbar';
import { ResumeBanner } from './ResumeBanner';
import { SaveReport, type SaveState } from './SaveReport';
import { SettingsPanel } from './SettingsPanel';
import { ShortcutsPanel } from './ShortcutsPanel';
import type { SavedImages } from './saved-images';
import { scrollToTarget } from './scroll-to';
import { usePrefersDark, useReaderSettings } from './useReaderSettings';
import { useScrollTracking } from './useScrollTracking';
import { useToolbarApart } from './useToolbarApart';

export interface ReaderViewProps {
  article: Article;
  /** The original page: linked from the header, and the key of the remembered position. */
  url?: string;
  /** Closes the reader (the ✕ button and Esc). Absent on the offline article page. */
  onClose?: () => void;
  /** The offline article page's way back: the library's address. */
  libraryHref?: string;
  /** The offline article page's export: downloads the note, resolves to the file's name. */
  onExport?: () => Promise<string>;
  /** Sends the note to Obsidian; resolves to what to tell the user. */
  onSendToObsidian?: () => Promise<string>;
  /**
   * Saves the article to the library; then, when it returns one, `keepImages` keeps the article's
   * pictures for offline reading. Absent where the article is already saved.
   */
  onSave?: () => Promise<{ keepImages?: () => Promise<SavedImages> } | undefined>;
  /** Settings already loaded, so the first render is in the user's typography. */
  initialSettings?: ReaderSettings;
  /** `article.content` as sanitized nodes, to move in rather than parse again (the reader frame). */
  contentNodes?: Node[];
  /**
   * A highlight to open in the editor once the highlights are loaded (clicked on the live page).
   * Each request is a new object, so the same highlight can be asked for again.
   */
  openHighlight?: { id: string };
  /** An essay of several pages: how reading them goes (see PagesNote). */
  pages?: PagesStatus;
  /** Reads the page that failed again. */
  onRetryPages?: () => void;
  /** "Fix this page" (over a live page only): sends the user's choices to be saved as a site rule. */
  onFix?: FixPage;
  /** Read anew from the element the user chose on the page: say so, with Undo. */
  articleChosen?: boolean;
}

/**
 * The reading view, over a live page and on the offline article page alike.
 * `article.content` is sanitized HTML from the extractor (DOMPurify), so it may be rendered.
 */
export function ReaderView({
  article,
  contentNodes,
  url,
  onClose,
  libraryHref,
  onExport,
  onSendToObsidian,
  onSave,
  initialSettings,
  openHighlight: openHighlightRequest,
  pages,
  onRetryPages,
  onFix,
  articleChosen,
}: ReaderViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const articleInput = useMemo(() => articleInputOf(url ?? '', article), [url, article]);
  const script = useMemo(() => articleScript(article.lang, article.textContent), [article]);
  const lang = contentLang(article.lang, script);
  const narration = useNarration(articleRef, scroller, lang);
  // Reading aloud asked for from the keyboard or a selection, with the Listen panel closed: why
  // nothing is heard is said in a notice (the panel says it in its place).
  const listenProblem = narration.asked ? problemText(narration) : undefined;
  const highlights = useHighlights(url, articleInput, contentRef);
  // The highlight being annotated. A highlight placed in the text is edited in a card just under
  // it; one that could not be placed (an orphan) in the side panel.
  const [editing, setEditing] = useState<HighlightRecord>();
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const [notice, setNotice] = useNotice();
  const [settings, updateSettings] = useReaderSettings(initialSettings);
  const prefersDark = usePrefersDark();
  const [panel, setPanelNow] = useState<Panel>();
  // A panel docks beside the column, which narrows and reflows: the reader's line is kept.
  const placeBeforePanel = useRef<ReadingPlace | undefined>(undefined);
  const setPanel = (next: Panel | ((current: Panel) => Panel)) => {
    if (scroller.current) placeBeforePanel.current = captureReadingPlace(scroller.current);
    setPanelNow(next);
  };
  const panelOpen = panel !== undefined;
  const toolbarApart = useToolbarApart(readerRef);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the column's width changes.
  useLayoutEffect(() => {
    if (scroller.current) restoreReadingPlace(scroller.current, placeBeforePanel.current);
    placeBeforePanel.current = undefined;
  }, [panelOpen]);
  const [fixing, setFixing] = useState(false);
  useFixMode(fixing, contentRef, onFix, setNotice);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the reader opens read by the new rule.
  useEffect(() => {
    if (!articleChosen || !onFix) return;
    setNotice({
      message: t('fixArticleChosen'),
      action: { label: t('undo'), run: () => void onFix({ action: 'undo-pick' }) },
    });
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once for each new problem.
  useEffect(() => {
    if (listenProblem && panel !== 'listen') setNotice({ message: listenProblem, error: true });
  }, [listenProblem]);
  const [resumeAt, setResumeAt] = useState<number>();
  const [saveState, setSaveState] = useState<SaveState>();

  const rememberPosition = useCallback((fraction: number) => url && void saveReadingPosition(url, fraction), [url]);
  const { progress, activeId: scrolledToId } = useScrollTracking(
    scroller,
    article.outline,
    url ? rememberPosition : undefined,
  );
  // A section chosen in the outline stays marked until the reader scrolls by hand: near the end
  // of an article it cannot reach the top of the view, where scroll tracking would see it.
  const [chosenId, setChosenId] = useState<string>();
  const activeId = chosenId ?? scrolledToId;
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const release = (event: Event) => {
      if (!(event instanceof KeyboardEvent) || /^(?:Arrow|Page|Home|End| )/.test(event.key)) setChosenId(undefined);
    };
    const events = ['wheel', 'touchmove', 'keydown'] as const;
    for (const type of events) el.addEventListener(type, release, { passive: true });
    return () => {
      for (const type of events) el.removeEventListener(type, release);
    };
  }, []);

  useEffect(() => {
    scroller.current?.focus({ preventScroll: true });
    if (url) void loadReadingPosition(url).then((p) => isWorthResuming(p) && setResumeAt(p.fraction));
  }, [url]);

  const scrollToFraction = (fraction: number) => {
    const el = scroller.current;
    if (el) el.scrollTop = fraction * (el.scrollHeight - el.clientHeight);
  };
  const scrollToSection = (id: string) => {
    setChosenId(id);
    const el = scroller.current;
    const target = (el?.getRootNode() as Document | ShadowRoot | undefined)?.getElementById?.(id);
    if (!el || !target) return;
    scrollToTarget(el, target, 16);
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  };
  const placedRange = (id: string) => highlights.placed.find((p) => p.record.id === id)?.range;
  const openHighlight = (record: HighlightRecord) => {
    setEditing(record);
    // A highlight just made is not placed yet in this render: only a known orphan goes to the panel.
    const orphan = highlights.orphans.some((o) => o.id === record.id);
    setPanel((current) => (orphan ? 'editor' : current === 'editor' ? undefined : current));
    void getFolioService()
      .listTags()
      .then(setKnownTags)
      .catch(() => {});
  };
  // Opened by a click on a highlight on the live page: open that highlight once it is loaded.
  const pendingHighlight = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (openHighlightRequest) pendingHighlight.current = openHighlightRequest.id;
  }, [openHighlightRequest]);
  useEffect(() => {
    const pending = pendingHighlight.current;
    if (!pending || !highlights.loaded) return;
    pendingHighlight.current = undefined;
    const record = [...highlights.placed.map((p) => p.record), ...highlights.orphans].find((r) => r.id === pending);
    if (record) openHighlight(record);
  });
  const reportedWrite = useReportedWrite(setNotice);
  const deleteHighlight = (record: HighlightRecord) =>
    reportedWrite(
      () => highlights.remove(record.id),
      (reason) => t('deleteFailed', reason),
      (gone) => {
        if (editing?.id === record.id) closeEditor();
        if (!gone) return;
        const undo = () =>
          reportedWrite(
            () => highlights.restore(gone),
            (reason) => t('undoFailed', reason),
          );
        setNotice({ message: t('highlightDeleted'), action: { label: t('undo'), run: undo } });
      },
    );
  /** Closes the note editor, wherever it is, and gives the keyboard back to the text. */
  const closeEditor = () => {
    setEditing(undefined);
    setPanel((current) => (current === 'editor' ? undefined : current));
    scroller.current?.focus({ preventScroll: true });
  };
  const copyHighlight = (record: HighlightRecord) =>
    copyText(highlightAsText(record), readerRef.current?.ownerDocument).then(
      () => setNotice({ message: t('copiedHighlight') }),
      (error: Error) => setNotice({ message: t('copyFailed', error.message), error: true }),
    );
  const showHighlight = (range: Range) => {
    const el = scroller.current;
    if (!el) return;
    scrollToTarget(el, range, el.clientHeight / 3);
  };
  /** Where the last N or P went, while its scroll may still be under way (pressed again, it goes on from there). */
  const lastStep = useRef<{ index: number; at: number }>(undefined);
  const stepToHighlight = (direction: 'next' | 'previous') => {
    const el = scroller.current;
    const placed = highlights.placed;
    if (!el || !placed.length) {
      setNotice({ message: t('readerNoHighlightsHere') });
      return;
    }
    const recent = lastStep.current && performance.now() - lastStep.current.at < 1000 ? lastStep.current : undefined;
    const line = el.getBoundingClientRect().top + el.clientHeight / 3;
    const index = recent
      ? recent.index + (direction === 'next' ? 1 : -1)
      : stepHighlight(
          placed.map((p) => p.range.getBoundingClientRect().top - line),
          direction,
        );
    const target = index === undefined ? undefined : placed[index];
    if (!target || index === undefined) {
      setNotice({ message: t(direction === 'next' ? 'readerNoNextHighlight' : 'readerNoPreviousHighlight') });
      return;
    }
    lastStep.current = { index, at: performance.now() };
    showHighlight(target.range);
  };
  const save = async () => {
    if (!onSave || saveState?.phase === 'saving') return;
    setSaveState({ phase: 'saving' });
    let keepImages: (() => Promise<SavedImages>) | undefined;
    try {
      keepImages = (await onSave())?.keepImages;
    } catch (error) {
      setSaveState({ phase: 'failed', message: t('readerSaveFailed', (error as Error).message) });
      return;
    }
    if (!keepImages) {
      setSaveState({ phase: 'saved' });
      return;
    }
    setSaveState({ phase: 'saved', keepingImages: true });
    try {
      setSaveState({ phase: 'saved', images: await keepImages() });
    } catch (error) {
      // The article is saved; only its pictures are not.
      setSaveState({ phase: 'failed', message: t('readerSaveFailed', (error as Error).message) });
    }
  };
  const editingPlaced = editing && highlights.placed.find((p) => p.record.id === editing.id);
  const editingRange = editingPlaced?.range;
  const editor = editing ? (
    <HighlightEditor
      showQuote={!editingRange}
      key={editing.id}
      record={editingPlaced?.record ?? editing}
      knownTags={knownTags}
      onSave={(changes) => highlights.update(editing.id, changes)}
      onDelete={() => deleteHighlight(editing)}
      // Only the editor closes itself: a panel opened while a save was finishing stays.
      onClose={closeEditor}
      onFailedUnseen={(changes, reason) =>
        setNotice({
          message: t('noteSaveFailedClosed', reason),
          error: true,
          action: {
            label: t('tryAgain'),
            run: () =>
              reportedWrite(
                () => highlights.update(editing.id, changes),
                (again) => t('noteSaveFailedClosed', again),
              ),
          },
        })
      }
    />
  ) : undefined;
  const highlightCount = highlights.placed.length + highlights.orphans.length;
  const toggle = (which: Panel) => setPanel((current) => (current === which ? undefined : which));

  return (
    <div
      ref={readerRef}
      className="folio-reader"
      data-theme={resolveTheme(settings.theme, prefersDark)}
      style={readerCssVariables(settings, script) as React.CSSProperties}
      data-panel={panel}
      data-toolbar-apart={toolbarApart || undefined}
      role="dialog"
      aria-modal="true"
      aria-label={t('readerRegionLabel')}
      onKeyDown={(event) => {
        if (isPrintKey(event)) {
          // The reader's frame, not the page under it (the browser's own Ctrl+P prints the tab).
          event.preventDefault();
          window.print();
          return;
        }
        // A letter typed in a list (the highlights panel's colour filter: P for Pink) is the list's.
        const plainKey =
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey &&
          !isTextField(event.target) &&
          (event.target as Element).tagName !== 'SELECT';
        if (plainKey && event.key === '?') {
          event.preventDefault();
          toggle('keys');
          return;
        }
        if (plainKey && (event.key === 'n' || event.key === 'p')) {
          event.preventDefault();
          stepToHighlight(event.key === 'n' ? 'next' : 'previous');
          return;
        }
        if (event.altKey && event.shiftKey && event.code === 'KeyL' && !isTextField(event.target)) {
          event.preventDefault();
          if (narration.state.status === 'playing') narration.pause();
          else narration.play();
          return;
        }
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        if (panel) {
          // Focus in the panel would go with it, to nowhere, where the next Esc reaches no one:
          // it goes back to the panel's button (a disclosure's way), or to the text.
          const panelEl = readerRef.current?.querySelector('#folio-panel');
          if (panelEl?.contains(document.activeElement)) {
            const opener = readerRef.current?.querySelector<HTMLElement>(
              '[aria-controls="folio-panel"][aria-expanded="true"]',
            );
            (opener ?? scroller.current)?.focus({ preventScroll: true });
          }
          setPanel(undefined);
        } else if (fixing) setFixing(false);
        else onClose?.();
      }}
    >
      <div
        className="folio-progress"
        role="progressbar"
        aria-label={t('readerProgress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div className="folio-progress-bar" style={{ transform: `scaleX(${progress})` }} />
      </div>
      <ReaderToolbar
        panel={panel}
        onTogglePanel={toggle}
        highlightCount={highlightCount}
        listening={narration.state.status === 'playing'}
        libraryHref={libraryHref}
        onExport={
          onExport &&
          (() =>
            void onExport().then(
              (name) => setNotice({ message: t('exportSavedFile', name) }),
              (error: Error) => setNotice({ message: t('exportFailed', error.message), error: true }),
            ))
        }
        onSendToObsidian={
          onSendToObsidian &&
          (() =>
            void onSendToObsidian().then(
              (message) => setNotice({ message }),
              (error: Error) => setNotice({ message: t('obsidianFailed', error.message), error: true }),
            ))
        }
        onSave={onSave && (() => void save())}
        saved={saveState?.phase === 'saved'}
        fixing={onFix ? fixing : undefined}
        onToggleFix={() => setFixing((on) => !on)}
        onClose={onClose}
      />
      {fixing && onFix ? (
        <FixBar
          onPick={() => {
            setFixing(false);
            void onFix({ action: 'pick-article' });
          }}
          onDone={() => setFixing(false)}
        />
      ) : null}
      {saveState ? (
        <SaveReport state={saveState} onChange={setSaveState} onDismiss={() => setSaveState(undefined)} />
      ) : null}
      <UndoNotice
        notice={notice}
        onDone={() => setNotice(undefined)}
        className="folio-toast"
        actionClassName="folio-toast-action"
      />
      <HighlightLayer
        reader={readerRef}
        content={contentRef}
        highlights={highlights}
        onOpen={openHighlight}
        onNotice={(message, options) => setNotice({ message, ...options })}
        onReadAloud={narration.availability === 'unsupported' ? undefined : narration.playFrom}
      />
      {panel ? (
        <aside id="folio-panel" className="folio-panel" aria-label={t(PANEL_TITLE[panel])}>
          <h2 className="folio-panel-title">{t(PANEL_TITLE[panel])}</h2>
          {panel === 'outline' ? (
            <OutlinePanel outline={article.outline} activeId={activeId} onSelect={scrollToSection} />
          ) : panel === 'settings' ? (
            <SettingsPanel
              settings={settings}
              onChange={updateSettings}
              script={script}
              onShowShortcuts={() => setPanel('keys')}
              onPrint={() => window.print()}
            />
          ) : panel === 'highlights' ? (
            <HighlightsPanel
              placed={highlights.placed}
              orphans={highlights.orphans}
              onShow={(p) => showHighlight(p.range)}
              onOpen={(record) => {
                const range = placedRange(record.id);
                if (range) showHighlight(range);
                openHighlight(record);
              }}
              onCopy={(record) => void copyHighlight(record)}
              onDelete={deleteHighlight}
            />
          ) : panel === 'listen' ? (
            <ListenPanel narration={narration} />
          ) : panel === 'keys' ? (
            <ShortcutsPanel />
          ) : panel === 'editor' && editor ? (
            editor
          ) : null}
        </aside>
      ) : null}
      {/* Over the reader, not in the text's flow: it comes after a storage read, and would push the
          text down (and move where the reader is) if it were inserted above it. */}
      {highlights.loaded ? <FirstHint highlightCount={highlightCount} /> : null}
      <div className="folio-scroll" ref={scroller} tabIndex={-1}>
        {resumeAt !== undefined ? (
          <ResumeBanner
            fraction={resumeAt}
            onResume={() => {
              scrollToFraction(resumeAt);
              setResumeAt(undefined);
            }}
            onDismiss={() => setResumeAt(undefined)}
          />
        ) : null}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: a link's own Enter key fires this click too. */}
        <article
          ref={articleRef}
          className="folio-article"
          lang={lang}
          dir={article.dir}
          onClick={(event) => {
            const content = contentRef.current;
            const link = content && clickedLink(event.target, content);
            if (!content || !link) return;
            const target = articleLinkTarget(link, content, url);
            if (!target || !scroller.current) return;
            event.preventDefault();
            scrollToTarget(scroller.current, target, 16);
          }}
        >
          <ArticleHeader article={article} url={url} />
          <ArticleContent html={article.content} nodes={contentNodes} ref={contentRef} />
          <p className="folio-end" aria-hidden="true">
            ∎
          </p>
          <PagesNote pages={pages} onRetry={onRetryPages} />
        </article>
        {editor && editingRange && panel !== 'editor' ? (
          <AnchoredEditor range={editingRange} scroller={scroller}>
            {editor}
          </AnchoredEditor>
        ) : null}
      </div>
    </div>
  );
}

/** Ctrl+P (⌘P on a Mac), as the browser's own Print. */
function isPrintKey(event: React.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyP';
}
