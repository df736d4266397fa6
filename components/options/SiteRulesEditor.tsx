import { useEffect, useId, useState } from 'react';
import { parseSiteRules } from '../../utils/extract';
import { t } from '../../utils/i18n';
import { loadSiteRules, saveSiteRules } from '../../utils/settings';

const EXAMPLE = `[
  {
    "name": "Example essays",
    "match": ["https://www.example.cn/fanwen/*"],
    "content": ".article-body",
    "remove": [".ad", ".xgwz"],
    "title": "h1",
    "date": ".info time"
  }
]`;

function isValidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Site rules as JSON, checked whole before anything is saved; the error says where. */
export function SiteRulesEditor() {
  const id = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  useEffect(() => {
    void loadSiteRules().then((rules) => setText(rules.length ? JSON.stringify(rules, null, 2) : ''));
  }, []);
  const save = async () => {
    const parsed = parseSiteRules(text.trim() || '[]', isValidSelector);
    if (!parsed.ok) {
      setStatus({ ok: false, message: parsed.error });
      return;
    }
    await saveSiteRules(parsed.rules);
    setStatus({ ok: true, message: t('optionsRulesSaved', String(parsed.rules.length)) });
  };
  return (
    <div className="options-rules">
      <label htmlFor={id}>{t('optionsRulesLabel')}</label>
      <textarea
        id={id}
        value={text}
        spellCheck={false}
        rows={14}
        placeholder={EXAMPLE}
        onChange={(event) => setText(event.currentTarget.value)}
        aria-describedby={`${id}-status`}
      />
      <div className="options-actions">
        <button type="button" className="folio-button folio-button-primary" onClick={save}>
          {t('optionsRulesSave')}
        </button>
        <button type="button" className="folio-button" onClick={() => setText(EXAMPLE)}>
          {t('optionsRulesExample')}
        </button>
      </div>
      <p id={`${id}-status`} role="status" className={status && !status.ok ? 'options-error' : 'options-ok'}>
        {status?.message}
      </p>
    </div>
  );
}
