/** Decoding a page's bytes by its declared or sniffed charset (GBK, GB2312, GB18030, UTF-8…). */
export { decodeHtml, sniffCharset } from './decode-html';
