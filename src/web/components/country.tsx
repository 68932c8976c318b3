/** A country code with its name as a tooltip and for screen readers. */
export function CountryCode({ code, name }: { code: string | null | undefined; name?: string }) {
  if (!code) return <span class="cc cc-none" title="country unknown">?</span>;
  return <abbr class="cc" title={name ?? code}>{code}</abbr>;
}
