import type { Narrator, SpokenWord } from '../../../utils/narrate/narrator';
import { wordLengthAt } from '../../../utils/narrate/speech-chunks';
import type { SpeakableBlock } from './speakable-blocks';

/** A reading under way: its narrator, and each block's utterances and where they start in it. */
export interface Reading {
  narrator: Narrator;
  blocks: SpeakableBlock[];
  chunks: string[][];
  starts: number[][];
}

/** The word the voice is at, as a range of the document: painted, so the eye can follow. */
export function wordRange(reading: Reading | undefined, word: SpokenWord): Range | undefined {
  const block = reading?.blocks[word.block];
  const chunk = reading?.chunks[word.block]?.[word.chunk];
  if (!block || chunk === undefined) return undefined;
  const start = (reading?.starts[word.block]?.[word.chunk] ?? 0) + word.charIndex;
  const length = word.charLength ?? wordLengthAt(chunk, word.charIndex);
  const from = block.locate(start);
  const to = block.locate(start + length - 1);
  if (!from || !to) return undefined;
  const range = block.element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset + 1);
  return range;
}
