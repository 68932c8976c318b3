/** Any other path. */
import { useTitle } from '../app-title.ts';

export function NotFound({ path }: { path: string }) {
  useTitle('Not found');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>Not found</h1>
      <p class="error" role="alert">There is no page at {path}.</p>
      <p><a href="/">Go to the overview</a> or <a href="/events">list the events</a>.</p>
    </section>
  );
}
