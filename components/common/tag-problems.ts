import type { RefusedTag, TagProblem } from '../../utils/db/tags';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../utils/db/tags';
import { t } from '../../utils/i18n';

/** Why a tag was refused, in the UI's language ("#" alone in a Chinese UI gets a Chinese answer). */
export function tagProblemText(problem: TagProblem): string {
  if (problem === 'too-long') return t('tagTooLong', String(MAX_TAG_LENGTH));
  if (problem === 'too-many') return t('tagTooMany', String(MAX_TAGS));
  return t('tagEmpty');
}

/** The refused pieces of a typed list, each named: "“#”: A tag needs at least one letter…". */
export function refusedTagsText(refused: RefusedTag[]): string {
  return refused
    .map((r) => (r.reason === 'too-many' ? tagProblemText(r.reason) : `“${r.typed}”: ${tagProblemText(r.reason)}`))
    .join(' ');
}
