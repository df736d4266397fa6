import { contentBlocks } from './post-clean';
import type { RemovalReport } from './report';
import { normalizeSpace } from './text';

/** How many blocks at the article's end are looked at for its author's card. */
const CARD_BLOCKS = 4;
/** Longer than this, a block is the article's own closing paragraph, not a card's bio. */
const MAX_BIO = 600;

/** What a card puts before the name: "About the author:", "Dr.", an opening bracket. */
function withoutCardLead(text: string): string {
  // (The text's spaces are single: no runs to match.)
  return text.replace(/^(?:about the author[:：]? ?|\(|(?:dr|prof)\. )/i, '');
}

/**
 * The author's card at the article's end: a line that is the author's name (perhaps with a
 * credential or a role after a comma: "Shelby Loos, DVM"), and a paragraph about them that starts
 * with their name ("Mirel Zaman is the health and fitness director…", "Isabella Tabacchi’s lens…").
 * The header already names the author; these are the site's, repeated under every article. Found
 * by the byline the page gave, not by words: a closing paragraph that mentions the author
 * elsewhere than at its start stays.
 */
export function removeAuthorCard(container: Element, byline: string | undefined, report: RemovalReport): void {
  if (!byline) return;
  const names = byline.split(', ').map((name) => name.toLowerCase());
  const isCardLine = (text: string) => {
    const lower = withoutCardLead(text).toLowerCase();
    return names.some((name) => {
      if (!lower.startsWith(name)) return false;
      const rest = lower.slice(name.length);
      // The name alone, or with a credential or role after a comma.
      if (rest === '' || (rest.startsWith(', ') && rest.length <= 60)) return true;
      // A bio: the name, then what they are or do.
      return text.length <= MAX_BIO && /^(?: is | was | has |['’]s )/.test(rest);
    });
  };
  const last = contentBlocks(container)
    .reverse()
    .slice(0, CARD_BLOCKS * 2);
  let looked = 0;
  for (const el of last) {
    if (looked === CARD_BLOCKS) return;
    const text = normalizeSpace(el.textContent ?? '');
    if (!text) continue;
    if (isCardLine(text)) report.remove('post-clean', 'author card', el);
    else looked++;
  }
}
