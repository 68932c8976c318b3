/**
 * RSS 2.0 and Atom feeds: the items' links, titles and dates.
 */
import { parseHTML } from 'linkedom';

export interface FeedItem { url: string; title: string | null; published: string | null }

export function looksLikeFeed(text: string, contentType = ''): boolean {
  if (/rss|atom/i.test(contentType)) return true;
  const head = text.slice(0, 1000).toLowerCase();
  return /<rss[\s>]|<feed[\s>]|<rdf:rdf/.test(head);
}

const isoDay = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const t = Date.parse(s.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
};

export function readFeed(xml: string, base: string): FeedItem[] {
  const { document } = parseHTML(`<root>${xml.replace(/<\?xml[^>]*\?>/, '')}</root>`);
  const items: FeedItem[] = [];
  for (const it of document.querySelectorAll('item, entry') as any) {
    let link: string | null = null;
    for (const l of it.querySelectorAll('link') as any) {
      link = l.getAttribute('href') ?? l.textContent?.trim() ?? null;
      if (link && (l.getAttribute('rel') ?? 'alternate') === 'alternate') break;
    }
    link ??= it.querySelector('guid')?.textContent?.trim() ?? null;
    if (!link) continue;
    try { link = new URL(link, base).toString(); } catch { continue; }
    items.push({
      url: link,
      title: it.querySelector('title')?.textContent?.trim() || null,
      published: isoDay(it.querySelector('pubDate, published, updated, dc\\:date')?.textContent),
    });
  }
  return items;
}
