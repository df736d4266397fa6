import type { MarkedPart } from '../../utils/library';

/** Text with the searched words drawn as <mark> (parts from markTerms/snippetOf; text only, never HTML). */
export function Marked({ parts }: { parts: MarkedPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string, in order, never reordered.
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
