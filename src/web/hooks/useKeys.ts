/** Keyboard shortcuts that stay out of the way while the user types in a field. */
import { useEffect, useRef } from 'react';

export function useKeys(handlers: Record<string, () => void>): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || e.metaKey || e.ctrlKey || e.altKey)
        return;
      const key = e.key === ' ' ? 'space' : e.key;
      const run = ref.current[key];
      if (run) {
        e.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
