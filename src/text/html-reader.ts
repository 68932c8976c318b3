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
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'FIGURE', 'TABLE', 'UL', 'OL', 'BR', 'HR', 'DD', 'DT']);

/** Text of a DOM subtree with a line break after each block element. */
function blockText(node: any): string {
  const parts: string[] = [];
  const walk = (n: any) => {
    if (n.nodeType === 3) { parts.push(n.textContent.replace(/\s+/g, ' ')); return; }
    if (n.nodeType !== 1) return;
    const tag = n.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (BLOCK.has(tag)) parts.push('\n');
    for (const c of n.childNodes) walk(c);
    if (BLOCK.has(tag)) parts.push('\n');
  };
  walk(node);
  return parts.join('').split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n');
}

function metaDate(document: any): string | null {
  const sel = [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
    'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]', 'meta[property="og:published_time"]', 'time[datetime]',
  ];
  for (const s of sel) {
    const el = document.querySelector(s);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    const m = v && /(\d{4})-(\d{2})-(\d{2})/.exec(v);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const published = metaDate(document);
  const pageTitle = (document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.querySelector('title')?.textContent ?? '').trim() || null;
  let article: { title?: string | null; byline?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(document.cloneNode(true) as any, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const text = blockText(frag.body);
    const title = (article.title ?? pageTitle)?.trim() || null;
    return { title, byline: article.byline?.trim() || null, published, text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text, article: true };
  }
  const body = document.body ? blockText(document.body) : '';
  return { title: pageTitle, byline: null, published, text: pageTitle && !body.startsWith(pageTitle) ? `${pageTitle}\n\n${body}` : body, article: false };
}

/** Whether a text looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head) || (head.match(/<\/(?:p|div|span|a|li|h\d)>/g)?.length ?? 0) >= 3;
}
