import { descendantsWithTag } from './dom';

/**
 * A video the article embeds (YouTube, Vimeo, Bilibili…) as a link to the video's own page, and
 * likewise a post it embeds (X, Instagram), which the site's script turns into a frame in the
 * live page.
 *
 * The reader loads nothing from other sites, so a player's frame has no place in it (the
 * sanitizer removes every frame): the video went without a trace, and a tutorial's "watch me
 * shape the loaf" pointed at nothing. Now it is a line of its own, "▶ YouTube: <title>" (a
 * post's "↗ X"), that opens the video where it lives; the Markdown export keeps it as a link.
 */

/** Where a player's frame points, for Readability, which keeps only the frames of videos. */
export const VIDEO_PLAYER =
  /\/\/(?:www\.|m\.)?(?:youtube\.com|youtube-nocookie\.com|youtu\.be|player\.vimeo\.com|dailymotion\.com|player\.bilibili\.com|v\.qq\.com|player\.youku\.com|open\.iqiyi\.com|player\.twitch\.tv|platform\.twitter\.com|instagram\.com|loom\.com|embed\.ted\.com|open\.spotify\.com|embed\.podcasts\.apple\.com|(?:archive|upload\.wikimedia)\.org|fast\.wistia\.(?:net|com)|players\.brightcove\.net|cdn\.jwplayer\.com|play\.vidyard\.com)\//i;

interface VideoPage {
  site: string;
  url: string;
  /** ▶ for a video, ↗ for a post. */
  mark?: string;
}

/** Each player's frame address → the video's own page. */
const PLAYERS: { site: string; host: RegExp; page: (url: URL) => string | undefined; mark?: string }[] = [
  {
    site: 'YouTube',
    host: /^(?:www\.|m\.)?(?:youtube\.com|youtube-nocookie\.com)$/,
    page: (url) => idAfter(url, '/embed/', (id) => `https://www.youtube.com/watch?v=${id}`),
  },
  {
    site: 'YouTube',
    host: /^youtu\.be$/,
    page: (url) => idAfter(url, '/', (id) => `https://www.youtube.com/watch?v=${id}`),
  },
  {
    site: 'Vimeo',
    host: /^player\.vimeo\.com$/,
    page: (url) => idAfter(url, '/video/', (id) => `https://vimeo.com/${id}`),
  },
  {
    site: 'Dailymotion',
    host: /^(?:www\.)?dailymotion\.com$/,
    page: (url) => idAfter(url, '/embed/video/', (id) => `https://www.dailymotion.com/video/${id}`),
  },
  {
    site: 'Bilibili',
    host: /^player\.bilibili\.com$/,
    page: (url) => {
      const bvid = url.searchParams.get('bvid');
      const aid = url.searchParams.get('aid');
      if (bvid && VIDEO_ID.test(bvid)) return `https://www.bilibili.com/video/${bvid}`;
      if (aid && /^\d{1,20}$/.test(aid)) return `https://www.bilibili.com/video/av${aid}`;
      return undefined;
    },
  },
  {
    site: '腾讯视频',
    host: /^v\.qq\.com$/,
    page: (url) => {
      const vid = url.searchParams.get('vid');
      return vid && VIDEO_ID.test(vid) ? `https://v.qq.com/x/page/${vid}.html` : undefined;
    },
  },
  {
    site: 'X',
    mark: '↗',
    host: /^platform\.twitter\.com$/,
    page: (url) => {
      const id = url.searchParams.get('id');
      return url.pathname.startsWith('/embed/Tweet') && id && /^\d{1,25}$/.test(id)
        ? `https://x.com/i/status/${id}`
        : undefined;
    },
  },
  {
    site: 'Instagram',
    mark: '↗',
    host: /^(?:www\.)?instagram\.com$/,
    page: (url) => {
      const [, kind, code] = url.pathname.split('/');
      return (kind === 'p' || kind === 'reel') && code && VIDEO_ID.test(code)
        ? `https://www.instagram.com/${kind}/${code}/`
        : undefined;
    },
  },
  {
    site: '优酷',
    host: /^player\.youku\.com$/,
    page: (url) => idAfter(url, '/embed/', (id) => `https://v.youku.com/v_show/id_${id}.html`),
  },
  {
    site: 'Loom',
    host: /^(?:www\.)?loom\.com$/,
    page: (url) => idAfter(url, '/embed/', (id) => `https://www.loom.com/share/${id}`),
  },
  {
    site: 'TED',
    host: /^embed\.ted\.com$/,
    page: (url) => idAfter(url, '/talks/', (id) => `https://www.ted.com/talks/${id}`),
  },
  {
    // A podcast's episode or show, a song or an album: listened to, not watched, but played all the same.
    site: 'Spotify',
    host: /^open\.spotify\.com$/,
    page: (url) => {
      const [, embed, kind, id] = url.pathname.split('/');
      return embed === 'embed' && kind && SPOTIFY_KINDS.has(kind) && id && VIDEO_ID.test(id)
        ? `https://open.spotify.com/${kind}/${id}`
        : undefined;
    },
  },
  {
    site: 'Apple Podcasts',
    host: /^embed\.podcasts\.apple\.com$/,
    // The embed's path is the podcast's own page's ("/us/podcast/<name>/id123…").
    page: (url) =>
      APPLE_PODCAST_PATH.test(url.pathname) ? `https://podcasts.apple.com${url.pathname}${url.search}` : undefined,
  },
  // Players sites host their own videos with (Wistia, Brightcove, Vidyard, JW Player): their
  // names mean nothing to a reader, so the line says "▶ Video"; the player's own page plays it.
  {
    site: 'Video',
    host: /^fast\.wistia\.(?:net|com)$/,
    page: (url) => idAfter(url, '/embed/iframe/', wistiaPage),
  },
  {
    site: 'Video',
    host: /^players\.brightcove\.net$/,
    page: (url) => {
      const [, account, player, file] = url.pathname.split('/');
      const id = url.searchParams.get('videoId');
      return account && player && file === 'index.html' && id ? brightcovePage(account, player, id) : undefined;
    },
  },
  {
    site: 'Video',
    host: /^play\.vidyard\.com$/,
    page: (url) => {
      const id = VIDYARD_FILE.exec(url.pathname)?.[1];
      return id ? vidyardPage(id) : undefined;
    },
  },
  {
    site: 'Video',
    host: /^cdn\.jwplayer\.com$/,
    // "/players/<media>-<player>.html" (or .js, the script that draws it into the page).
    page: (url) => {
      const file = JW_PLAYER_FILE.exec(url.pathname)?.[1];
      return file ? jwPlayerPage(file) : undefined;
    },
  },
];

