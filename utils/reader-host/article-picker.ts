import { selectorFor } from '../extract/page-choice';
import { t } from '../i18n';

/**
 * "This is the article": on the original page, the element under the pointer is outlined; a
 * click or Enter chooses it, ↑ and ↓ widen and narrow the choice, Esc cancels. Resolves with a
 * selector for the chosen element, or undefined. The outline and its bar sit in a closed shadow
 * root; only the user's own input counts (isTrusted), and while picking no click reaches the page.
 */
export function pickArticleElement(doc: Document = document): Promise<string | undefined> {
  return new Promise((resolve) => {
    const host = doc.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = `<style>
      .box { position: fixed; pointer-events: none; z-index: 2147483646; outline: 3px solid #1a73e8;
        background: rgba(26, 115, 232, 0.08); border-radius: 2px; transition: all 80ms; }
      .bar { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 2147483647;
        display: flex; gap: 8px; align-items: center; padding: 8px 12px; border-radius: 8px;
        font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #202124; box-shadow: 0 2px 8px #0006; }
      button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #fff8; background: #fff; color: #202124; }
      button.secondary { background: transparent; color: #fff; }
    </style><div class="box"></div><div class="bar" role="dialog" aria-label="${t('fixPickTitle')}">
      <span>${t('fixPickHint')}</span>
      <button type="button" class="choose">${t('fixPickChoose')}</button>
      <button type="button" class="secondary cancel">${t('cancel')}</button></div>`;
    const box = root.querySelector('.box') as HTMLElement;
    let current: Element = doc.querySelector('article, main, [role="main"]') ?? (doc.body as Element);
    const show = () => {
      const r = current.getBoundingClientRect();
      Object.assign(box.style, {
        left: `${r.left}px`,
        top: `${r.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    };
    const finish = (chosen: Element | undefined) => {
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true);
      host.remove();
      resolve(chosen ? selectorFor(chosen) : undefined);
    };
    const onMove = (event: Event) => {
      const e = event as MouseEvent;
      if (!e.isTrusted) return;
      const under = doc.elementFromPoint(e.clientX, e.clientY);
      if (under && under !== host && under !== doc.documentElement) {
        current = under;
        show();
      }
    };
    const onClick = (event: Event) => {
      if (!event.isTrusted || event.composedPath().includes(host)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      finish(current);
    };
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      if (!e.isTrusted) return;
      if (e.key === 'Escape') finish(undefined);
      else if (e.key === 'Enter' && !e.composedPath().includes(host)) finish(current);
      else if (e.key === 'ArrowUp' && current.parentElement && current !== doc.body) current = current.parentElement;
      else if (e.key === 'ArrowDown') current = largestChild(current) ?? current;
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
      show();
    };
    const listeners: [string, EventListener][] = [
      ['mousemove', onMove],
      ['click', onClick],
      ['keydown', onKey],
    ];
    for (const [type, listener] of listeners) doc.addEventListener(type, listener, true);
    (root.querySelector('.choose') as HTMLButtonElement).addEventListener('click', () => finish(current));
    (root.querySelector('.cancel') as HTMLButtonElement).addEventListener('click', () => finish(undefined));
    doc.documentElement.append(host);
    show();
    (root.querySelector('.choose') as HTMLButtonElement).focus();
  });
}

/** The child with the most text: ↓ narrows towards where the words are. */
function largestChild(el: Element): Element | undefined {
  let best: Element | undefined;
  let most = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const length = (c.textContent ?? '').length;
    if (length > most) {
      most = length;
      best = c;
    }
  }
  return best;
}
