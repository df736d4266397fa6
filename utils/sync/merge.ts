import type { SiteRule } from '../extract/types';
import {
  type ArticleBundle,
  type DeviceId,
  type SiteRulesBundle,
  type SyncedArticle,
  type SyncedHighlight,
  siteRulesVersion,
  TOMBSTONE_MS,
  type Tombstone,
  tombstoneVersion,
  versionOf,
} from './bundle';

/**
 * Three-way merge of what this device has (local), what the server has (remote) and what both
 * had at the last sync (base). Per record: a side that did not change takes the other's; when
 * both changed, the newer `updatedAt` wins (the device id breaks a tie), tags merge as sets (an
 * addition on either side stays, a removal on either side goes), and a note edited on both sides
 * keeps both texts, the other one marked as a conflict copy. A deletion against an edit: the
 * later of the two wins. Pure: no browser API, no clock (the caller passes `now`).
 */
export interface MergeContext {
  now: number;
  device: DeviceId;
  /** The line put before the other device's text in a note that both changed. */
  conflictLabel(loser: { device?: DeviceId; updatedAt: number }): string;
}

interface Versioned {
  updatedAt: number;
  tags: string[];
  device?: DeviceId;
  note?: string;
}

/** One side of a record: present, deleted (with when), or never seen (neither). */
export interface Side<T> {
  record?: T;
  deletedAt?: number;
  deletedBy?: DeviceId;
}

export function mergeRecord<T extends Versioned>(
  base: T | undefined,
  local: Side<T>,
  remote: Side<T>,
  context: MergeContext,
): Side<T> {
  const localChanged = changedFrom(base, local);
  const remoteChanged = changedFrom(base, remote);
  if (!localChanged) return remote.record || remote.deletedAt !== undefined ? remote : local;
  if (!remoteChanged) return local;
  if (local.record && remote.record) return { record: mergeFields(base, local.record, remote.record, context) };
  if (local.record) return local.record.updatedAt > (remote.deletedAt ?? 0) ? local : remote;
  if (remote.record) return remote.record.updatedAt > (local.deletedAt ?? 0) ? remote : local;
  // Deleted on both sides, or unknown to one: the deletion stands.
  return (local.deletedAt ?? 0) >= (remote.deletedAt ?? 0) ? local : remote;
}

function changedFrom<T extends Versioned>(base: T | undefined, side: Side<T>): boolean {
  if (side.deletedAt !== undefined) return true;
  if (!side.record) return base !== undefined;
  return !base || side.record.updatedAt !== base.updatedAt;
}

function mergeFields<T extends Versioned>(base: T | undefined, mine: T, remote: T, context: MergeContext): T {
  // This device's records carry no device id until they are written to the server.
  const local: T = { ...mine, device: mine.device ?? context.device };
  const localWins =
    local.updatedAt > remote.updatedAt ||
    (local.updatedAt === remote.updatedAt && (local.device ?? '') >= (remote.device ?? ''));
  const [winner, loser] = localWins ? [local, remote] : [remote, local];
  const merged: T = { ...winner, tags: mergeSets(base?.tags ?? [], local.tags, remote.tags) };
  if (typeof winner.note === 'string' && typeof loser.note === 'string') {
    merged.note = mergeNote(base?.note, winner as T & { note: string }, loser as T & { note: string }, context);
  }
  const sameAsWinner = merged.note === winner.note && sameList(merged.tags, winner.tags);
  // A merge that is neither side's record is newer than both, so every device takes it as it is.
  if (!sameAsWinner) merged.updatedAt = Math.max(local.updatedAt, remote.updatedAt) + 1;
  return merged;
}

/** Additions on either side are kept, removals on either side are applied. */
export function mergeSets(base: readonly string[], local: readonly string[], remote: readonly string[]): string[] {
  const removed = new Set(base.filter((tag) => !local.includes(tag) || !remote.includes(tag)));
  return [...new Set([...local, ...remote])].filter((tag) => !removed.has(tag));
}

