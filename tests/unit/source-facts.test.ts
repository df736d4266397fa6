import { describe, expect, it } from 'vitest';
import { sourceFacts } from '../../components/reader/source-facts';

describe("the header's site and byline", () => {
  it('says a name once when the byline is the site itself', () => {
    expect(sourceFacts('Accruent', 'Accruent')).toEqual(['Accruent']);
    expect(sourceFacts('The Verge', 'the  verge')).toEqual(['The Verge']);
  });

  it('says a name once when the two differ only in marks, punctuation or an address', () => {
    expect(sourceFacts('IndustrySelect®', 'IndustrySelect')).toEqual(['IndustrySelect®']);
    expect(sourceFacts('Venteur, Inc', 'Venteur')).toEqual(['Venteur, Inc']);
    expect(sourceFacts('Paycom', 'www.paycom.com')).toEqual(['Paycom']);
    expect(sourceFacts('Paperium', 'paperium.net')).toEqual(['Paperium']);
    // A byline of marks alone names no one: it is not "within" the site's name.
    expect(sourceFacts('Paperium', '—')).toEqual(['Paperium', '—']);
  });

  it('says the site once when it is named after the author', () => {
    expect(sourceFacts('Ben Edelstein', 'Ben')).toEqual(['Ben Edelstein']);
    expect(sourceFacts('Ibrahim Diallo Blog', 'Ibrahim  Diallo')).toEqual(['Ibrahim Diallo Blog']);
    // Part of a word is not a name: both stay.
    expect(sourceFacts('Benchmark Weekly', 'Ben')).toEqual(['Benchmark Weekly', 'Ben']);
    expect(sourceFacts('Ben Edelstein', 'Ben Stiller')).toEqual(['Ben Edelstein', 'Ben Stiller']);
  });

  it('keeps both when they differ, and whichever one the page gives', () => {
    expect(sourceFacts('Bloomreach', 'Pavlina Petkova')).toEqual(['Bloomreach', 'Pavlina Petkova']);
    expect(sourceFacts(undefined, 'Pavlina Petkova')).toEqual(['Pavlina Petkova']);
    expect(sourceFacts('Bloomreach', ' ')).toEqual(['Bloomreach']);
  });
});
