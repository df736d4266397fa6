/**
 * Who the article is from, for the header's line: the site, then the byline, each said once. A
 * page whose only author is the site itself ("Accruent" by Accruent) would read "Accruent ·
 * Accruent"; the name is kept once. Compared without case, spacing or a leading "The".
 */
export function sourceFacts(siteName: string | undefined, byline: string | undefined): string[] {
  const facts = [siteName, byline].filter((fact): fact is string => Boolean(fact?.trim()));
  if (facts.length === 2 && comparable(facts[0] as string) === comparable(facts[1] as string))
    return [facts[0] as string];
  return facts;
}

function comparable(name: string): string {
  return name.trim().replace(/\s+/g, ' ').replace(/^the /i, '').toLowerCase();
}
