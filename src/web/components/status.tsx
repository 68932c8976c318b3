/** Loading and error states: text, announced politely to screen readers. */
export function Loading({ what = 'data' }: { what?: string }) {
  return <p class="status" role="status" aria-live="polite"><span class="spinner" aria-hidden="true" />Loading {what}…</p>;
}

export function ErrorMessage({ error, what }: { error: string; what?: string }) {
  return <p class="error" role="alert">{what ? `Could not load ${what}: ` : ''}{error}</p>;
}