function mergeNote(
  base: string | undefined,
  winner: Versioned & { note: string },
  loser: Versioned & { note: string },
  context: MergeContext,
): string {
  if (winner.note === loser.note) return winner.note;
  if (base !== undefined && loser.note === base) return winner.note;
  if (base !== undefined && winner.note === base) return loser.note;
  if (!loser.note.trim() || winner.note.includes(loser.note)) return winner.note;
  if (!winner.note.trim() || loser.note.includes(winner.note)) return loser.note;
  return `${winner.note}\n\n${context.conflictLabel(loser)}\n${loser.note}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** An article and its highlights as this device has them now. */
export interface LocalArticle {
  article?: SyncedArticle;
  highlights: SyncedHighlight[];
}

/**
 * Merges one article's bundle. `base` is the bundle as of the last sync (undefined if this device
 * never synced it), `remote` the server's (pass `base` when the server's did not change, and
 * undefined when the server has none). Returns the bundle both sides should now hold.
 */
export function mergeArticleBundle(
  id: string,
  base: ArticleBundle | undefined,
  local: LocalArticle,
  remote: ArticleBundle | undefined,
  context: MergeContext,
): ArticleBundle {
  const baseArticle = base?.article;
  const localSide = localSideOf(local.article, baseArticle, context);
  // This device applied that very deletion at the last sync, and the article is here again: it
  // was brought back here since (a restore from a backup), which a stale tombstone must not undo.
  const broughtBack = Boolean(local.article && base && !base.article && remote?.deletedAt === base.deletedAt);
  const article = broughtBack ? localSide : mergeRecord(baseArticle, localSide, remoteArticleSide(remote), context);
  if (!article.record) {
    const deletedAt = article.deletedAt ?? context.now;
    return {
      kind: 'article',
      id,
      v: tombstoneVersion(deletedAt),
      deletedAt,
      deletedBy: article.deletedBy ?? context.device,
      highlights: [],
      removed: [],
    };
  }

  const baseById = new Map((base?.highlights ?? []).map((h) => [h.id, h]));
  const localById = new Map(local.highlights.map((h) => [h.id, h]));
  const remoteById = new Map((remote?.highlights ?? []).map((h) => [h.id, h]));
  const remoteRemoved = new Map((remote?.removed ?? []).map((t) => [t.id, t]));
  const ids = new Set([...baseById.keys(), ...localById.keys(), ...remoteById.keys(), ...remoteRemoved.keys()]);
  const highlights: SyncedHighlight[] = [];
  const removed: Tombstone[] = [];
  for (const highlightId of ids) {
    const baseRecord = baseById.get(highlightId);
    const localRecord = localById.get(highlightId);
    const localHighlight = localSideOf(localRecord, baseRecord, context);
    const tombstone = remoteRemoved.get(highlightId);
    const remoteRecord = remoteById.get(highlightId);
    const remoteHighlight: Side<SyncedHighlight> = remoteRecord
      ? { record: remoteRecord }
      : tombstone
        ? { deletedAt: tombstone.deletedAt, deletedBy: tombstone.device }
        : {};
    const alreadyApplied =
      tombstone && base?.removed.some((t) => t.id === highlightId && t.deletedAt === tombstone.deletedAt);
    const result =
      localRecord && alreadyApplied
        ? localHighlight
        : mergeRecord(baseRecord, localHighlight, remoteHighlight, context);
    if (result.record) highlights.push({ ...result.record, articleId: id, url: article.record.url });
    else if (result.deletedAt !== undefined && result.deletedAt > context.now - TOMBSTONE_MS) {
      removed.push({ id: highlightId, deletedAt: result.deletedAt, device: result.deletedBy });
    }
  }
  highlights.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  removed.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    kind: 'article',
    id,
    v: versionOf(article.record, highlights),
    article: article.record,
    highlights,
    removed,
  };
}

/** This device's side: its record, or deleted now if the base had it (a deletion since the last sync). */
function localSideOf<T>(record: T | undefined, base: T | undefined, context: MergeContext): Side<T> {
  if (record) return { record };
  return base ? { deletedAt: context.now, deletedBy: context.device } : {};
}

/**
 * A record the server lacks, without a tombstone, is unknown there, never deleted: it may be a
 * write that did not finish, or a tombstone purged after 90 days. Keeping it loses nothing; the
 * price is that a device away for more than 90 days may bring back what others deleted.
 */
function remoteArticleSide(remote: ArticleBundle | undefined): Side<SyncedArticle> {
  if (remote?.article) return { record: remote.article };
  if (remote) return { deletedAt: remote.deletedAt ?? 0, deletedBy: remote.deletedBy };
  return {};
}

/** Site rules merge by name, three ways; a rule both sides changed differently keeps this device's. */
export function mergeSiteRules(
  base: SiteRulesBundle | undefined,
  local: readonly SiteRule[],
  remote: SiteRulesBundle | undefined,
): SiteRulesBundle {
  const byName = (rules: readonly SiteRule[] | undefined) => new Map((rules ?? []).map((r) => [r.name, r]));
  const [b, l, r] = [byName(base?.rules), byName(local), byName(remote?.rules ?? base?.rules)];
  const same = (x?: SiteRule, y?: SiteRule) => JSON.stringify(x) === JSON.stringify(y);
  const rules: SiteRule[] = [];
  for (const name of new Set([...l.keys(), ...r.keys(), ...b.keys()])) {
    const [was, mine, theirs] = [b.get(name), l.get(name), r.get(name)];
    const kept = same(mine, was) ? theirs : mine;
    if (kept) rules.push(kept);
  }
  return { kind: 'site-rules', id: 'folio:site-rules', v: siteRulesVersion(rules), rules };
}
