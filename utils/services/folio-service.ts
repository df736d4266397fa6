import type { ProxyServiceKey } from '@webext-core/proxy-service';
import {
  type ArticleInput,
  type ArticleRecord,
  addHighlight,
  countHighlightsForUrl,
  type FolioDb,
  getArticleByUrl,
  type HighlightRecord,
  listHighlightsForUrl,
  upsertArticle,
} from '../db';

/**
 * What content scripts and extension pages may ask of the database. The background registers one
 * instance; everyone else holds a proxy (`getFolioService()`), so the database has one writer.
 * Every method is async and takes and returns plain, structured-cloneable data.
 */
export class FolioService {
  constructor(private readonly db: FolioDb) {}

  async recordArticle(input: ArticleInput): Promise<ArticleRecord> {
    return upsertArticle(this.db, input);
  }

  async getArticle(url: string): Promise<ArticleRecord | null> {
    return (await getArticleByUrl(this.db, url)) ?? null;
  }

  async listHighlights(url: string): Promise<HighlightRecord[]> {
    return listHighlightsForUrl(this.db, url);
  }

  async countHighlights(url: string): Promise<number> {
    return countHighlightsForUrl(this.db, url);
  }

  async addHighlight(input: Parameters<typeof addHighlight>[1]): Promise<HighlightRecord> {
    return addHighlight(this.db, input);
  }
}

export const FOLIO_SERVICE_KEY = 'folio-service' as ProxyServiceKey<FolioService>;
