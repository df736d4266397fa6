import { useEffect, useId, useMemo, useState } from 'react';
import type { ArticleRecord, HighlightRecord } from '../../utils/db/types';
import { t } from '../../utils/i18n';
import { checkTemplate, DEFAULT_TEMPLATE, renderTemplate, TEMPLATE_VARIABLES } from '../../utils/markdown';
import { loadMarkdownTemplate, saveMarkdownTemplate } from '../../utils/settings';

const SAMPLE_ARTICLE: ArticleRecord = {
  id: 'sample',
  url: 'https://fanwen.example/dxs/12345.html',
  title: '关于提升青年读书习惯的几点思考',
  siteName: '范文天地',
  byline: '李明',
  tags: ['读书'],
  createdAt: Date.UTC(2024, 2, 8),
  updatedAt: Date.UTC(2024, 2, 8),
};
const SAMPLE_HIGHLIGHTS: HighlightRecord[] = [
  {
    id: '3f2a9c1e-0000-4000-8000-000000000000',
    articleId: 'sample',
    url: SAMPLE_ARTICLE.url,
    target: {
      selector: [{ type: 'TextQuoteSelector', exact: '读书是一个人精神成长的重要途径。', prefix: '', suffix: '' }],
    },
    color: 'yellow',
    note: '可以用在读书分享会的开场。',
    tags: ['摘抄'],
    createdAt: Date.UTC(2024, 2, 8),
    updatedAt: Date.UTC(2024, 2, 8),
  },
];

/** The Markdown template, with its variables listed, checked, and previewed on a sample note. */
export function TemplateEditor() {
  const id = useId();
  const [template, setTemplate] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  useEffect(() => {
    // The template in use, as editable text: Folio's own when none is saved (a placeholder in grey
    // read as if it were already typed in, and could not be edited from).
    void loadMarkdownTemplate().then((saved) => setTemplate(saved.trim() ? saved : DEFAULT_TEMPLATE));
  }, []);
  const effective = template.trim() ? template : DEFAULT_TEMPLATE;
  const isDefault = effective.trim() === DEFAULT_TEMPLATE.trim();
  const check = checkTemplate(effective);
  const preview = useMemo(
    () => (check.ok ? renderTemplate(effective, SAMPLE_ARTICLE, SAMPLE_HIGHLIGHTS) : ''),
    [effective, check.ok],
  );
  return (
    <div className="options-rules">
      <p className="folio-hint">
        {t('optionsTemplateVariables')} <code>{TEMPLATE_VARIABLES.article.map((v) => `{{${v}}}`).join(' ')}</code>{' '}
        <code>{'{{#highlights}}'}</code> <code>{TEMPLATE_VARIABLES.highlight.map((v) => `{{${v}}}`).join(' ')}</code>{' '}
        <code>{'{{/highlights}}'}</code>
      </p>
      <label htmlFor={id}>{t('optionsTemplateLabel')}</label>
      <textarea
        id={id}
        rows={10}
        spellCheck={false}
        value={template}
        aria-describedby={isDefault ? `${id}-default` : undefined}
        onChange={(e) => setTemplate(e.currentTarget.value)}
      />
      {isDefault ? (
        <p id={`${id}-default`} className="folio-hint">
          {t('optionsTemplateIsDefault')}
        </p>
      ) : null}
      <div className="options-actions">
        <button
          type="button"
          className="folio-button folio-button-primary"
          onClick={async () => {
            if (!check.ok) {
              setStatus({ ok: false, message: check.error });
              return;
            }
            // Folio's own template is stored as none, so that it follows Folio's updates.
            await saveMarkdownTemplate(isDefault ? '' : template);
            setStatus({ ok: true, message: t('optionsTemplateSaved') });
          }}
        >
          {t('save')}
        </button>
        <button
          type="button"
          className="folio-button"
          onClick={async () => {
            setTemplate(DEFAULT_TEMPLATE);
            await saveMarkdownTemplate('');
            setStatus({ ok: true, message: t('optionsTemplateReset') });
          }}
        >
          {t('settingsReset')}
        </button>
      </div>
      <p role="status" className={status && !status.ok ? 'options-error' : 'options-ok'}>
        {check.ok ? status?.message : check.error}
      </p>
      <h3>{t('optionsTemplatePreview')}</h3>
      <pre className="options-preview">{preview}</pre>
    </div>
  );
}
