/** Reading view and read-aloud settings as another computer had them: none is a default. */
export const READER_SETTINGS_ELSEWHERE = {
  fontFamily: 'sans',
  fontSize: 23,
  lineHeight: 2,
  contentWidth: 44,
  textAlign: 'justify',
  paragraphIndent: 'on',
  theme: 'sepia',
};

export const LISTEN_SETTINGS_ELSEWHERE = { rate: 1.5, voiceByLanguage: { zh: 'Tingting' } };
