/**
 * Reduces an HTML page to its article with Mozilla Readability on a linkedom DOM: title, byline,
 * publication date (from the page's metadata) and the text, paragraphs kept as lines. When
 * Readability finds no article, the page's visible text is used and a warning says so.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

export interface HtmlArticle {
  title: string | null;
  byline: string | null;
  published: string | null;
  text: string;
  /** false when no article was found and the whole page's text was used */
  article: boolean;
  /** why the page was not given to Readability (`html/too-deep`, `html/too-large`), as document warnings */
  warnings: { rule: string; message: string }[];
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'FIGURE', 'TABLE', 'UL', 'OL', 'BR', 'HR', 'DD', 'DT']);

/**
 * Limits on what goes through Readability, whose clean-up grows with the square of the nesting
 * depth (2,000 nested elements took 36 s) and linearly with the element count (about 45 µs an
 * element). A page past either is read as the whole body's text, with a warning.
 */
export const MAX_HTML_DEPTH = 200;
export const MAX_HTML_ELEMENTS = 20_000;

/** Element count and greatest nesting depth of a DOM subtree, by an iterative walk that stops past the limits. */
export function domShape(root: any, maxDepth = MAX_HTML_DEPTH, maxElements = MAX_HTML_ELEMENTS): { elements: number; depth: number } {
  let elements = 0, depth = 0;
  const stack: [any, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (!n || n.nodeType !== 1) continue;
    elements++;
    if (d > depth) depth = d;
    if (depth > maxDepth || elements > maxElements) break;
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) if (kids[i].nodeType === 1) stack.push([kids[i], d + 1]);
  }
  return { elements, depth };
}

/** Text of a DOM subtree with a line break after each block element (an iterative walk: any depth). */
function blockText(node: any): string {
  const parts: string[] = [];
  // a frame is a node to enter, or (close) the block element whose children are done
  const stack: { n: any; close: boolean }[] = [{ n: node, close: false }];
  while (stack.length) {
    const { n, close } = stack.pop()!;
    if (close) { parts.push('\n'); continue; }
    if (n.nodeType === 3) { parts.push(n.textContent.replace(/\s+/g, ' ')); continue; }
    if (n.nodeType !== 1) continue;
    const tag = n.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    const block = BLOCK.has(tag);
    if (block) { parts.push('\n'); stack.push({ n, close: true }); }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i], close: false });
  }
  return parts.join('').split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n');
}

function metaDate(document: any): string | null {
  const sel = [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
    'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]', 'meta[property="og:published_time"]', 'time[datetime]',
  ];
  for (const s of sel) {
    // (before a <time>, which may stamp anything: the article's schema.org record, "datePublished": "2024-05-21T09:15")
    if (s === 'time[datetime]') { const ld = jsonLdDate(document); if (ld) return ld; }
    const el = document.querySelector(s);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    const m = v && /(\d{4})-(\d{2})-(\d{2})/.exec(v);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

/** "datePublished": "2024-05-21..." in a JSON-LD record (schema.org NewsArticle), which many news sites give instead of meta tags. */
const LD_PUBLISHED = /"datePublished"\s*:\s*"(\d{4})-(\d{2})-(\d{2})/;
function jsonLdDate(document: any): string | null {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = LD_PUBLISHED.exec(el.textContent ?? '');
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

/** A class, id or itemprop naming a page's date stamp ("pub_time", "entry-date", "post-meta", "datePublished"). */
const STAMP_HOLDER = /date|time|publish|posted|updated|meta/i;
/** A short text that carries a date: a four-digit year, or day and month in figures. */
const STAMP_TEXT = /\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
const STAMP_MAX = 100;

/**
 * The page's date stamp that Readability leaves out with the chrome around the article
 * ("<span class="pub_time">Published: Apr 15, 2025 10:12 AM</span>", a <time> without datetime):
 * the text of the first element named as a date or meta holder, or a <time>, that holds a date in
 * at most STAMP_MAX characters and no such element inside it. Read as a line of the text, the
 * dateline stage dates the page by it as it does a stamp in a copied text.
 */
function pageStamp(document: any): string | null {
  // (a stamp the page labels as its own, "发布时间：2025-03-12 18:40", "Ngày đăng: 27/11/2025", in a holder of any
  // name, wins over a date holder met before it: the masthead's clock, <span class="time">2025年3月14日 星期五</span>,
  // is the day the page was viewed; h-zv28)
  let first: string | null = null;
  for (const el of document.querySelectorAll(STAMP_CANDIDATES)) {
    const named = stampHolder(el);
    // (the label is read from the holder's first words only: no element's whole text is read unless it may be a stamp)
    const labelled = labelledHolder(el);
    if (!named && !labelled) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > STAMP_MAX || !STAMP_TEXT.test(text)) continue;
    // the innermost holder: a meta block holding the author and the date gives its date alone
    const inner = [...el.querySelectorAll(STAMP_CANDIDATES)].some((c: any) => (stampHolder(c) || labelledHolder(c)) && STAMP_TEXT.test(c.textContent ?? ''));
    if (inner) continue;
    if (labelled) return text;
    first ??= text;
  }
  return first ?? headlineStamp(document);
}
/** A date at the start of a line ("2026-11-21 08:30 来源：外交部", "30/11/2026 | Lượt xem", "2025年3月4日 10:00"). */
// (or after the issuing office's name, a few words with no figure nor sentence mark: "商务部新闻办公室 2026-12-03 18:20",
// "Bộ Ngoại giao | 03/12/2026 14:05"; h-zv36)
const STAMP_LEAD = /^[^\d。，！？!?,.]{0,24}(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)(?!\d)/;
/**
 * The line set right under the headline that opens with a date, in a holder of any name
 * ("<h1>…</h1><div class="info">2026-11-21 08:30 <span>来源：外交部</span></div>"): the page's own stamp,
 * which a site names as it likes ("info", "source", "xinxi"); read only beside the page's first <h1>, so that a
 * masthead clock or a related story's date, elsewhere on the page, is never taken (h-zv32).
 */
function headlineStamp(document: any): string | null {
  let el = document.querySelector('h1')?.nextElementSibling;
  for (let k = 0; el && k < 2; k++, el = el.nextElementSibling) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= STAMP_MAX && STAMP_LEAD.test(text)) return text;
  }
  return null;
}
/** Whether an element opens with the words of a stamp (STAMP_LABEL) in its first text. */
const labelledHolder = (el: any): boolean => {
  const lead = el.firstChild?.nodeType === 3 ? String(el.firstChild.textContent ?? '') : '';
  return lead.length > 0 && STAMP_LABEL.test(lead.slice(0, 40));
};
/** The words a page writes before its own date stamp (Chinese, Vietnamese, English sites). */
const STAMP_LABEL = /发布时间|發佈時間|發布時間|发布日期|發布日期|发稿时间|来源[:：]|來源[:：]|Ngày đăng|Cập nhật|Đăng lúc|Ngày xuất bản|Published|Updated|Posted/i;

