/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds: the items' links, titles and dates, read with rss-parser (an
 * XML parser: an HTML parser reads RSS 2.0's `<link>` as an empty element and finds no links).
 */
import Parser from 'rss-parser';

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

const parser = new Parser({ customFields: { item: [['dc:date', 'dcDate'], ['link', 'allLinks', { keepArray: true }]] as any } });

/** An Atom entry's page: the link with rel="alternate" (or no rel), not an enclosure or a related link. */
function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  for (const l of links) {
    const a = l && typeof l === 'object' ? (l as any).$ : null;
    if (a && typeof a.href === 'string' && (a.rel == null || a.rel === 'alternate')) return a.href.trim() || null;
  }
  return null;
}

/** The feed's items that have a link (or a guid that is a URL), in the feed's order; throws for XML that is no feed. */
export async function readFeed(xml: string, base: string): Promise<FeedItem[]> {
  const feed = await parser.parseString(xml);
  const items: FeedItem[] = [];
  for (const it of feed.items ?? []) {
    let link = atomLink((it as any).allLinks) ?? ((typeof it.link === 'string' && it.link.trim()) || null);
    if (!link && typeof it.guid === 'string' && /^https?:\/\//i.test(it.guid.trim())) link = it.guid.trim();
    if (!link) continue;
    try { link = new URL(link, base).toString(); } catch { continue; }
    if (!/^https?:$/.test(new URL(link).protocol)) continue;
    items.push({
      url: link,
      title: (typeof it.title === 'string' && it.title.trim()) || null,
      published: isoDay(it.isoDate ?? it.pubDate ?? (it as any).dcDate ?? null),
    });
  }
  return items;
}
