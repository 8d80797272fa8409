/**
 * Leaving a page with unsaved entries asks first, the way a form in a dialog does (the app's
 * discard guard, renderer/ui/discardGuard.ts): "Discard what you typed?" with Keep editing
 * (focused) and Discard. The forms inside report whether they hold unsaved changes
 * (useReportUnsaved); while one does, a click on a link to another screen (the sidebar, a
 * breadcrumb, Cancel) is held and asked about, and any other change of route (Back, the
 * command palette) is put back and asked about. Discard goes where the user was going; a form
 * that saves and moves on calls `allowLeave()` first.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { discardGuardStart, discardGuardStep, type DiscardGuardEvent } from './discardGuard';
import { Modal } from './Modal';

interface LeaveGuardApi {
  report: (key: string, unsaved: boolean) => void;
  allowLeave: () => void;
}

const LeaveGuardContext = createContext<LeaveGuardApi>({ report: () => undefined, allowLeave: () => undefined });

/** Tells the page's guard whether this form (`key`, unique on the page) holds unsaved changes. */
export function useReportUnsaved(key: string, unsaved: boolean): void {
  const { report } = useContext(LeaveGuardContext);
  useEffect(() => {
    report(key, unsaved);
    return () => report(key, false);
  }, [report, key, unsaved]);
}

/** Lets the next change of route through without asking (a save that moves on). */
export function useAllowLeave(): () => void {
  return useContext(LeaveGuardContext).allowLeave;
}

/** Whether a link click should be held: a plain left click on a link to another route of this app. */
function heldTarget(e: MouseEvent): string | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== '_self') || a.hasAttribute('download')) return null;
  const url = new URL(a.href, window.location.href);
  const here = new URL(window.location.href);
  if (url.origin !== here.origin || url.pathname !== here.pathname || url.search !== here.search) return null;
  if (!url.hash || url.hash === here.hash || url.hash === '#main') return null;
  return url.href;
}

/** What the guard asks; by default about throwing away what was typed. */
export interface LeaveQuestion {
  title: string;
  text: string;
  stay: string;
  leave: string;
}

const DISCARD_QUESTION: LeaveQuestion = {
  title: 'Discard what you typed?',
  text: 'What you typed here is not saved yet. Leaving the page throws it away.',
  stay: 'Keep editing',
  leave: 'Discard',
};

export function LeaveGuard({ children, question = DISCARD_QUESTION }: { children: ReactNode; question?: LeaveQuestion }) {
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(() => new Set());
  const [guard, setGuard] = useState(discardGuardStart);
  const target = useRef<string | null>(null);
  const allowed = useRef(false);
  const dirty = unsaved.size > 0;
  const returnFocus = useRef<HTMLElement | null>(null);

  const report = useCallback((key: string, value: boolean) => {
    setUnsaved((prev) => {
      if (prev.has(key) === value) return prev;
      const next = new Set(prev);
      if (value) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const allowLeave = useCallback(() => {
    allowed.current = true;
  }, []);
  const api = useMemo(() => ({ report, allowLeave }), [report, allowLeave]);

  // The guard's own state follows what the forms report.
  useEffect(() => {
    setGuard((g) => (dirty ? discardGuardStep(g, 'edit').state : discardGuardStart));
    if (!dirty) allowed.current = false;
  }, [dirty]);

  const ask = useCallback((href: string) => {
    target.current = href;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setGuard((g) => (g.asking ? g : discardGuardStep(g, 'close').state));
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const onClick = (e: MouseEvent) => {
      if (allowed.current) return;
      const href = heldTarget(e);
      if (!href) return;
      e.preventDefault();
      ask(href);
    };
    // Another way of leaving (Back, the command palette): put the address back and ask. The
    // browser says so first with popstate, before hashchange; by hashchange another render may
    // already have read the new address, so it is put back at popstate, and the hashchange that
    // follows is kept from the router (heard first, in the capture phase).
    const here = window.location.href;
    let heldHashChange = false;
    const onPopState = () => {
      if (allowed.current || window.location.href === here) return;
      const to = window.location.href;
      window.history.replaceState(window.history.state, '', here);
      heldHashChange = true;
      ask(to);
    };
    const onHashChange = (e: HashChangeEvent) => {
      if (allowed.current) return;
      if (heldHashChange) {
        heldHashChange = false;
        e.stopImmediatePropagation();
        return;
      }
      if (window.location.href === here) return;
      e.stopImmediatePropagation();
      window.history.replaceState(window.history.state, '', here);
      ask(e.newURL);
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onPopState, true);
    window.addEventListener('hashchange', onHashChange, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onPopState, true);
      window.removeEventListener('hashchange', onHashChange, true);
    };
  }, [dirty, ask]);

  const step = (event: DiscardGuardEvent) => {
    const next = discardGuardStep(guard, event);
    setGuard(next.state);
    if (next.close && target.current) {
      allowed.current = true;
      window.location.href = target.current;
      target.current = null;
    } else if (!next.state.asking) {
      const back = returnFocus.current;
      requestAnimationFrame(() => back?.isConnected && back.focus());
    }
  };

  return (
    <LeaveGuardContext.Provider value={api}>
      {children}
      {guard.asking ? (
        <Modal title={question.title} onClose={() => step('keep')}>
          <p>{question.text}</p>
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={() => step('keep')} autoFocus>
              {question.stay}
            </button>
            <button type="button" className={question === DISCARD_QUESTION ? 'btn btn-danger' : 'btn'} onClick={() => step('discard')}>
              {question.leave}
            </button>
          </div>
        </Modal>
      ) : null}
    </LeaveGuardContext.Provider>
  );
}
