/**
 * Ctrl+K: one box that goes to any module or any record. Module commands come first so the
 * palette is useful on an empty database; record hits come from every table that has records.
 * A query that looks like a phone number (issue 14.2) is looked up first: every record with
 * that number, then "Log a call from <number>" (the quick call form, prefilled).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { create } from 'zustand';
import { searchEverything, type SearchHit } from '../core/search';
import { MODULES, moduleById } from '../core/modules';
import { navigate } from '../core/router';
import { lookupPhone } from '../core/phoneDirectory';
import { parsePhoneNumber } from 'awesome-phonenumber';
import { openCallForm } from '../features/calls';
import { vaultStatus } from '../core/vault';
import { lockVault } from '../db/vaultKeys';

interface PaletteState {
  open: boolean;
  setOpen(open: boolean): void;
}

export const usePalette = create<PaletteState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

interface Entry {
  key: string;
  title: string;
  subtitle?: string;
  moduleLabel: string;
  /** A keyboard shortcut that does the same, shown at the end ("F2"). */
  shortcut?: string;
  run(): void;
}

/** Digits, +, spaces, dashes, dots and parentheses, with at least 5 digits: a phone number. */
export function looksLikePhone(query: string): boolean {
  const q = query.trim();
  return /^\+?[\d\s().-]+$/.test(q) && (q.match(/\d/g)?.length ?? 0) >= 5;
}

/** '+1 207-555-0195': the international form, so the country is never in doubt. */
function internationalForm(e164: string): string {
  return parsePhoneNumber(e164).number?.international ?? e164;
}

interface PhoneEntries {
  query: string;
  entries: Entry[];
}

/** The lookup's matches (each opens its record) and "Log a call from <number>". */
async function phoneEntries(query: string): Promise<Entry[]> {
  const q = query.trim();
  const { e164, matches } = await lookupPhone(q);
  const shown = e164 ? internationalForm(e164) : q;
  return [
    ...matches.map(
      (m): Entry => ({
        key: `phone:${m.table}:${m.id}`,
        title: `${m.name} — ${m.role} · ${shown}`,
        moduleLabel: 'Caller',
        run: () => {
          window.location.hash = m.href;
        },
      }),
    ),
    {
      key: 'phone:log-call',
      title: `Log a call from ${shown}`,
      subtitle: matches.length ? undefined : e164 ? 'Not on file' : 'Not a number this office can dial',
      moduleLabel: 'Calls',
      shortcut: 'F2',
      run: () => openCallForm({ phone: q, ...(matches[0] ? { caller: matches[0].name } : {}) }),
    },
  ];
}

/** Commands that act rather than go somewhere. */
function commandEntries(query: string): Entry[] {
  const q = query.trim().toLowerCase();
  const logCall: Entry = { key: 'command:log-call', title: 'Log a call', moduleLabel: 'Calls', shortcut: 'F2', run: () => openCallForm() };
  const lock: Entry = { key: 'command:lock', title: 'Lock now', moduleLabel: 'Security', shortcut: 'Ctrl+L', run: () => void lockVault('manual') };
  return [
    ...(!q || 'log a call'.includes(q) || q.split(/\s+/).every((w) => 'log a call phone message'.includes(w)) ? [logCall] : []),
    ...(vaultStatus().state === 'unlocked' && (!q || 'lock now'.includes(q)) ? [lock] : []),
  ];
}

function moduleEntries(query: string): Entry[] {
  const q = query.trim().toLowerCase();
  return MODULES.filter((m) => !q || m.label.toLowerCase().includes(q)).map((m) => ({
    key: `module:${m.id}`,
    title: `Go to ${m.label}`,
    moduleLabel: 'Module',
    run: () => navigate(m.id),
  }));
}

function hitEntry(hit: SearchHit): Entry {
  const info = moduleById(hit.module);
  return {
    key: `${hit.table}:${hit.id}`,
    title: hit.title,
    subtitle: hit.subtitle,
    moduleLabel: info?.label ?? hit.module,
    run: () => navigate(hit.module, ...hit.path),
  };
}