/** The elements that may hold a page's date stamp, and whether one does: a <time>, or a class, id or itemprop naming a date. */
const STAMP_CANDIDATES = 'time, [class], [id], [itemprop]';
const stampHolder = (el: any): boolean => {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  return (el.tagName === 'TIME' || STAMP_HOLDER.test(names)) && !STAMP_TODAY.test(names);
};
/** A holder named as the site's clock ("date-today", "current-date"): the day the page was viewed, not the article's (h-en21). */
const STAMP_TODAY = /today|current[-_]?(?:date|time)|clock/i;

/** The block elements of an article's body that may be a teaser of another story set in it. */
const TEASER_BLOCKS = 'p, li, h2, h3, h4, h5, h6, div';
const TEASER_MAX = 300;
/**
 * Removes from the article's body the blocks whose whole text is a link ("<p><a href=…>Thủ tướng hội đàm với Thủ tướng
 * Singapore</a></p>", "<p><a>李强同新加坡总理举行会谈</a></p>"): another story's headline the site sets among the
 * paragraphs, not a sentence of this one (h-zv28). A block holding words of its own besides its links stays.
 */
function dropLinkOnlyBlocks(body: any): void {
  for (const el of [...body.querySelectorAll(TEASER_BLOCKS)]) {
    if (!el.parentNode) continue;
    const links = el.querySelectorAll('a');
    if (!links.length) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, '');
    if (!text || text.length > TEASER_MAX) continue;
    let linked = 0;
    for (const a of links) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
    if (linked >= text.length) el.parentNode.removeChild(el);
  }
}

/** A class or id naming a story's lead ("sapo" in Vietnamese sites, "article-abstract", "summary", "lead", "chapo", "standfirst"). */
const LEAD_HOLDER = /(?:^|[\s_-])(?:sapo|abstract|summary|lead|chapo|standfirst|excerpt|intro)(?:$|[\s_-])/i;
/** An ancestor that holds no story's lead: lists of other stories, menus, the page's foot. */
const NOT_LEAD_PLACE = /related|relative|recommend|other|more|list|menu|nav|footer|sidebar|aside|tag|share|comment/i;
const LEAD_MIN = 20, LEAD_MAX = 800;

/**
 * The text of the page's lead block (LEAD_HOLDER), when the article text does not hold it already: the first such
 * element of DOM order with a sentence (LEAD_MIN to LEAD_MAX characters), no links for most of its text, and no
 * ancestor that is a list of other stories or the page's chrome (NOT_LEAD_PLACE). Null when none.
 */
