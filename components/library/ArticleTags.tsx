import { useId, useState } from 'react';
import type { ArticleSummary } from '../../utils/db';
import { parseTagList } from '../../utils/db/tags';
import { t } from '../../utils/i18n';
import { getFolioService } from '../../utils/services/client';
import { refusedTagsText } from '../common/tag-problems';
import { InlineEditActions } from './InlineEditActions';
import { useInlineEdit } from './useInlineEdit';

/** An article's own tags, edited in place, with the library's tags offered as you type. */
export function ArticleTags({ article, knownTags }: { article: ArticleSummary; knownTags: string[] }) {
  const id = useId();
  const [text, setText] = useState(article.tags.join(', '));
  const { editing, setEditing, problem, setProblem, commit } = useInlineEdit((reason) => t('tagsSaveFailed', reason));
  if (!editing) {
    return (
      <button type="button" className="library-tag-edit" onClick={() => setEditing(true)}>
        {article.tags.length ? article.tags.map((tag) => `#${tag}`).join(' ') : t('articleAddTags')}
      </button>
    );
  }
  const save = async () => {
    const { tags, refused } = parseTagList(text);
    if (refused.length) {
      setProblem(refusedTagsText(refused));
      return;
    }
    await commit(() => getFolioService().setArticleTags(article.id, tags));
  };
  return (
    <span className="library-tag-form">
      <label htmlFor={id}>{t('articleTagsLabel')}</label>
      <input
        id={id}
        // biome-ignore lint/a11y/noAutofocus: opened by "+ tags" to type the tags at once.
        autoFocus
        value={text}
        list={`${id}-known`}
        placeholder={t('tagsPlaceholder')}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save();
          if (e.key === 'Escape') setEditing(false);
        }}
      />
      <datalist id={`${id}-known`}>
        {knownTags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <InlineEditActions onSave={() => void save()} onCancel={() => setEditing(false)} />
      {problem ? (
        <span role="alert" className="library-error">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