const JW_PLAYER_FILE = /^\/players\/([\w-]{1,64})\.(?:html|js)$/;
const jwPlayerPage = (file: string) => `https://cdn.jwplayer.com/players/${file}.html`;
/** Vidyard's player page ("/<uuid>.html") or its picture, which its script replaces ("/<uuid>.jpg"). */
const VIDYARD_FILE = /^\/([\w-]{1,64})\.(?:html|jpg)$/;
const vidyardPage = (id: string) => `https://play.vidyard.com/${id}.html`;
const wistiaPage = (id: string) => `https://fast.wistia.net/embed/iframe/${id}`;
const BRIGHTCOVE_ACCOUNT = /^\d{1,20}$/;
/** A Brightcove player's path segment: the player's id and its embed's ("B1Hli6KCG_default"). */
const BRIGHTCOVE_PLAYER = /^[\w-]{1,64}$/;

function brightcovePage(account: string, player: string, id: string): string | undefined {
  if (!BRIGHTCOVE_ACCOUNT.test(account) || !BRIGHTCOVE_PLAYER.test(player) || !VIDEO_ID.test(id)) return undefined;
  return `https://players.brightcove.net/${account}/${player}/index.html?videoId=${encodeURIComponent(id)}`;
}

/**
 * The player's page a placeholder's address names on the player's own host: JW Player's script,
 * set where the player goes ("cdn.jwplayer.com/players/<media>-<player>.js"), Vidyard's picture
 * of the video ("play.vidyard.com/<uuid>.jpg").
 */
function playerPageAt(el: Element, host: string, file: RegExp, page: (id: string) => string): string | undefined {
  const address = el.getAttribute('src') ?? '';
  // (Every script on the page is asked: most are not the player's, and need no parsing.)
  if (!address.includes(host)) return undefined;
  try {
    const url = new URL(address, el.baseURI);
    const id = url.hostname === host ? file.exec(url.pathname)?.[1] : undefined;
    return id ? page(id) : undefined;
  } catch {
    return undefined;
  }
}

/** Wistia's placeholder: an element its script fills with the player ("wistia_async_abc123"). */
const WISTIA_ASYNC = /(?:^|\s)wistia_async_([a-z0-9]{1,32})(?:\s|$)/i;

/**
 * The frame a player's placeholder stands for, made before the cleaning steps drop the empty
 * placeholder: Wistia's `wistia_async_<id>` element, Brightcove's `<video-js>` (or `<video>`)
 * with its account, player and video, JW Player's script, Vidyard's picture. Readability then
 * keeps it as it keeps any player's frame, and linkVideoEmbeds makes it a link. Undefined for
 * anything else.
 */
