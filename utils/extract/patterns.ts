/**
 * The language-aware vocabulary of clutter, in one place so that pre-clean and post-clean agree.
 * Chinese content farms name their blocks in pinyin (xgwz = 相关文章, tuijian = 推荐, gg = 广告),
 * which Readability's English rules do not know.
 */

/** A line that says something in words: a letter in it (a score, a closing brace, a rule of dashes have none). */
export const HAS_LETTER = /\p{L}/u;

/** class/id tokens of blocks that are never the article, matched as whole tokens inside a
 * class or id value ("gg", "xgwz-list", "side_gg", but not "egg"). A breadcrumb trail is read
 * into the page's metadata (site and section names) before its block goes. */
export const BOILERPLATE_TOKEN =
  /(?:^|[\s_-])(?:xgwz|xiangguan|xgtj|xglj|tuijian|tj|gg|guanggao|ggw|ad|ads|adv|advert|advertisement|adsbygoogle|mianbaoxie|weizhi|dangqianweizhi|pinglun|remen|rmwz|paihang|phb|banquan|vip|xiazai|shangxia|sxp|fenxiang|newsletter|related|recommend(?:ed|ations?)?|breadcrumbs?)(?=$|[\s_-])/i;

/** Headings that start a block of links to other articles; longer lines are not headings. */
export const MAX_RELATED_HEADING = 60;
export const RELATED_HEADING =
  /^(?:(?:相关(?:文章|推荐|阅读|范文|内容|专题|新闻|资讯|报道|链接)|热门(?:文章|推荐|阅读|专题)?|猜你喜欢|推荐(?:阅读|文章)|延伸阅读|精彩推荐|往期(?:推荐|回顾|精选|文章)|最新(?:文章|更新|推荐)|大家(?:都在看|还看了)|(?:you (?:may|might) (?:also )?(?:like|enjoy))|related(?: (?:posts|articles|stories|reading|reads|content))?|recommended(?: for you| reading| articles| posts)?|more (?:from|stories|articles|like this)|read (?:next|more)|keep reading|popular (?:posts|stories|articles|this week|this month|today|now)|most (?:read|popular|viewed)(?: in [a-z]+(?: [a-z]+){0,3})?|(?:latest|recent) (?:posts|articles|stories|news)|what others are reading|good articles to read together|trending(?: now)?|other (?:posts|articles|stories|recipes|guides) you (?:may|might|will) (?:also )?(?:like|enjoy|love)|leggi anche|ti potrebbe(?: anche)? interessare|(?:à )?lire aussi|voir aussi|leia também|veja também|lea también|lee también|ver también|siehe auch|lesen sie auch|(?:você )?(?:também )?pode gostar|(?:también )?te puede interesar|vous (?:aimerez|pourriez aimer) aussi|das könnte (?:sie|dich) auch interessieren)\s*(?:[:：!]|\.{2,3}|…)?|more ?[:：]|you may be interested in.{0,40})$/i;

/**
 * A label over other stories' links that may also head the article's own section (a travel
 * guide's "Don't miss"): related only when links follow it (pre-clean's removeRelatedBlocks).
 */
