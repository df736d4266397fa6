import { findBlockOnPage, selectorFor, withContent, withRemoval } from '../extract/page-choice';
import { t } from '../i18n';
import type { FixDone, FixRequest } from '../protocol/messages';
import { PORT_FIX_DONE } from '../protocol/messages';
import { loadSiteRules, saveSiteRules } from '../settings/site-rules-storage';

/**
 * "Fix this page", on the content script's side: a block the user leaves out in the reader is
 * found on the page by its text, made a CSS selector, and added to the site's rule (saved with
 * the user's other site rules, shown on the options page, applied on the site's next pages).
 */
export async function handleFix(request: FixRequest, pickArticle: () => Promise<string | undefined>): Promise<FixDone> {
  const done = (fields: Omit<FixDone, 'type' | 'id'>): FixDone => ({ type: PORT_FIX_DONE, id: request.id, ...fields });
  const origin = location.origin;
  try {
    if (request.action === 'remove') {
      const el = findBlockOnPage(document.body, request.text, request.tag);
      if (!el) return done({ ok: false, error: t('fixNotFound') });
      const selector = selectorFor(el);
      await saveSiteRules(withRemoval(await loadSiteRules(), origin, selector, true));
      return done({ ok: true, selector });
    }
    if (request.action === 'undo-remove') {
      await saveSiteRules(withRemoval(await loadSiteRules(), origin, request.selector, false));
      return done({ ok: true });
    }
    if (request.action === 'undo-pick') {
      await saveSiteRules(withContent(await loadSiteRules(), origin, undefined));
      return done({ ok: true });
    }
    const selector = await pickArticle();
    if (!selector) return done({ ok: false });
    await saveSiteRules(withContent(await loadSiteRules(), origin, selector));
    return done({ ok: true, selector });
  } catch (error) {
    return done({ ok: false, error: (error as Error).message });
  }
}
