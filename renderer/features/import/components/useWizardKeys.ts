import { useEffect, useRef } from 'react';

/**
 * Esc cancels and Enter advances anywhere on the wizard's page. Listening on the document, so
 * the keys work wherever focus is; the handlers are read at key time, so they see the latest state.
 */
export function useWizardKeys(cancel: () => void, advance: () => void): void {
  const keys = useRef({ cancel, advance });
  useEffect(() => {
    keys.current = { cancel, advance };
  });
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const el = e.target instanceof Element ? e.target : null;
      // Another dialog (the command palette is a native <dialog>) owns its keys.
      if (el?.closest('dialog, [role="dialog"]')) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        keys.current.cancel();
        return;
      }
      if (e.key !== 'Enter') return;
      // Buttons, links and text fields do their own thing with Enter.
      if (
        el?.closest(
          'button, a, textarea, input:not([type]), input[type="text"], input[type="search"], [role="button"]',
        )
      )
        return;
      e.preventDefault();
      keys.current.advance();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