export const TEASER_HEADING = /^don['’]t miss\s*[:：!]?$/i;

/**
 * Short lines that prompt a download, a membership or navigation: never part of an essay. A
 * pager line is runs of page numbers (two numbers always apart) between pager words: written so
 * that a run of digits can be read only one way, since `(?:\d+|…)+` backtracked exponentially.
 * Three patterns rather than one alternation: the exact ReDoS checker decides each within its
 * time limit, where the whole was left to the fuzzer, whose verdict changed with the machine's load.
 */
const PROMPT_LINES: readonly RegExp[] = [
  // Download and membership prompts, anywhere in the line.
  /(?:下载(?:全文|本文|此文|完整版|word|文档)|全文下载|免费下载|开通\s*VIP|VIP\s*(?:会员|专享|下载)|(?:复制|阅读)(?:全文|本文)请|点击(?:下载|查看全文))/i,
  // A pager: page numbers between pager words.
  /^(?=.*页)\s*(?:(?:\d+\s+)*\d+\s*)?(?:(?:共\s*\d+\s*页|下一页|上一页|首页|尾页|末页|第\s*\d+\s*页|\[\d+\])\s*(?:(?:\d+\s+)*\d+\s*)?)*$/i,
  // Links to the previous and next article.
  /^\s*(?:上一篇|下一篇|(?:previous|next) (?:post|article)\s*[:：]?)/i,
];

/** Whether a line prompts a download, a membership or another page (see PROMPT_LINES). */
export function isPromptLine(line: string): boolean {
  return PROMPT_LINES.some((pattern) => pattern.test(line));
}

/**
 * Short calls to action that stand alone on a line: never article text. Each pattern is matched
 * against the whole line, so a sentence that mentions a newsletter is kept. Several small patterns
 * rather than one: each stays well inside what the ReDoS checker passes (one alternation of them
 * all sat at its edge), and a new kind of line is added without touching the others.
 */
const CALL_TO_ACTION_LINES: readonly RegExp[] = [
  // A button's or a menu's words on their own.
  /^(?:subscribe(?: now| today| here)?|sign (?:up|in)|log ?in|share(?: this(?: article| post| story)?)?|pin (?:this |it )?for later|follow us(?: on \w+)?|book a demo|(?:request|get) a (?:free )?(?:quote|demo|consultation|call ?back)|get in touch|contact us|article continues below|stay connected(?: with me)?|search this site|talk to (?:our|an?) (?:experts?|specialists?|team)|be the first to comment|leave a (?:comment|reply)|post (?:a |your )?comment(?: \(\+\))?|what do you think|ready for more|share your story|about the author|(?:get|start) (?:started|your free trial)(?: today| now| for free)?|already have an account\?\s*(?:log|sign) ?in|add (?:us )?as a preferred source on google|register(?: now| here| today)?)[.!:?]*$/i,
  // Advertising labels, in the languages of the corpus, and the site's policy links.
  /^(?:advert|advertisement|iklan|anzeige|werbung|publicidad|publicité|pubblicità|reklama|advertentie|广告|廣告|advertiser disclosure|advertising policy|(?:privacy|cookie|advertising|editorial) policy|terms (?:of (?:use|service)|and conditions))[.!:?]*$/i,
  // Newsletters and mailing lists.
  /^(?:newsletters?|sponsor this newsletter|join (?:our|the|my) (?:newsletter|mailing list|community|facebook group|list)|join (?:our|the|my) mailing list\b.{0,120}|(?:sign up|subscribe) (?:for|to) .{0,60}newsletter|.{0,60}subscribe to (?:the |our |[\w.-]{1,30}['’]s )?.{0,30}newsletters?|(?:.{0,60}[?!.] )?sign up for (?:the |our |my )?.{0,60}newsletters?\b.{0,80}|.{0,60}\bdelivered (?:straight |right |directly )?to your inbox.{0,20})[.!:?]*$/i,
  // Subscriptions, notifications and paywalls. (The pitch after "subscribe to our …" may end as it
  // likes: a run of end marks after `.{0,180}` left the checker undecided.)
  /^(?:would you like to receive notifications.{0,40}|join medium for free.{0,60}|this (?:article|story|post|content) is (?:exclusive|only available) (?:to|for) .{0,40}subscribers[.!:?]*)$/i,
  /^(?:[^.?!]{0,40}\? )?(?:subscribe to (?:receive|get) |(?:subscribe to|get a subscription (?:of|to)) (?:our|the) ).{0,180}$/i,
  // Social accounts, cookies, and the comment form's small print.
  // (No run of end marks after the sentence: `.{0,200}` ends it already, and the two together
  // backtrack over each other, which the checker's fuzzer flagged when the machine was busy.)
  /^(?:follow @\w+ on (?:twitter|x|instagram|facebook|threads|bluesky)\b.{0,160}|if you (?:enjoyed|liked) this (?:article|post|story|piece)\b.{0,200}|this (?:website|site) uses cookies\b.{0,200}|by (?:posting|submitting|leaving) (?:a|your) comment,? you (?:agree|consent)\b.{0,140})$/i,
  // A podcast's or blog's social lines ("Follow me on Instagram: @handle", "Join me on TikTok: @The
  // House Maven"), a newsroom's thanks to its funders.
  /^(?:(?:follow|join|find) (?:me|us) on (?:instagram|facebook|tiktok|twitter|x|youtube|linkedin|pinterest|threads|bluesky|mastodon)(?:[:：]? ?@[^@]{1,60})?|this (?:story|article|reporting|journalism) (?:is|was) (?:funded|made possible|supported) by (?:readers|members|donors|supporters) like you[.!]?)$/i,
  // A recipe card's request for a rating, a cookie banner's words (no run of end marks after the
  // sentence: `.{0,300}` already ends it, and the two together read as polynomial).
  /^(?:did you (?:make|try) (?:this|one of (?:my|our)|my|our) recipes?\b|we use cookies\b).{0,300}$/i,
  // A closing sentence that sends the reader to the site's social accounts ("Catch up on …, and
  // follow us on Facebook, Instagram, Twitter and TikTok to stay up to date.").
  /^.{0,160}\bfollow (?:us|me) on (?:instagram|facebook|tiktok|twitter|x|youtube|linkedin|pinterest|threads|bluesky|telegram|whatsapp|mastodon|social media)\b.{0,100}$/i,
  // A newsletter's own pitches, for advertisers and for referrals (an emoji may end the first).
  /^(?:want to advertise (?:in|with|on) [^?]{1,60}\?(?: ?[^\s\w]{1,4})?|love [^?]{1,60}\? tell your friends and get rewards\.?)$/i,
  // A news site's app pitch between paragraphs ("CLICK HERE TO GET THE FOX NEWS APP").
  /^click here to (?:get|download) (?:the )?.{0,40}\bapp[.!:?]*$/i,
  // A link's pitch that says where it goes only by "here" ("READ MORE ON FOX BUSINESS BY CLICKING HERE").
  /^(?:.{0,60}\s)?by clicking here[.!:?]*$/i,
  // A sales button's words: "Book a demo with Otter", "Get a demo", "Start your free trial of …",
  // "Sign Up for Free and Start Shopping", "Shop now" (a button's few words: 80 characters at
  // most, not a sentence that starts so). Three patterns, the name after "with" without a colon
  // (the end marks after it may have one), and the length in a lookahead rather than a bounded
  // name: as one pattern with `{1,40}` names, the ReDoS check's exact checker ran out of time and
  // its fuzzer, on a busy machine, once called it polynomial; like this it decides each.
  /^(?=.{0,80}$)(?:book|get|request|schedule) (?:a |your )?(?:free )?(?:demo|consultation)(?: (?:with|of) [^.!?:]+)?[.!:?]*$/i,
  /^(?=.{0,80}$)start (?:a |your )?free trial(?: (?:with|of) [^.!?:]+)?[.!:?]*$/i,
  /^(?:(?:book|shop|buy|order) now|sign up (?:now |today )?for free(?: and start [a-z]{1,20})?|start shopping(?: now)?)[.!:?]*$/i,
  // A donation button's words ("Make a Gift", "Donate now", "Become a Patron").
  /^(?:make a (?:gift|donation)|donate(?: now| today| here)?|give (?:now|today)|support us(?: today| now)?|become a (?:member|patron|supporter))[.!:?]*$/i,
  // The site's account widget telling its state ("You are signed out", "Logged in as Mara Holm"),
  // left as a line when its toast or menu went.
  /^(?:you(?: are|['’]re)(?: now| currently)? (?:not )?(?:signed|logged) (?:in|out)|(?:signed|logged) in as [^.!?]{1,60})[.!]?$/i,
];

/** Whether a line (single-spaced, trimmed) is a call to action and nothing else. */
export function isCallToAction(line: string): boolean {
  return CALL_TO_ACTION_LINES.some((pattern) => pattern.test(line));
}

/** Longer than this, a paragraph that mentions signing up is the article's own. */
const MAX_NEWSLETTER_PITCH = 320;
/** A sentence that starts by asking the reader to sign up ("Sign up now…", "Join the newsletter today…"). */
const SIGN_UP_SENTENCE = /(?:^|[.!?] )(?:sign up|subscribe|join (?:our|the|my))\b/i;
const NEWSLETTER_WORD = /\b(?:newsletters?|inbox)\b/i;

/**
 * A newsletter's pitch set as a paragraph between the article's: it names a newsletter or the
 * reader's inbox, and one of its sentences starts by asking them to sign up ("USA TODAY's Watch
 * Party newsletter has all the best recommendations, delivered right to your inbox. Sign up now
 * and be one of the cool kids."). Advice that mentions newsletters inside a sentence ("…, subscribe
 * to industry newsletters, and monitor…") is the article's and stays.
 */
export function isNewsletterPitch(line: string): boolean {
  return line.length <= MAX_NEWSLETTER_PITCH && SIGN_UP_SENTENCE.test(line) && NEWSLETTER_WORD.test(line);
}

/**
 * A site's pitch for its own app: "Download and subscribe to the brand new Start TODAY app to make
 * your 2025 wellness goals a reality…", "Get the NBC News app". Only a start: a how-to's step says
 * the same ("Download the Duolingo app, then…"), so the caller asks for more (see post-clean).
 */
export const APP_PITCH =
  /^(?:download|get|install)(?: and subscribe to)? (?:the|our) (?:brand[ -]new |free |official )?[^.!?]{1,40}?\bapp\b/i;

/** Emoji, arrows and rules that lead a call to action ("🚀 Sign up…", "---- SHARE YOUR STORY"). */
export const LEADING_SYMBOLS =
  /^(?:[\p{Extended_Pictographic}\u2190-\u21ff\u2b00-\u2bff\s]|\ufe0f|\u200d|[-–—_=*~•·]{2,})+/u;

/**
 * The line under a Chinese title: 时间：… 来源：… 作者：… 点击：… It is metadata, not text. The same
 * fields close news stories and reposted essays, often in brackets: "（责任编辑：王芳）", "[责编：李四]",
 * "本文来源：人民日报", "（来源：光明日报）", "文章来源：网络整理"; and a news story's "（原标题：…）".
 * The date may come first ("2024年03月08日08:21 | 来源：人民网"); a news story's reporters have a
 * line of their own (REPORTERS_LINE).
 */
export const META_LINE =
  /^\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s|｜]*)?(?:[（(【[]\s*)?(?:发布|文章|本文|稿件|信息)?(?:时间|日期|来源|作者|编辑|责任编辑|责编|校对|审核|审校|终审|监制|主编|统筹|排版|美编|点击|浏览|阅读|字号|原标题)\s*[:：]/;

/** A news story's reporters, a line of their own: "本报记者 李明 王芳" (the names captured). */
export const REPORTERS_LINE =
  /^(?:本报|本台|本刊|本网)?(?:记者|通讯员)(?:\s*[:：]\s*|\s+)([^\s:：，。]{2,4}(?:\s+[^\s:：，。]{2,4}){0,3})$/;

/** A line of fields under a Chinese title (META_LINE), or of a news story's reporters. */
export function isMetaLine(text: string): boolean {
  return META_LINE.test(text) || REPORTERS_LINE.test(text);
}

/** Titles of related essays on content farms end in such brackets. */
export const LISTING_TITLE = /【(?:汇总|多篇|全文|精选|通用|范文|推荐|合集|\d+篇)】\s*$/;

/**
 * A slideshow's, lightbox's or page's controls, left as text: "Image 1 of 9", "Caption", "Close",
 * "Show caption", "Skip to main content", "Back to top", "View author archive", "Follow on
 * Twitter", "Learn more", a dialog's "×", a panel's "Hide" or "Show more" (a button's words on a
 * line of their own: in a sentence they stay).
 */
export const GALLERY_CONTROL_LINE =
  /^(?:[×✕✖]|caption|close|(?:hide|show|toggle) caption|enlarge this image|expand|view (?:gallery|slideshow)|(?:image|photo|slide|picture) \d+ of \/? ?\d+|\d+ of \d+|skip to (?:main )?content|(?:back|return|scroll) to (?:the )?top|back to (?:the )?blog|(?:see|show|hide|view|expand|collapse) all|hide|show|collapse|(?:show|see) (?:more|less)|(?:show|hide) details|view all (?:posts|articles|stories|plans)(?: by this author)?|this slideshow requires javascript\.?|view author archive|email the author|order reprints|print (?:this )?(?:article|story|page)|follow (?:me |us )?on (?:twitter|x|facebook|instagram|linkedin|bluesky|threads|mastodon)|share on (?:facebook|twitter|x|linkedin|pinterest|whatsapp|reddit|email)|learn more)$/i;

/** A caption's toggle set inside the caption itself (NPR's "<b>hide caption</b>" after the credit). */
export const CAPTION_TOGGLE = /^(?:(?:hide|show|toggle|expand|collapse) caption|enlarge this image)$/i;

/**
 * A line that is only a date (with a time, a weekday, "Published"/"Updated"…, "This post was last
 * updated"): the header shows the date. Checked on short lines at the article's edges only (see
 * postClean).
 */
export const DATELINE_PREFIX =
  /^(?:(?:this (?:post|article|page|guide|review) (?:was|has been) )?(?:(?:first |last )?(?:published|posted|modified|reviewed)|updated|last updated|released|date)(?: on| at)?|(?:publié|mis à jour)(?: le)?|(?:publicado|actualizado|atualizado)(?: el| em| en)?|(?:pubblicato|aggiornato)(?: il)?|(?:veröffentlicht|aktualisiert)(?: am)?)\s*[:：]?\s*/i;
/** Month names as datelines write them: English, Portuguese, Spanish, Italian, French, German, and short forms. */
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre|gen|mag|giu|lug|ago|set|ott|dic|ene|abr|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|décembre|januar|februar|märz|juni|juli|oktober|dezember)\.?$/i;
const WEEKDAY =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo)\.?$/i;
/** Numbers with separators, am/pm, "10h30", time zones and the small words of dates in five languages. */
const DATE_FILLER =
  /^(?:[\d:./|·-]+(?:st|nd|rd|th|h\d{0,2}|am|pm)?|[ap]\.?m\.?|[—–]|de|del|às|à|alle|um|at|on|the|of)$/i;
const TIME_ZONE = /^(?:[A-Z]{2,4}|GMT[+-]\d{1,2})$/;

/**
 * A post's view counter: "1,234 views", "Views: 12K", "2.289 letture", "Aufrufe: 310". (The word
 * list is written out in each pattern: the ReDoS check reads literal patterns only.)
 */
export const VIEW_COUNT_LINE =
  /^(?:(?:views?|reads?|hits|letture|visualizzazioni|vues|lectures|visitas|lecturas|visualizações|leituras|aufrufe)[:：]? ?\d[\d.,]*(?: ?[km])?|\d[\d.,]*(?: ?[km])?\+? ?(?:views?|reads?|hits|letture|visualizzazioni|vues|lectures|visitas|lecturas|visualizações|leituras|aufrufe))$/i;
/** WordPress's counter: "(Visited 1,902 times, 364 visits today)". */
export const VISITS_LINE = /^\(?visited [\d,.]+ times?(?:, [\d,.]+ visits? today)?\)?$/i;
/** The counter's word alone, its number in a block of its own before it (WordPress's Post Views). */
export const VIEW_WORD_LINE =
  /^(?:views?|reads?|hits|letture|visualizzazioni|vues|lectures|visitas|lecturas|visualizações|leituras|aufrufe)$/i;
/** A number alone: "2.289", "12,408", "3K". */
export const COUNT_LINE = /^\d[\d.,]*(?: ?[km])?$/i;

/** A time said relative to now: "1 day ago", "about an hour ago" (a news site's "Published …"). */
const RELATIVE_TIME =
  /^(?:about |over |almost )?(?:\d{1,3}|an?|one) (?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s? ago$/i;

export function isDateline(text: string): boolean {
  // "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": two datelines run together.
  const parts = text.split(';');
  if (parts.length === 2) return parts.every((part) => isOneDateline(part.trim()));
  if (isOneDateline(text)) return true;
  // "Dec 11, 2025 Share", "Posted on December 18, 2025 Posted by 59 Comments": the date with what
  // stood beside it in the post's meta bar, a share button, a byline label whose name was an icon,
  // the count of comments.
  const beforeTail = withoutMetaBarTail(text);
  if (beforeTail !== text && isOneDateline(beforeTail)) return true;
  // "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.": the published date and the updated one,
  // their elements' words run together.
  const updated = text.search(UPDATED_LABEL);
  return updated > 0 && isOneDateline(text.slice(0, updated).trim()) && isOneDateline(text.slice(updated));
}

/** A meta bar's words after its date: share buttons, an empty byline label, the comment count. */
function withoutMetaBarTail(text: string): string {
  const words = text.split(' ');
  let end = words.length;
  while (end > 1) {
    const last = words[end - 1] ?? '';
    const before = words[end - 2] ?? '';
    if (META_BAR_BUTTON.test(last)) end -= 1;
    else if (/^comments?$/i.test(last) && /^(?:\d{1,5}|no)$/i.test(before)) end -= 2;
    else if (/^by:?$/i.test(last)) end -= /^(?:posted|written)$/i.test(before) ? 2 : 1;
    else break;
  }
  return words.slice(0, end).join(' ');
}
const META_BAR_BUTTON = /^(?:share|tweet|print|email)$/i;

/** Where an "Updated" label starts a second dateline. */
const UPDATED_LABEL = /updated\b/i;

/** A byline's label at a line's start ("By ", "Written by: "), or at its end ("Edited by"). */
const LEADING_BYLINE_LABEL =
  /^(?:(?:written|posted|published|reviewed|edited|fact[- ]checked|medically reviewed|reported) )?by:? /i;
const TRAILING_BYLINE_LABEL =
  /(?:(?:written|posted|published|reviewed|edited|fact[- ]checked|medically reviewed|reported) )?by:?$/i;

/**
 * "By Updated on October 21, 2025Edited by": a dateline between byline labels whose names went
 * (they were links, or buttons that open the person's card). The header has the byline and date.
 */
export function isDatelineBetweenBylineLabels(text: string): boolean {
  const rest = text.replace(LEADING_BYLINE_LABEL, '').replace(TRAILING_BYLINE_LABEL, '').trim();
  return rest !== text && rest !== '' && isDateline(rest);
}

/** Longer than this, a part of a post's meta line beside its date is more than a name or a category. */
const MAX_SOURCE_NAME = 40;
/** A meta line's parts: the date, the source or the firm, a category, a time. */
const MAX_META_PARTS = 4;

/**
 * "November 20, 2019 / 1:07 AM / CBS News", "On Behalf of O’Malley Tunstall PLLC | Apr 21, 2017
 * | Products Liability": a post's meta line, a dateline among short parts (a source's or a
 * firm's name, a category) set off by slashes, bars or bullets.
 */
export function isMetaLineWithDate(text: string): boolean {
  const parts = text.split(/ [/|•·] /);
  return (
    parts.length > 1 &&
    parts.length <= MAX_META_PARTS &&
    parts.some((part) => isOneDateline(part)) &&
    parts.every((part) => part.length <= MAX_SOURCE_NAME || isOneDateline(part))
  );
}

function isOneDateline(text: string): boolean {
  const rest = text.replace(DATELINE_PREFIX, '');
  if (RELATIVE_TIME.test(rest)) return true;
  const tokens = rest.split(/[\s,]+/).filter(Boolean);
  if (rest.length > 60 || tokens.length > 9) return false;
  const hasYear = /\b(?:19|20)\d{2}\b/.test(rest);
  const hasTime = /\b\d{1,2}:\d{2}\b/.test(rest);
  return (
    (hasYear || hasTime) &&
    tokens.every((t) => MONTH.test(t) || WEEKDAY.test(t) || DATE_FILLER.test(t) || TIME_ZONE.test(t))
  );
}

/** A copyright or citation line, at the end of an article: the site's, not the article's. */
export const COPYRIGHT_LINE =
  /^(?:©|\(c\)\s|copyright\b|citation\s*:)|\ball rights reserved\b|\bthis (?:document|article|material|content) is (?:subject to|protected by) copyright\b/i;

/**
 * A line that is only a picture's credit: "Photo: David Zalubowski / AP", "Credit: Getty", "Image
 * credit: © Depositphotos.com/…", "Image source: Getty Images." (a dot only inside an address or
 * at the end: a sentence's full stop makes it a caption).
 */
export const PHOTO_CREDIT_LINE =
  /^(?:(?:photo(?:graph)?|image|picture|illustration|video)s?(?: by| credit| source)?|credits?|©)\s*(?:[:：]\s*)?[^\s.!?](?:[^.!?]|\.[a-z]){0,79}\.?$/i;

/** Names on share buttons, left as text ("Whatsapp Facebook Pint Baixar", "分享到 微信 微博"). */
const SHARE_WORD =
  /^(?:facebook|twitter|x|whatsapp|pinterest|pin|pint|linkedin|reddit|tumblr|email|e-mail|mail|print|share|tweet|telegram|messenger|flipboard|submit|copy|link|baixar|download|compartilhar|partager|teilen|compartir|分享(?:到)?|微信|微博|朋友圈|qq|qq空间|豆瓣)[:：]?$/i;
export function isShareBarLine(text: string): boolean {
  // The bar's label alone, its buttons gone: "分享到：".
  if (/^(?:分享到?|share(?: this)?)\s*[:：]$/i.test(text)) return true;
  // (A colon parts words too: "分享到：微信 微博 QQ".)
  const words = text.split(/[\s|·,/:：]+/).filter(Boolean);
  return words.length >= 2 && words.length <= 10 && words.every((w) => SHARE_WORD.test(w));
}

/** A table of contents' title left at the top: "Table of Contents [hide]", "In this article", "目录". */
export const TOC_TITLE_LINE =
  /^(?:table of contents?|contents|in this (?:article|post|guide)|on this page|jump to(?: section)?|article contents|目录|文章目录|本文目录)\s*(?:[:：]\s*)?(?:[[(](?:hide|show|toggle)[\])])?$/i;

/** A reader-feedback prompt at the end: "Did you enjoy this article?", "Was this page helpful?". */
export const FEEDBACK_LINE =
  /^(?:did you (?:enjoy|like|find) (?:this|the) (?:article|post|page|guide)|was this (?:article |page |post |guide |information |answer )?(?:helpful|useful)|how (?:helpful|useful) was this|rate this (?:article|post|page)|本文对你有帮助吗|这篇文章对你有帮助吗)\b[^.!]{0,60}(?:\?|？)?(?:\s*(?:yes|no|是|否)){0,2}$/i;

/** A newsletter's request for a rating, as the heading of the sections that end it ("How Was This Issue?"). */
export const ISSUE_FEEDBACK_HEADING = /^how was (?:this|today's|this week's) (?:issue|newsletter|edition|episode)\??$/i;

/**
 * A prompt to follow the site, by its name in title case ("Follow Hardtail Canada", "Follow us on
 * Instagram", "Follow AP on Facebook, X, Instagram, YouTube and TikTok"), or its button's word
 * alone ("Follow"): at an article's end only. A sentence ("Follow the river north.") is not
 * title-cased.
 */
export const FOLLOW_SITE_LINE =
  /^(?:[Ff]ollow|FOLLOW)(?: (?:us|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(?: on [A-Z]\w*(?:,? (?:and )?[A-Z]\w*)*)?)?[.!]?$/;

/** A tag list's label standing alone ("Tags", "Topics:"), its tags on the next line. */
export const TAGS_LABEL_LINE = /^(?:tags?|tagged(?: with)?|topics|filed under|categories)[:：]?$/i;

/** The site's filing of the article: "Tags: Helena, smart thermostat", "Filed under: …", "Category: …". */
export const TAXONOMY_LINE =
  /^(?:(?:article|post) )?(?:tags?|tagged(?: with)?|filed under|categories|category|topics?|posted in) ?[:：]|^(?:文章|本文)?(?:标签|关键词|关键字|分类|栏目|tags)\s*[:：]|^收录于(?:合集|话题|专辑)/i;

/**
 * A rating widget's line: "0/5 (0 Reviews)", "4.8 out of 5 stars (1,204 ratings)". With its count
 * of votes only: a bare "8/10" ending a review is its verdict.
 */
export const RATING_LINE =
  /^(?:rated )?\d(?:[.,]\d{1,2})? ?(?:\/|out of) ?(?:5|10)(?: stars?)? ?[(（]?\d[\d,.]* (?:reviews?|ratings?|votes?)[)）]?$/i;

/** The heading of an article's own sources: its list of links is the article's, not the site's. */
export const REFERENCES_HEADING =
  /^(?:references?|sources?|citations?|bibliography|works cited|footnotes|notes|参考文献|参考资料|资料来源|引用|注释)\s*[:：]?$/i;

/** A switch's labels left without the switch ("On", "Off"). */
export const SWITCH_LABEL_LINE = /^(?:on|off)$/i;

/** The label of an audio or video player's box ("Play blog post audio: …", "Listen to this article"). */
export const PLAYER_LABEL = /^(?:play|pause|listen to)\b/i;

/** The end of a page's comments or feedback form: "Comments are closed for this post.", "Help us improve this page". */
export const CLOSED_FEEDBACK_LINE =
  /^(?:comments are (?:now )?closed(?:\.| for this (?:post|article|story|page)\b.{0,200})|help us improve (?:this|our) (?:page|site|article)[.!]?)$/i;

/**
 * What a removed form leaves: its labels and validation messages ("Email*", "This field is
 * required", "Please enter a valid email address").
 */
export const FORM_LEFTOVER_LINE =
  /^(?:this field is required|required field|please (?:enter|fill in|provide|complete) (?:a |an |your |this )?(?:valid )?[a-z ]{0,30}|(?:first |last |full |your |work )?(?:name|e-?mail(?: address)?|phone(?: number)?|company|message|website)\s*[*:]{1,2}|\*\s*(?:indicates )?required(?: fields?)?|(?:submit|send|sign up|subscribe|subscribe now)|this field is hidden when viewing the form|this field is for validation purposes and should be left unchanged)\.?$/i;

/**
 * A form's small print, left when the form went: "By signing up, you agree to receive recurring
 * automated SMS marketing messages…", "By clicking the button below, I acknowledge that I have
 * read…". The reader's agreement is what tells it from a sentence of the article ("By clicking on
 * these links, you may be taken to…", "By providing customers with relevant deals, businesses…").
 */
export const FORM_CONSENT_LINE =
  /^by (?:signing up|subscribing|registering|submitting|clicking|tapping|entering|providing|opting in)\b[^.!?]{0,80}\b(?:you|i) (?:agree|consent|acknowledge|accept|confirm)\b/i;

/**
 * What a form says once it is sent, hidden on the page until then: "Thank you for completing the
 * survey!", "Thanks for subscribing!", "Your message has been sent." A line of its own anywhere in
 * the article (a survey widget sits between paragraphs).
 */
export const FORM_CONFIRMATION_LINE =
  /^(?:(?:thank you|thanks)(?: so much)? for (?:(?:completing|taking|submitting) (?:the|our|this) (?:survey|poll|quiz|form)|(?:your )?(?:feedback|subscribing|signing up|submission|vote|voting|response))|your (?:message|submission|response|form) has been (?:sent|submitted|received)|you(?:'re|’re| are) (?:now )?subscribed)[.!]*$/i;

/** Headings that head no part of the article: they are not in the outline. */
export const BOILERPLATE_HEADING =
  /^(?:table of contents|contents|in this (?:article|post)|related (?:posts|articles|reading|stories|content)|you (?:may|might) also like|more (?:from|like this|stories|articles)\b.{0,40}|share (?:this|the) (?:article|post|story)|share this|leave a (?:reply|comment)|comments?|\d+ comments?|about the authors?|subscribe\b.{0,40}|sign up\b.{0,40}|newsletter|recommended(?: for you)?|popular (?:posts|articles)|tags|categories|did you (?:enjoy|like) this (?:article|post)\??|was this (?:article |page )?helpful\??|目录|相关文章|相关阅读|推荐阅读|猜你喜欢|评论|热门文章)$/i;

/** A breadcrumb trail's root link when it names no site: "Home", "Homepage", "Accueil", "Inicio". */
export const HOME_CRUMB = /^(?:home|home ?page|start|startseite|accueil|inicio|início|home ?site)$/i;

/** A breadcrumb left at the top of an article: "Home", "Home › Blog › Guides". */
export const BREADCRUMB_LINE = /^home(?:\s*[>/»›|][^.!?]{0,100})?$/i;

/**
 * An author card's role, left on a line of its own at either end once its name went ("Writer",
 * "Co-founder", "Chief Business Editor", "Founder and Dean", "AUTHOR", "Vice President of
 * Consulting", "Head of Content"). Matched on title-cased lines only (see isRoleLine), so that
 * "She was a writer" stays.
 */
export const ROLE_LINE =
  /^(?:author|(?:[\p{L}&-]+ ){0,3}(?:writer|editor|author|reporter|journalist|correspondent|columnist|contributor|co-?founder|founder|ceo|cto|president|director|manager|scientist|analyst|expert|dean|owner|strategist|specialist|consultant|editor-in-chief|head|officer|partner|engineer|designer|developer|producer|advisor|adviser|attorney|lawyer)(?: (?:of|for|at) (?:[\p{L}&-]+ ){0,2}[\p{L}&-]+)?)$/iu;

/** Small words a title-cased role keeps in lower case. */
const ROLE_SMALL_WORD = /^(?:and|of|&|for|at|in|the)$/;

export function isRoleLine(text: string): boolean {
  if (text.length > 40 || !ROLE_LINE.test(text)) return false;
  return text.split(' ').every((word) => ROLE_SMALL_WORD.test(word) || /^\p{Lu}/u.test(word));
}

/**
 * The author's bio at the end of an article: "Jane Doe is a content writer at Example with…" (a
 * name, not "She was a writer…"). Checked on the last blocks only, on short paragraphs.
 */
export const AUTHOR_BIO_LINE =
  /^(?:(?:hi|hello|hey)[,!]? i['’]m \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}, and i\b|(?:about the author[:\s]*)?(?!(?:He|She|They|It|This|That|There|We|You) )\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?: \([^)]{0,60}\))?,? (?:is|was) (?:a|an|the|our) (?:[\p{L}-]+ ){0,5}(?:[Ww]riter|[Ee]ditor|[Jj]ournalist|[Rr]eporter|[Cc]ontributor|[Aa]uthor|[Cc]olumnist|[Rr]esearcher|[Cc]orrespondent|[Ss]trategist|[Mm]arketer|[Bb]logger|[Ff]ounder|native)\b)/u;

/**
 * Readability's "unlikely candidate" class/id names, and the "maybe" names that save an element
 * from them, copied because Readability does not export them (update the copy when Readability
 * changes its lists). Its first pass removes such an element before scoring.
 */
export const READABILITY_UNLIKELY_CANDIDATE =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const READABILITY_MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/i;

/** Whether Readability's first pass would remove an element named so (see above). */
export function isUnlikelyToReadability(classAndId: string): boolean {
  return READABILITY_UNLIKELY_CANDIDATE.test(classAndId) && !READABILITY_MAYBE_CANDIDATE.test(classAndId);
}

/**
 * Whether `words` (a global pattern) are in the names and are all of Readability's unlikely names
 * there: without them, nothing would make its first pass remove the element.
 */
export function isUnlikelyOnlyFor(classAndId: string, words: RegExp): boolean {
  const rest = classAndId.replace(words, '');
  return rest !== classAndId && !READABILITY_UNLIKELY_CANDIDATE.test(rest);
}

/**
 * A site's disclosure at an article's edge: affiliate links, compensation from advertisers, views
 * not the publisher's. Checked on the first and last blocks only.
 */
export const DISCLOSURE_LINE =
  /\b(?:posts?|pages?|articles?|site|this (?:post|page|article|site|website|blog|story|guide|review|recipe|content|video|podcast|newsletter|episode|list)) (?:may |might )?(?:contains?|includes?|uses?) (?:some )?affiliate (?:and\/or (?:referral |sponsored )?)?links\b|\bas an? (?:amazon )?(?:affiliate|associate)\b.{0,60}\bearn\b|\b(?:we|i) (?:may |might |will )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:financial )?(?:commissions?|compensation)\b|\b(?:may|might|can) earn (?:us|me) (?:a )?(?:small )?(?:affiliate )?commissions?\b|\b(?:buying|purchases?|shopping) (?:made )?through (?:the )?links (?:on|in) (?:our|this) (?:site|page|article|post)\b|\b(?:vendors|companies|partners|advertisers|brands) (?:may |might )?(?:pay|compensate) us\b|\bviews expressed\b.{0,80}\bnot necessarily\b/i;

/** An author card's way to reach them: "Inquiries: archie.f@movieweb.com", "Email: jo@site.com". */
/**
 * A news story's last line giving its reporter's address: "Contact staff writer Jill Barshay at
 * 212-678-3595, … or barshay@hechingerreport.org.", "Write to Al Root at allen.root@dowjones.com",
 * "Reach the reporters on Twitter at http://twitter.com/…". Only with an address in it (see
 * CONTACT_ADDRESS): "Contact your local building department: they will…" is the article's advice.
 */
export const REPORTER_CONTACT_LINE = /^(?:contact|reach|write to|e-?mail|you can reach) .{0,80}\b(?:at|on|via)\b/i;
/** An e-mail address, a web address or a social handle. */
export const CONTACT_ADDRESS = /[\w.+-]@[\w-]+\.\w|https?:\/\/|(?:^|\s)@\w/;

export const CONTACT_LINE = /^[\p{L} ]{1,20}[:：] ?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/** A byline's label left without its name ("By", "Edited by", "Reviewed by:"): the names were links that went. */
export const BYLINE_LABEL_LINE =
  /^(?:(?:written|posted|published|reviewed|edited|fact[- ]checked|medically reviewed|reported) )?by:?$/i;

/** A dateline's label left on a line of its own, its date on the next: "Posted On", "Last updated:". */
export const DATELINE_LABEL_LINE =
  /^(?:(?:first )?published|updated|last updated|posted|released|date|(?:date )?last reviewed)(?: on)?[:：]?$/i;

/** "Written by Jane Doe", "Posted by David at December 16, 2025 11:15 AM": the header has the byline. */
export const CREDIT_LINE =
  /^(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Rr]eviewed|[Ee]dited|[Ff]act[- ][Cc]hecked|[Rr]eported) [Bb]y:?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+(?:at|on)\s+\S.{0,39})?$/u;

/**
 * "Bridgestone Team | 5 min read", "6 min read", "3 MIN. READ", "Reading Time: 11 minutes",
 * "December 17, 2025 • 8 minutes", "June 11, 2025 5 min" (a date, then the time): how long,
 * above the article (the reader's header says it). Matched on text whose spaces are single.
 */
export const READ_TIME_LINE =
  /^(?:.{0,50}[|·•]\s*)?\d+\s*min(?:ute)?s?\.?\s+read$|^(?:estimated )?reading time[:：]? ?\d+ ?min(?:ute)?s?$|^.{0,40}\b(?:19|20)\d{2}(?: ?[|·•] ?| )\d+ ?min(?:ute)?s?$/i;

/**
 * "Related: <a>Another story</a>" standing in the article: a link to another article ("SEE MORE:",
 * "Don't Miss:", "Must read:" too; "DON'T MISS" then the links, in one paragraph, without a
 * colon or a space: a <br> gives none to the text); "Also on rt.com <a>Another story</a>" names
 * the site instead of a colon. (Post-clean takes such a line only when most of it is links.)
 */
export const RELATED_LINK_LINE =
  /^also (?:on|at) (?:[\w-]{1,30}\.)+[a-z]{2,6}\s+\S|^don['’]t miss\s*\S|^(?:related(?: (?:article|post|story|reading|content|coverage))?|read (?:also|more|next)|also read|see (?:also|more)|don['’]t miss|must read|more|you (?:may|might) also (?:like|enjoy)|recommended(?: reading)?|leggi anche|(?:à )?lire aussi|voir aussi|leia também|veja também|lea también|lee también|ver también|siehe auch|lesen sie auch|(?:você )?(?:também )?pode gostar|(?:también )?te puede interesar|vous (?:aimerez|pourriez aimer) aussi|das könnte (?:sie|dich) auch interessieren)\s*[:：]\s*\S/i;

/**
 * Lines a site adds at an article's end about the article, not of it: "This story about … was
 * produced by The Hechinger Report", "Feature image by …", "Short link: https://…/4856".
 */
export const ABOUT_THIS_ARTICLE_LINE =
  /^(?:this (?:story|article|piece|post)\b.{0,100}\b(?:was|is) (?:written|produced|reported|co-published|published in partnership)\b|(?:feature[d]?|header|cover|top|lead|hero) (?:image|photo)s? (?:by|via|from|courtesy)\b|(?:short ?link|permalink|permanent link)\s*[:：]\s*\S+$)/i;

/**
 * Notices a newsroom sets under every article about its terms, not its story: a republishing
 * widget's "Republish our articles for free, online or in print, under a Creative Commons
 * license" (nonprofit newsrooms' plugin), a broadcaster's "Accuracy and availability of NPR
 * transcripts may vary…". A story that says it is republished from elsewhere ("This article is
 * republished from The Conversation…") is its credit, which annotators keep: not matched.
 */
export const ARTICLE_TERMS_LINE =
  /^(?:republish (?:our|this) (?:articles?|stor(?:y|ies)|piece)\b|accuracy and availability of (?:\S+ ){0,2}transcripts may vary\b)/i;

/** "In partnership with", "Sponsored by …": a sponsor's label above an article. */
export const SPONSOR_LABEL_LINE =
  /^(?:in partnership with|sponsored by|presented by|brought to you by|paid (?:post|content)(?: by| from)?)\b.{0,60}$/i;

/** A wire story's credits: "Reporting by Rodrigo Campos; Editing by Nick Zieminski". */
export const NEWS_CREDITS_LINE =
  /^(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting) by \p{Lu}[^;]{1,60}(?:; (?:[Aa]dditional reporting|[Ee]diting|[Ww]riting|[Rr]eporting) by \p{Lu}[^;]{1,80}){0,4}$|^\p{Lu}[^.;!?]{1,80} contributed (?:reporting|to this (?:report|story|article))\b[^;]{0,80}$/u;

/** Values of 来源 (source) that name no site: the site's own claim to the text, or "the web". */
export const NOT_A_SITE_NAME =
  /^(?:本站原创|本站|原创|网络|互联网|网络整理|网络转载|网络收集|转载|未知|佚名|综合|整理|网友投稿|投稿|原创投稿|本站整理)$/;

/**
 * Author values that name nobody: "anonymous", "unknown", the site's own staff, a template's
 * empty value ("undefined"). (A template's unfilled key is metadata.ts' NOT_A_NAME's.)
 */
export const NO_AUTHOR =
  /^(?:佚名|匿名|未知|不详|无名氏|网友|本站|小编|编辑|管理员|admin|administrator|anonymous|unknown|staff|guest|undefined|null|none|n\/a)$/i;

/**
 * A class or id naming what is about an author, not the author's name: a coffee blog's
 * `dynamic-author-description` ("Licensed Q Arabica Grader, M.A. Journalism") under the name, an
 * `author-bio`, an `author-avatar`. Readability takes any element with "author" in its class for
 * the byline, and so did Folio's own search.
 */
export const ABOUT_THE_AUTHOR_MARK =
  /author[-_]?(?:desc|description|bio|biography|role|job|position|avatar|image|img|photo|social)/i;

/** A picture file's name by its type: "plos-one-zebra-cow.jpg", "screen-shot-2019-11-19-at-1-01-55-pm.png". */
export const PICTURE_FILE_NAME = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$/i;
