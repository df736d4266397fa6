import type { Article } from '../extract/types';
import type { ArticleInput } from './types';

/** An extracted article's metadata as the library records it (no Dexie here: content scripts use it). */
export function articleInputOf(url: string, article: Article): ArticleInput {
  return {
    url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    excerpt: article.excerpt,
    standfirst: article.standfirst,
  };
}
