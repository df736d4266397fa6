import { descendantsWithTag } from './dom';
import { PICTURE_FILE_NAME } from './patterns';
import { normalizeSpace } from './text';

/** A loader's status left in the description: "processing...", "Loading …". */
const STATUS_ALT = /^(?:loading|processing|please wait)\s*(?:\.{2,3}|…)?$/i;
/** A word that says only that it is a picture. ("logo" and "icon" do say what it is: they stay.) */
const GENERIC_ALT =
  /^(?:image|img|photo|picture|pic|placeholder|thumbnail|thumb|featured image|null|undefined|untitled|default|blank|spacer|alt)$/i;

/**
 * An editor's prompt left as the description: "Please set an alt value for this image...", Stack
 * Exchange's "enter image description here", "Add alt text".
 */
const PROMPT_ALT =
  /^(?:please (?:set|add|enter) (?:an? )?alt (?:value|text)(?: for this image)?|(?:add|insert|enter) (?:alt text|image description)(?: here)?|alt text)\s*(?:\.{2,3}|…)?$/i;

/**
 * An address, or a hash the picture's address is named by (a Gravatar face's
 * "e0a77d45f2235500f6fb529673354877?s=150&d=identicon&r=g"): words for a machine, not a reader.
 */
const ADDRESS_ALT = /^(?:[0-9a-f]{16,}(?:\?\S*)?|https?:\/\/\S+)$/i;

/**
 * Clears a picture's description when it describes nothing: a status, a generic word, an
 * editor's prompt, a file name, an address.
 * The reader shows the description in place of a picture that did not load ("A picture that did
 * not load: processing...") and the Markdown export writes it (![image](…)); a screen reader reads
 * it. An empty one says the same thing better: the reader's box says only that a picture is
 * missing, and the export's brackets stay empty.
 */
export function clearMeaninglessAlts(content: Element): void {
  for (const img of descendantsWithTag(content, 'IMG')) {
    const alt = normalizeSpace(img.getAttribute('alt') ?? '');
    if (
      alt &&
      (STATUS_ALT.test(alt) ||
        GENERIC_ALT.test(alt) ||
        PROMPT_ALT.test(alt) ||
        PICTURE_FILE_NAME.test(alt) ||
        ADDRESS_ALT.test(alt))
    )
      img.setAttribute('alt', '');
  }
}
