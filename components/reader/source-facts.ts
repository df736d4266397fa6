import { titleWords } from '../../utils/extract/metadata';

/**
 * Who the article is from, for the header's line: the site, then the byline, each said once. A
 * page whose only author is the site itself ("Accruent" by Accruent) would read "Accruent ·
 * Accruent"; the name is kept once. So is a personal site named after its author: "Ben Edelstein"
 * by Ben, "Ibrahim Diallo Blog" by Ibrahim Diallo say the site's name only. Compared as whole
 * words, without case, spacing, punctuation, marks such as ® or a leading "The", and a name given
 * as the site's address as the name itself ("paycom.com" is Paycom).
 */
export function sourceFacts(siteName: string | undefined, byline: string | undefined): string[] {
  const facts = [siteName, byline].filter((fact): fact is string => Boolean(fact?.trim()));
  if (facts.length === 2 && namesWithin(words(facts[1] as string), words(facts[0] as string)))
    return [facts[0] as string];
  return facts;
}

function words(name: string): string[] {
  // Letters and digits make words, as in titles; anything else ends one ("Venteur, Inc", "IndustrySelect®").
  const found = titleWords(withoutAddressParts(name.trim().toLowerCase()));
  return found[0] === 'the' && found.length > 1 ? found.slice(1) : found;
}

/** "www.paycom.com" → "paycom": a name written as one address, without its "www." and ending. */
function withoutAddressParts(name: string): string {
  if (/\s/.test(name) || !name.includes('.')) return name;
  const parts = name.split('.');
  if (parts[0] === 'www') parts.shift();
  const ending = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && ending.length >= 2 && /^[a-z]+$/.test(ending)) parts.pop();
  return parts.join('.');
}

/** Whether `part` is a run of whole words in `whole` ("ben" in "ben edelstein"). */
function namesWithin(part: string[], whole: string[]): boolean {
  if (part.length === 0) return false;
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, i) => whole[start + i] === word)) return true;
  }
  return false;
}
