/** The rendered width of an element, kept up to date with a ResizeObserver (charts draw in real pixels). */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => { const w = Math.floor(el.getBoundingClientRect().width); if (w > 0) setWidth((old) => (Math.abs(old - w) > 1 ? w : old)); };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}
