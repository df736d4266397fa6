/**
 * What Chinese pages and platforms set around an article rather than in it, line by line: notices
 * on copying, prompts to readers, buttons left as words, credits, counts and datelines. Each
 * pattern is anchored or bounded; post-clean applies them at the article's edges, to short lines
 * (its EdgeRules say which end and how long a line may be).
 */

/**
 * A Chinese page's notice about its text rather than the text: whose it is and on what terms it
 * may be copied ("本文由美文网整理发布，转载请注明出处：http://…", "版权声明：本文为博主原创文章，遵循
 * CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。", "未经授权，禁止转载", "声明：本文内容来源于
 * 网络，如有侵权请联系删除", "原文链接：https://…"). Content farms and blogs set one under every
 * article; a portal names its own ("新浪声明：此消息系转载自新浪合作媒体…"). The reader's header already
 * names and links the source. A line that opens so and speaks of copying, sources or rights
 * (NOTICE_WORDS: a spokesman's "发表声明：…" does not), or any line that asks to be told of an
 * infringement or says the site does not share the author's views.
 */
const NOTICE_OPENING =
  /^[（(【[]?\s*(?:[^\s，。：:！？]{0,8}声明\s*[:：]|版权说明|原文(?:链接|地址|出处)|本文(?:链接|地址)|文章(?:链接|地址)|转载|如需转载|欢迎转载|未经|本文(?:《[^》]{0,40}》)?(?:由|为|系|转自|转载自|来自|摘自|整理自|内容来源于|来源于)|(?:该|此)(?:文章?|篇)|(?:文章|内容|图片|图文|部分图片|部分内容)来源于?[:：]?\s*网络)/;
const NOTICE_WORDS =
  /转载|出处|授权|许可|侵权|删除|原创|整理|版权|链接|网络|本站|本网|本平台|投稿|文责自负|https?:\/\//;
const ALWAYS_NOTICE =
  /如有侵权|侵权(?:请)?(?:联系|必删|删除)|侵删|(?:并)?不代表本(?:站|网|平台|号)(?:的)?(?:立场|观点)|仅代表作者(?:本人|个人)?(?:的)?观点/;

/** Longer than this, a line is more than a notice (a paragraph that discusses copying). */
const MAX_NOTICE = 200;

/** A Chinese page's notice about the article's source and terms of copying (see NOTICE_OPENING). */
export function isRepostNotice(text: string): boolean {
  if (text.length > MAX_NOTICE) return false;
  return (NOTICE_OPENING.test(text) && NOTICE_WORDS.test(text)) || ALWAYS_NOTICE.test(text);
}

/**
 * What Chinese pages set at an article's end for its readers rather than as its text: a count of
 * comments ("已有0位网友发表了看法", "网友评论（3）"), a request to like or pass it on ("喜欢这篇文章就点个
 * 赞吧！", "如果觉得《…》不错，可以推荐给好友哦。"), a pointer to more of the site ("更多励志文章请访问：
 * 励志文章", "点击进入专题：…", "返回搜狐，查看更多"), a code to scan ("手机扫描二维码阅读本文"), the
 * site's app ("打开APP阅读更多精彩内容", "海量资讯、精准解读，尽在新浪财经APP").
 */
export const ZH_READER_PROMPT_LINE =
  /^(?:已有|共)?\s*\d+\s*(?:位网友|位读者|人|条|个)\s*(?:发表了?看法|评论|参与评论|跟帖)|^(?:网友)?评论\s*[（(]\s*\d+\s*[）)]$|^(?:发表|查看|我要)评论$|^(?:如果)?(?:喜欢|觉得)[^。！？]{0,30}(?:点个?赞|点赞|在看|转发|收藏|分享|推荐给)[^。！？!~]{0,10}[！!。~]{0,3}$|^更多[^。！？]{0,20}(?:请|敬请)(?:访问|关注|点击|查看|进入|浏览)|^(?:用?手机)?(?:扫一扫|扫描二维码|扫码)[^。！？]{0,12}(?:阅读|分享|关注|下载|打开)|^(?:点击|戳这里|戳此)(?:进入|查看|阅读|了解|下载|领取|获取)|^返回[^，,。！？]{1,8}[，,]?\s*查看更多|^(?:打开|下载|安装)[^。！？]{0,10}(?:APP|App|app|客户端)|(?:尽在|就在)[^。！？]{0,12}(?:APP|App|app|客户端)$|^(?:欢迎)?(?:分享|转发|点赞|留言)[^。！？]{0,16}(?:更多人|朋友|留言|在看|点赞)[^。！？!~]{0,6}[。！!~]{0,3}$|^(?:阅读|查看)原文$/;

/**
 * The text-size switch of older Chinese news pages, its print and close buttons' brackets left
 * after their scripts went: "【字体：大 中 小】【打印】【关闭】"; those buttons alone ("【打印】 【关闭】
 * 【收藏】", "【纠错】 【责任编辑：王芳】"), and a report button ("举报/反馈").
 */
export const ZH_TEXT_SIZE_LINE =
  /^(?:【\s*)?字[体号][:：]?\s*[大中小](?:\s*[大中小]){1,2}\s*(?:】\s*)?(?:【[^】]{0,4}】\s*)*$/;
/** (The buttons alone, and the report button, of the comment above.) */
export const ZH_PAGE_BUTTONS_LINE =
  /^(?:[【[]\s*(?:打印(?:本文|此文)?|关闭(?:窗口|本页)?|收藏(?:本文)?|加入收藏|返回顶部|纠错|复制链接|推荐给朋友|放大|缩小|(?:责任编辑|责编|编辑)[:：][^\s【[】\]]{1,20})\s*[】\]]\s*){2,}$|^(?:举报|反馈|纠错|投诉)(?:\s*[/|]\s*(?:举报|反馈|纠错|投诉))*$|^(?:[大中小]字号|默认字号)(?:[\s/|]*(?:[大中小]字号|默认字号))*$/;

/**
 * An editor's or proofreader's credit without a colon, which META_LINE asks for: "（编辑 王芳）",
 * "【责编/李四】", "编辑 王芳 校对 张三", alone on its line at an article's edge. Names are words
 * without punctuation: "主编 张三说，我们要坚持。" is a sentence.
 */
export const ZH_EDITOR_CREDIT_LINE =
  /^[（(【[]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|终审|监制|主编)(?:\s*[/／|｜]\s*|\s+)[^\s/／|｜:：，。！？、；,.!?;（）()【】[\]]{1,12}(?:\s+[^\s/／|｜:：，。！？、；,.!?;（）()【】[\]]{1,12}){0,3}\s*[）)】\]]?$/;

/**
 * A request for a tip under a Chinese post, and its count: "小礼物走一走，来简书关注我", "赞赏支持",
 * "还没有人赞赏，支持一下", "请作者喝杯咖啡".
 */
export const ZH_TIP_LINE = /赞赏支持|还没有人赞赏|小礼物走一走|请作者喝杯?(?:咖啡|茶)|(?:打赏|赞赏)(?:一下)?作者/;

/**
 * A writer's figures on a Chinese platform's author card, the words run together: "青禾总资产12共写了
 * 3.4W字获得120个赞共45个粉丝", "码龄5年 原创 120 粉丝 3456". Two or more make the card.
 */
const ZH_AUTHOR_FIGURES =
  /共写了\s*\d[\d.]*[万wW]?字|获得\s*\d[\d.]*[万wW]?\s*个?赞|共\s*\d[\d.]*[万wW]?\s*个粉丝|粉丝\s*\d[\d.]*[万wW]?|总资产\s*\d|码龄\s*\d+\s*年|原创\s*\d+|关注者?\s*\d+/g;
/** Longer than this, a line with such figures says more than a card does. */
const MAX_AUTHOR_FIGURES_LINE = 100;

export function isZhAuthorFigures(text: string): boolean {
  return text.length <= MAX_AUTHOR_FIGURES_LINE && (text.match(ZH_AUTHOR_FIGURES)?.length ?? 0) >= 2;
}

/**
 * A row of a post's buttons, their counts beside them, left as words once their icons went:
 * "推荐 | 喜欢 | 回应", "赞(12) 评论(3) 收藏", "点赞 收藏 分享".
 */
export const ZH_ACTION_BUTTONS_LINE =
  /^(?:(?:推荐|喜欢|回应|赞|点赞|收藏|分享|评论|转发|举报|打赏|在看|踩)(?:[（(]\d+[)）]|\s*\d+)?[\s|｜·/]*){2,8}$/;

/**
 * Who made what, in a WeChat post's credits: "文字|李明 图片|网络", "文/李明 图/网络", "排版 | 王芳".
 * (At the edges: the byline, when there is one, was read from the header.)
 */
export const ZH_CREDITS_LINE =
  /^(?:(?:作者|文字?|图片?|摄影|排版|编辑|校对|审核|视频|设计|插画|来源)\s*[|｜/／]\s*[^\s|｜/／]{1,12}\s*){1,5}$/;

/** A Chinese author's note under an essay: "作者简介：李明，中国作家协会会员…" (at the end). */
export const ZH_AUTHOR_BIO_LINE = /^[【[]?作者简介[】\]]?/;

/**
 * A Chinese prompt to follow the account or the site ("欢迎关注我们的公众号", "长按识别二维码关注",
 * "点击下方“阅读原文”查看更多"), set under articles copied from WeChat: at an article's end only.
 * It names the account; an essay that follows something ("他一直关注着家乡的变化，也关注着我们…")
 * does not.
 */
export const ZH_FOLLOW_LINE =
  /^[^。！？]{0,12}(?:关注|订阅)[^。！？]{0,20}(?:公众号|微信号|视频号|头条号|微博号?|本站|本号|小编)|^欢迎关注我们|^(?:长按|扫码|扫描)[^。！？]{0,10}关注|^(?:点击|戳)[^。！？]{0,10}(?:阅读原文|关注)|^[^。！？]{0,16}快来关注|^关注我们[，,]/;

/**
 * A Chinese page's counter of readers: "本文已影响 2.3万 人", "1234人阅读", "阅读量：1.2万". (A meta
 * line's "浏览：1234次" goes with the meta line.)
 */
export const ZH_VIEW_COUNT_LINE =
  /^(?:本文已影响|已有)\s*[\d.,]+(?:\s*[万千])?\s*[人次](?:阅读|浏览|看过)?$|^[\d.,]+(?:\s*[万千])?\s*[人次](?:阅读|浏览|看过)$|^(?:阅读量|浏览量|点击量|阅读数|浏览数|热度)(?:\s*[:：])?\s*[\d.,]+(?:\s*[万千])?(?:\s*次)?$/;
/**
 * A Chinese post's counts under its title or over its end: "128 人赞同了该文章", and a platform's
 * stats row, its date first or not, the words run together: "2024.03.08 20:15:33字数 1,024阅读
 * 3,402", "阅读 3402 评论 6 喜欢 45".
 */
export const ZH_POST_STATS_LINE =
  /^\d[\d,.]*[万wW]?\+?\s*人(?:赞同|点赞|喜欢|收藏|推荐|觉得很赞)了?(?:该|这篇|此)?(?:文章|回答|内容)?$|^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*(?:(?:字数|阅读|浏览|评论|喜欢|点赞|收藏|赞赏|赞同)\s*(?:[:：]\s*)?\d[\d,.]*[万wW]?\+?\s*){1,6}$/;
/**
 * A Chinese post's date as its platform words it, with where the writer was:
 * "发布于 2024-03-08 10:12・IP 属地北京", "编辑于 2024年3月8日", "IP 属地：上海"; a date and time
 * with the writer's place and label run on: "2024-03-08 20:15河南农业领域创作者".
 */
export const ZH_DATELINE =
  /^(?:发布|发表|编辑|更新|修改|创建)于\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:[\s・·|]*IP\s*属地[:：]?\s*[^\s，。]{1,10})?$|^IP\s*属地[:：]?\s*[^\s，。]{1,10}$|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[^\s\d，。！？:：,.!?]{1,14}$/;
/**
 * A Chinese post's reading time over its text: "全文共2345字，阅读大约需要6分钟", "本文约3000字，建议阅读
 * 8分钟", "阅读本文大约需要5分钟".
 */
export const ZH_READ_TIME_LINE =
  /^(?:全文|本文)[共约]?\d[\d,]*字[，,]?(?:预计|建议|大约|大概)?阅读(?:时间)?(?:大约|约|大概)?(?:需要?)?\d+分钟|^阅读(?:本文|全文)(?:大约|约|大概)?需要?\d+分钟/;
/**
 * WeChat's line over a post: "原创 李明 美文精选 2024-03-05 09:12 发表于北京", the account and the author
 * before the date and time, where it was sent from after them.
 */
export const ZH_POST_HEADER_LINE =
  /^[^。！？，\d]{0,30}\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?:\s*发表于[^\s，。]{1,8})?$/;
