/**
 * How much of an article's pictures Folio keeps for offline reading. A typical article's images
 * are a few hundred kilobytes each; the caps stop one photo essay (or a page serving a huge file
 * as an "image") from filling the user's disk, and are said to the user when reached.
 */
export const IMAGE_LIMITS = {
  /** Largest single image kept. */
  maxImageBytes: 5 * 1024 * 1024,
  /** All of one article's images together. */
  maxArticleBytes: 20 * 1024 * 1024,
  /** Images looked at per article (a gallery page beyond this keeps its first ones). */
  maxImages: 150,
  /** Longest wait for one image. */
  timeoutMs: 15_000,
  /** Pictures fetched at once from one article (a browser opens about six connections a site). */
  parallelFetches: 4,
} as const;