function leadBlock(document: any, text: string): string | null {
  for (const el of document.querySelectorAll('[class], [id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!LEAD_HOLDER.test(names)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length < LEAD_MIN || t.length > LEAD_MAX) continue;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
    if (linked * 2 > t.length) continue;
    let chrome = false;
    for (let p = el.parentElement, k = 0; p && k < 8 && !chrome; p = p.parentElement, k++) {
      const pn = `${p.getAttribute?.('class') ?? ''} ${p.getAttribute?.('id') ?? ''} ${p.tagName}`;
      if (NOT_LEAD_PLACE.test(pn)) chrome = true;
    }
    if (chrome) continue;
    return text.includes(t) ? null : t;
  }
  return null;
}

/** Elements that have no end tag, or whose end tag may be left out: not counted as nesting by `tagDepth`. */
const NO_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * The nesting depth the markup asks for, from its tags alone (one linear scan, before any parsing:
 * the DOM parser itself slows down with the square of the depth past some thousands of levels).
 * Stops counting at `limit`.
 */
export function tagDepth(html: string, limit = MAX_HTML_DEPTH): number {
  let depth = 0, max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2].toLowerCase();
    if (NO_NESTING.has(name) || m[3]) continue;
    if (m[1]) { if (depth > 0) depth--; continue; }
    if (++depth > max) { max = depth; if (max > limit) return max; }
  }
  return max;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…' };
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;

/** Markup without its tags, a line break for each block element's tag (one scan, no callback per tag). */
function stripTags(s: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) { out.push(s.slice(i)); break; }
    out.push(s.slice(i, lt));
    let j = lt + 1;
    if (s.charCodeAt(j) === 47) j++;
    const c = s.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) { out.push('<'); i = lt + 1; continue; }
    let k = j;
    while (k < s.length && isNameChar(s.charCodeAt(k))) k++;
    const gt = s.indexOf('>', k);
    if (gt < 0) { out.push(s.slice(lt)); break; }
    if (BLOCK.has(s.slice(j, k).toUpperCase())) out.push('\n');
    i = gt + 1;
  }
  return out.join('');
}

/** Text of markup by its tags alone, for a page too deep to parse: block elements end lines, scripts and styles are dropped. */
function strippedText(html: string): string {
  const body = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const text = stripTags(body)
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (all, dec, hex, name) => {
      const cp = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
      if (cp >= 0) return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : ' ';
      return ENTITIES[name.toLowerCase()] ?? all;
    });
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
}

export function readHtml(html: string): HtmlArticle {
  if (tagDepth(html) > MAX_HTML_DEPTH) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() || null;
    const body = strippedText(html);
    return {
      title, byline: null, published: null, text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body, article: false,
      warnings: [{ rule: 'html/too-deep', message: `HTML nested more than ${MAX_HTML_DEPTH} elements deep; its text was read from the tags alone, without looking for the article` }],
    };
  }
  const { document } = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  // markup cut off inside its <html> tag parses to no document element at all: read it by its tags
  if (!document.documentElement) return { title: null, byline: null, published: null, text: strippedText(html), article: false, warnings: [] };
  const published = metaDate(document);
  const pageTitle = (document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.querySelector('title')?.textContent ?? '').trim() || null;
  let article: { title?: string | null; byline?: string | null; content?: string | null } | null = null;
  const warnings: HtmlArticle['warnings'] = [];
  const shape = domShape(document.documentElement);
  if (shape.depth > MAX_HTML_DEPTH) {
    warnings.push({ rule: 'html/too-deep', message: `HTML nested more than ${MAX_HTML_DEPTH} elements deep; the whole page text was used, without looking for the article` });
  } else if (shape.elements > MAX_HTML_ELEMENTS) {
    warnings.push({ rule: 'html/too-large', message: `HTML with more than ${MAX_HTML_ELEMENTS} elements; the whole page text was used, without looking for the article` });
  } else {
    try {
      article = new Readability(document.cloneNode(true) as any, { charThreshold: 200 }).parse();
    } catch {
      article = null;
    }
  }
  if (article?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    dropLinkOnlyBlocks(frag.body);
    const text = blockText(frag.body);
    const title = (article.title ?? pageTitle)?.trim() || null;
    // a page without a date in its metadata: its date stamp, left out of the article, as the line under the title
    // or the byline Readability took out, when it carries the date ("By Global Times  Published: Aug 15, 2025")
    const byline = article.byline?.replace(/\s+/g, ' ').trim() ?? '';
    const stamp = published ? null : pageStamp(document) ?? (byline.length <= STAMP_MAX && STAMP_TEXT.test(byline) ? byline : null);
    // the lead of the story in a block of its own above the body (class "sapo", "article-abstract", "summary"), which
    // Readability leaves out as too short a sibling or as a heading: the sentence that tells the encounter and its day
    const lead = leadBlock(document, text);
    const led = lead ? `${lead}\n\n${text}` : text;
    const dated = stamp && !led.includes(stamp) ? `${stamp}\n\n${led}` : led;
    return { title, byline: article.byline?.trim() || null, published, text: title && !text.startsWith(title) ? `${title}\n\n${dated}` : dated, article: true, warnings };
  }
  const body = document.body ? blockText(document.body) : '';
  return { title: pageTitle, byline: null, published, text: pageTitle && !body.startsWith(pageTitle) ? `${pageTitle}\n\n${body}` : body, article: false, warnings };
}

/** Whether a text looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head) || (head.match(/<\/(?:p|div|span|a|li|h\d)>/g)?.length ?? 0) >= 3;
}
