/**
 * Confidential records shown on purpose (issue 15.5): while `active` (the user pressed Show),
 * each record is opened once through `revealConfidential` — role check, audit entry 'view' —
 * and opened again without a new entry when it changes under the open screen (the user saved
 * it). Hiding forgets everything opened; showing again audits again.
 */
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../shared/lib/errors';
import type { SealableTable } from '../../shared/domain/confidential';
import { openForWriting, revealConfidential } from './sealing';

interface Revealable {
  id: string;
  updatedAt: string;
}

export interface Revealed<T> {
  /** Opened records by id (only those opened so far). */
  opened: ReadonlyMap<string, T>;
  /** Every record asked for is open. */
  ready: boolean;
  /** Why nothing is shown ('Only an office manager can see this.'). */
  error: string | null;
}

export function useRevealed<T extends Revealable>(
  table: SealableTable,
  records: readonly T[] | undefined,
  active: boolean,
): Revealed<T> {
  const [opened, setOpened] = useState<ReadonlyMap<string, T>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const audited = useRef(new Set<string>());
  const wanted = active ? (records ?? []) : [];
  const stale = wanted.filter((r) => opened.get(r.id)?.updatedAt !== r.updatedAt);
  const staleKey = stale.map((r) => `${r.id}@${r.updatedAt}`).join();

  useEffect(() => {
    if (!active) {
      audited.current = new Set();
      setOpened(new Map());
      setError(null);
    }
  }, [active]);

  useEffect(() => {
    if (!active || stale.length === 0 || error) return;
    let cancelled = false;
    void (async () => {
      try {
        const next: [string, T][] = [];
        for (const r of stale) {
          const open = audited.current.has(r.id) ? await openForWriting(table, r) : await revealConfidential<T>(table, r.id);
          audited.current.add(r.id);
          next.push([r.id, open]);
        }
        if (!cancelled) setOpened((m) => new Map([...m, ...next]));
      } catch (e) {
        if (!cancelled) setError(errorMessage(e));
      }
    })();
    return () => {
      cancelled = true;
    };
    // staleKey stands for `stale`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, staleKey, table, error]);

  return { opened, ready: active && stale.length === 0 && !error, error };
}
