import type { NotKeptReason } from '../../utils/offline/fetch-image';

/** What "Save article" did with the article's pictures, as the reader reports it. */
export interface SavedImages {
  /** Pictures the article shows from the web. */
  total: number;
  kept: number;
  /** Each picture not kept, and why ('no-permission' ones are counted in otherSites instead). */
  notKept: { url: string; reason: NotKeptReason; status?: number }[];
  /** Hosts whose pictures wait for the user's permission, and how many pictures that is. */
  otherSites: { hosts: string[]; count: number };
  /** Asks for that permission (in the click that calls it) and keeps those pictures. */
  allowOtherSites?: () => Promise<SavedImages>;
  /** The permission is being asked in a Folio tab (where this frame cannot ask itself). */
  askedInTab?: boolean;
}