export function useCommandPaletteShortcut(): void {
  const setOpen = usePalette((s) => s.setOpen);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpen]);
}

export function CommandPalette() {
  const open = usePalette((s) => s.open);
  const setOpen = usePalette((s) => s.setOpen);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  /** The query `hits` answer; a scanner types a tag and Enter before the search has run. */
  const [hitsFor, setHitsFor] = useState('');
  const [active, setActive] = useState(0);
  const [phone, setPhone] = useState<PhoneEntries>({ query: '', entries: [] });
  const listId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setQuery('');
      setActive(0);
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    let cancelled = false;
    const q = query.trim();
    if (q.length < 2) {
      setHits([]);
      setHitsFor(q);
      return;
    }
    // A short pause so typing fast does not start a search per keystroke.
    const timer = window.setTimeout(() => {
      searchEverything(q, 30).then(
        (found) => {
          if (cancelled) return;
          setHits(found);
          setHitsFor(q);
        },
        () => {
          if (cancelled) return;
          setHits([]);
          setHitsFor(q);
        },
      );
    }, 80);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query]);

  useEffect(() => {
    let cancelled = false;
    const q = query.trim();
    if (!looksLikePhone(q)) {
      setPhone({ query: '', entries: [] });
      return;
    }
    phoneEntries(q).then(
      (entries) => !cancelled && setPhone({ query: q, entries }),
      () => !cancelled && setPhone({ query: q, entries: [] }),
    );
    return () => {
      cancelled = true;
    };
  }, [query]);

  const phoneShown = looksLikePhone(query) && phone.query === query.trim() ? phone.entries : [];
  const entries = [...phoneShown, ...commandEntries(query), ...moduleEntries(query), ...hits.map(hitEntry)];
  const activeIndex = Math.min(active, Math.max(0, entries.length - 1));

  const choose = (entry: Entry | undefined) => {
    if (!entry) return;
    setOpen(false);
    entry.run();
  };

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label="Command palette"
      onClose={() => {
        // 'close' arrives as a task after dialog.close(); a Ctrl+K typed in between (input
        // outruns queued tasks) has already reopened it, and that stale event must not shut it.
        if (!dialogRef.current?.open) setOpen(false);
      }}
      onClick={(e) => {
        if (e.target === dialogRef.current) setOpen(false);
      }}
    >
      <input
        role="combobox"
        aria-label="Search everything"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={entries.length ? `${listId}-${activeIndex}` : undefined}
        placeholder="Go to a module, or search supplies, people, vendors, asset tags…"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, entries.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const q = query.trim();
            if (looksLikePhone(q) && phone.query !== q) {
              // Enter came before the lookup (a pasted number): look up now, take the first answer.
              void phoneEntries(q).then((found) => choose(found[0]), () => undefined);
              return;
            }
            if (q.length >= 2 && hitsFor !== q && !looksLikePhone(q)) {
              // Enter came before the search (a barcode scanner): search now, open the best match.
              void searchEverything(q, 30).then(
                (found) => choose([...moduleEntries(q), ...found.map(hitEntry)][0]),
                () => undefined,
              );
              return;
            }
            choose(entries[activeIndex]);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Results">
        {entries.map((entry, i) => (
          <li
            key={entry.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(entry)}
          >
            <span>{entry.title}</span>
            {entry.subtitle ? <span className="muted">{entry.subtitle}</span> : null}
            <span className="hit-module">{entry.moduleLabel}</span>
            {entry.shortcut ? <kbd className="palette-shortcut">{entry.shortcut}</kbd> : null}
          </li>
        ))}
      </ul>
      {entries.length === 0 ? (
        <p className="palette-empty">Nothing matches “{query}”.</p>
      ) : null}
    </dialog>
  );
}
