import { type RefObject, useEffect } from 'react';
import type { FixAction } from '../../components/reader-frame/frame-channel';
import { t } from '../../utils/i18n';
import type { FixDone } from '../../utils/protocol/messages';
import type { Notice } from '../common/UndoNotice';

/** Sends a "Fix this page" choice to the page's content script; answered once it is saved. */
export type FixPage = (request: FixAction) => Promise<FixDone>;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, dl, table, figure, blockquote, pre';

/** The article's outermost blocks: what the user can leave out, one at a time. */
function blocksOf(content: HTMLElement): HTMLElement[] {
  return [...content.querySelectorAll<HTMLElement>(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
}

/**
 * While "Fix this page" is on, every block of the article can be left out with a click, or with
 * Delete once focused (Tab moves between blocks). Each one goes at once from the view and into
 * the site's rule; Undo brings it back and takes it out of the rule.
 */
export function useFixMode(
  active: boolean,
  content: RefObject<HTMLElement | null>,
  fix: FixPage | undefined,
  setNotice: (notice: Notice | undefined) => void,
): void {
  useEffect(() => {
    const root = content.current;
    if (!active || !root || !fix) return;
    const blocks = blocksOf(root);
    for (const block of blocks) {
      block.tabIndex = 0;
      block.setAttribute('data-folio-fixable', '');
      block.title = t('fixBlockLabel');
    }
    const leaveOut = async (block: HTMLElement) => {
      block.hidden = true;
      const done = await fix({ action: 'remove', text: block.textContent ?? '', tag: block.tagName });
      if (!done.ok || !done.selector) {
        block.hidden = false;
        setNotice({ message: t('fixFailed', done.error ?? ''), error: true });
        return;
      }
      const selector = done.selector;
      setNotice({
        message: t('fixRemoved'),
        action: {
          label: t('undo'),
          run: () => {
            block.hidden = false;
            void fix({ action: 'undo-remove', selector });
          },
        },
      });
    };
    const target = (event: Event) => (event.target as Element | null)?.closest<HTMLElement>('[data-folio-fixable]');
    const onClick = (event: MouseEvent) => {
      const block = target(event);
      if (!block) return;
      event.preventDefault();
      event.stopPropagation();
      void leaveOut(block);
    };
    const onKey = (event: KeyboardEvent) => {
      const block = target(event);
      if (!block || (event.key !== 'Delete' && event.key !== 'Backspace')) return;
      event.preventDefault();
      const next = blocks[blocks.indexOf(block) + 1];
      void leaveOut(block);
      next?.focus();
    };
    root.addEventListener('click', onClick, true);
    root.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('keydown', onKey);
      for (const block of blocks) {
        block.removeAttribute('tabindex');
        block.removeAttribute('data-folio-fixable');
        block.removeAttribute('title');
      }
    };
  }, [active, content, fix, setNotice]);
}

/** The bar over the article while fixing: what to do, the article picker, and Done. */
export function FixBar({ onPick, onDone }: { onPick: () => void; onDone: () => void }) {
  return (
    <section className="folio-fix-bar" aria-label={t('fixButton')}>
      <p>{t('fixModeHint')}</p>
      <button type="button" className="folio-button" onClick={onPick}>
        {t('fixPickArticle')}
      </button>
      <button type="button" className="folio-button folio-button-primary" onClick={onDone}>
        {t('fixDone')}
      </button>
    </section>
  );
}
