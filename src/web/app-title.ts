/** Sets the document title for the current view. */
import { useEffect } from 'preact/hooks';

export function useTitle(title: string): void {
  useEffect(() => { document.title = title ? `${title} · readout` : 'readout'; }, [title]);
}
