/**
 * The language-aware vocabulary of clutter, in one place so that pre-clean and post-clean agree.
 * Chinese content farms name their blocks in pinyin (xgwz = 相关文章, tuijian = 推荐, gg = 广告),
 * which Readability's English rules do not know.
 */

/** class/id tokens of blocks that are never the article, matched as whole tokens inside a
 * class or id value ("gg", "xgwz-list", "side_gg", but not "egg"). */
export const BOILERPLATE_TOKEN =
  /(?:^|[\s_-])(?:xgwz|xiangguan|xgtj|xglj|tuijian|tj|gg|guanggao|ggw|ad|ads|adv|advert|advertisement|adsbygoogle|mianbaoxie|weizhi|dangqianweizhi|pinglun|remen|rmwz|paihang|phb|banquan|vip|xiazai|shangxia|sxp|fenxiang|newsletter|related|recommend(?:ed|ations?)?)(?=$|[\s_-])/i;

/** Headings that start a block of links to other articles. */
export const RELATED_HEADING =
  /^(?:相关(?:文章|推荐|阅读|范文|内容|专题)|热门(?:文章|推荐|阅读|专题)?|猜你喜欢|推荐(?:阅读|文章)|延伸阅读|精彩推荐|最新(?:文章|更新|推荐)|大家(?:都在看|还看了)|(?:you (?:may|might) (?:also )?(?:like|enjoy))|you may be interested in.{0,40}|related(?: (?:posts|articles|stories|reading|content))?|recommended(?: for you| reading| articles| posts)?|more (?:from|stories|articles|like this)|read (?:next|more)|keep reading|popular (?:posts|stories|articles)|most (?:read|popular)|what others are reading|good articles to read together|trending(?: now)?)\s*[:：!]?$/i;

/** Short lines that prompt a download, a membership or navigation: never part of an essay. */
export const PROMPT_LINE =
  /(?:下载(?:全文|本文|此文|完整版|word|文档)|全文下载|免费下载|开通\s*VIP|VIP\s*(?:会员|专享|下载)|(?:复制|阅读)(?:全文|本文)请|点击(?:下载|查看全文)|^\s*上一篇|^\s*下一篇|^\s*(?:共\s*\d+\s*页|下一页|上一页)\s*$|^\s*(?:previous|next) (?:post|article)\s*[:：]?)/i;

/**
 * Short English calls to action that stand alone on a line: never article text. Matched against
 * the whole line, so a sentence that mentions a newsletter is kept.
 */
export const CALL_TO_ACTION_LINE =
  /^(?:subscribe(?: now| today)?|sign (?:up|in)|log ?in|share(?: this(?: article| post| story)?)?|pin (?:this |it )?for later|follow us(?: on \w+)?|book a demo|request a quote|get in touch|contact us|article continues below|advertisement|advertiser disclosure|advertising policy|stay connected(?: with me)?|search this site|join (?:our|the|my) (?:newsletter|mailing list|community)|(?:sign up|subscribe) (?:for|to) .{0,60}newsletter|.{0,40}subscribe to (?:the|our) .{0,30}newsletter|would you like to receive notifications.{0,40}|join medium for free.{0,60})[.!:?]*$/i;

/** The line under a Chinese title: 时间：… 来源：… 作者：… 点击：… It is metadata, not text. */
export const META_LINE = /^\s*(?:发布)?(?:时间|日期|来源|作者|编辑|责任编辑|点击|浏览|阅读|字号)\s*[:：]/;

/** Titles of related essays on content farms end in such brackets. */
export const LISTING_TITLE = /【(?:汇总|多篇|全文|精选|通用|范文|推荐|合集|\d+篇)】\s*$/;
