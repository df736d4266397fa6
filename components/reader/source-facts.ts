/**
 * Who the article is from, for the header's line: the site, then the byline, each said once. A
 * page whose only author is the site itself ("Accruent" by Accruent) would read "Accruent ·
 * Accruent"; the name is kept once. So is a personal site named after its author: "Ben Edelstein"
 * by Ben, "Ibrahim Diallo Blog" by Ibrahim Diallo say the site's name only. Compared as whole
 * words, without case, spacing or a leading "The".
 */
export function sourceFacts(siteName: string | undefined, byline: string | undefined): string[] {
  const facts = [siteName, byline].filter((fact): fact is string => Boolean(fact?.trim()));
  if (facts.length === 2 && namesWithin(words(facts[1] as string), words(facts[0] as string)))
    return [facts[0] as string];
  return facts;
}

function words(name: string): string[] {
  return name
    .trim()
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .split(/\s+/);
}

/** Whether `part` is a run of whole words in `whole` ("ben" in "ben edelstein"). */
function namesWithin(part: string[], whole: string[]): boolean {
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, i) => whole[start + i] === word)) return true;
  }
  return false;
}
