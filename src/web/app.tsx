/** The page frame (skip link, header, navigation) and the route table. */
import { useEffect, useRef } from 'preact/hooks';
import { useLocation, type Loc } from './router.ts';
import { Overview } from './views/overview.tsx';
import { Events } from './views/events.tsx';
import { EventPage } from './views/event.tsx';
import { PersonPage } from './views/person.tsx';
import { People } from './views/people.tsx';
import { NetworkView } from './views/network.tsx';
import { NotFound } from './views/not-found.tsx';

function decode(s: string): string | null {
  try { return decodeURIComponent(s); } catch { return null; }
}

function route(loc: Loc) {
  const p = loc.path.replace(/\/+$/, '') || '/';
  if (p === '/') return { section: 'overview', view: <Overview loc={loc} /> };
  if (p === '/events') return { section: 'events', view: <Events loc={loc} /> };
  if (p === '/people') return { section: 'people', view: <People loc={loc} /> };
  if (p === '/network') return { section: 'network', view: <NetworkView loc={loc} /> };
  let m = /^\/event\/([^/]+)$/.exec(p);
  const eventId = m ? decode(m[1]) : p === '/event' ? loc.query.get('id') : null;
  if (eventId) return { section: 'events', view: <EventPage key={eventId} id={eventId} loc={loc} /> };
  m = /^\/person\/([^/]+)$/.exec(p);
  const personId = m ? decode(m[1]) : p === '/person' ? loc.query.get('id') : null;
  if (personId) return { section: 'people', view: <PersonPage key={personId} id={personId} loc={loc} /> };
  return { section: '', view: <NotFound path={loc.path} /> };
}

const NAV = [['overview', '/', 'Overview'], ['events', '/events', 'Events'], ['people', '/people', 'People'], ['network', '/network', 'Network']] as const;

export function App() {
  const loc = useLocation();
  const { section, view } = route(loc);
  const main = useRef<HTMLElement>(null);
  const lastPath = useRef(loc.path);
  // a new view (not just new filters): start at the top and move focus to its heading
  useEffect(() => {
    if (lastPath.current === loc.path) return;
    lastPath.current = loc.path;
    scrollTo(0, 0);
    const h = main.current?.querySelector<HTMLElement>('h1');
    (h ?? main.current)?.focus({ preventScroll: true });
  }, [loc.path]);
  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href="/">readout</a>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([id, href, label]) => <li key={id}><a href={href} aria-current={section === id ? 'page' : undefined}>{label}</a></li>)}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>{view}</main>
      <footer class="foot muted small">readout: a de-duplicated record of diplomatic engagements · <a href="/openapi.json" rel="external">API</a></footer>
    </>
  );
}