export function frameForPlayerPlaceholder(el: Element): Element | undefined {
  let src: string | undefined;
  const wistia = WISTIA_ASYNC.exec(el.getAttribute('class') ?? '')?.[1];
  if (wistia) src = wistiaPage(wistia);
  else if (el.localName === 'script') src = playerPageAt(el, 'cdn.jwplayer.com', JW_PLAYER_FILE, jwPlayerPage);
  else if (el.localName === 'img' && (el.getAttribute('class') ?? '').includes('vidyard-player-embed'))
    src = playerPageAt(el, 'play.vidyard.com', VIDYARD_FILE, vidyardPage);
  else if ((el.localName === 'video-js' || el.localName === 'video') && el.hasAttribute('data-video-id')) {
    const account = el.getAttribute('data-account') ?? '';
    const player = `${el.getAttribute('data-player') || 'default'}_${el.getAttribute('data-embed') || 'default'}`;
    src = brightcovePage(account, player, el.getAttribute('data-video-id') ?? '');
  }
  if (!src) return undefined;
  // An <embed>, not an <iframe>: Readability and linkVideoEmbeds treat them alike, and jsdom
  // builds a whole window for each frame put in a document (10 ms each: 3,000 took 30 s).
  const frame = el.ownerDocument.createElement('embed');
  frame.setAttribute('src', src);
  // A picture standing for the video describes it: the link's name, as a frame's title is.
  const description = el.localName === 'img' ? el.getAttribute('alt') : null;
  if (description) frame.setAttribute('title', description);
  return frame;
}

const SPOTIFY_KINDS = new Set(['episode', 'show', 'track', 'album', 'playlist']);
const APPLE_PODCAST_PATH = /^\/[a-z]{2}\/podcast\/[\w%-]{0,200}\/?id\d{1,20}$/;

/** A video's id as the players write it: letters, digits, `_`, `-` and `=` (Youku's). */
const VIDEO_ID = /^[\w=-]{1,64}$/;

function idAfter(url: URL, prefix: string, page: (id: string) => string): string | undefined {
  if (!url.pathname.startsWith(prefix)) return undefined;
  const id = url.pathname.slice(prefix.length).split('/')[0] ?? '';
  return VIDEO_ID.test(id) ? page(id) : undefined;
}

/** The video's own page, from a player's frame address (lazy frames keep it in `data-src`). */
export function videoPage(frame: Element, base = frame.baseURI): VideoPage | undefined {
  for (const name of ['src', 'data-src', 'data-lazy-src', 'data']) {
    const value = frame.getAttribute(name)?.trim();
    if (!value) continue;
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    for (const player of PLAYERS) {
      if (!player.host.test(url.hostname)) continue;
      const page = player.page(url);
      if (page) return { site: player.site, url: page, ...(player.mark ? { mark: player.mark } : {}) };
    }
  }
  return undefined;
}

/** A frame's title that names the player, not the video ("YouTube video player", "X Post"). */
const PLAYER_TITLE =
  /^(?:youtube|vimeo|wistia|brightcove|jw|video|embedded|embed|player|iframe|media|x|twitter|instagram)(?: (?:video|player|content|embed|post|tweet))*$/i;
/** Longer than this, a frame's title is not a video's name. */
const MAX_TITLE = 200;

/**
 * Each video player's or post's frame (and `<lite-youtube>` facade) in `container` replaced by a
 * link to the video's or post's page, on a line of its own unless the frame sat inside a sentence.
 */
export function linkVideoEmbeds(container: Element, base?: string): number {
  const doc = container.ownerDocument;
  let linked = 0;
  // By tag, each from the DOM's index: most articles have none of them.
  const frames = [
    ...descendantsWithTag(container, 'IFRAME'),
    ...descendantsWithTag(container, 'OBJECT'),
    ...descendantsWithTag(container, 'EMBED'),
    ...descendantsWithTag(container, 'LITE-YOUTUBE'),
  ];
  for (const frame of frames) {
    // An <embed> inside an <object> went with it.
    if (!container.contains(frame)) continue;
    const video = frame.localName === 'lite-youtube' ? liteYoutube(frame) : videoPage(frame, base);
    if (!video) continue;
    const title = (frame.getAttribute('title') ?? frame.getAttribute('playlabel') ?? '').replace(/\s+/g, ' ').trim();
    const named = title && title.length <= MAX_TITLE && !PLAYER_TITLE.test(title) ? title : '';
    const link = doc.createElement('a');
    link.href = video.url;
    const mark = video.mark ?? '▶';
    link.textContent = named ? `${mark} ${video.site}: ${named}` : `${mark} ${video.site}`;
    // Among blocks the link is a paragraph of its own; inside a paragraph (a sentence's, or one
    // that held the player alone) or a phrase it takes the player's place (a <p> there would
    // split the paragraph in two).
    if (!BLOCK_CONTAINER.test(frame.parentElement?.tagName ?? '')) frame.replaceWith(link);
    else {
      const line = doc.createElement('p');
      line.append(link);
      frame.replaceWith(line);
    }
    linked++;
  }
  return linked;
}

/** Elements that hold blocks, where a paragraph may stand. */
const BLOCK_CONTAINER = /^(?:DIV|SECTION|ARTICLE|MAIN|BODY|FIGURE|BLOCKQUOTE|LI|TD|TH|ASIDE|HEADER|FOOTER|DD)$/;

/** The lite-youtube facade: a custom element that loads the player on a click. */
function liteYoutube(el: Element): VideoPage | undefined {
  const id = el.getAttribute('videoid') ?? '';
  return VIDEO_ID.test(id) ? { site: 'YouTube', url: `https://www.youtube.com/watch?v=${id}` } : undefined;
}
