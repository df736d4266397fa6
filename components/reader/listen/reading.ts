import type { Narrator, SpokenWord, Utterances } from '../../../utils/narrate/narrator';
import { chunkStarts, wordLengthAt } from '../../../utils/narrate/speech-chunks';
import type { SpeakableBlock } from './speakable-blocks';

/** A reading under way: its narrator, the blocks, and each block's utterances (cut on demand). */
export interface Reading {
  narrator: Narrator;
  blocks: SpeakableBlock[];
  utterances: Utterances;
}

/** Where each utterance starts in its block, found once a block (a word comes every 300 ms). */
const starts = new WeakMap<readonly string[], number[]>();
function startsOf(text: string, chunks: readonly string[]): number[] {
  let found = starts.get(chunks);
  if (!found) {
    found = chunkStarts(text, chunks);
    starts.set(chunks, found);
  }
  return found;
}

/** The word the voice is at, as a range of the document: painted, so the eye can follow. */
export function wordRange(reading: Reading | undefined, word: SpokenWord): Range | undefined {
  const block = reading?.blocks[word.block];
  const chunks = reading?.utterances.of(word.block) ?? [];
  const chunk = chunks[word.chunk];
  if (!block || chunk === undefined) return undefined;
  const start = (startsOf(block.text, chunks)[word.chunk] ?? 0) + word.charIndex;
  const length = word.charLength ?? wordLengthAt(chunk, word.charIndex);
  const from = block.locate(start);
  const to = block.locate(start + length - 1);
  if (!from || !to) return undefined;
  const range = block.element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset + 1);
  return range;
}
