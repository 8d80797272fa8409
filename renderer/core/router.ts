/**
 * Hash routing (`#/inventory`, `#/documents/ID`): it works the same under app://backdesk and a
 * plain static server, and a reload keeps the user where they were.
 */
import { useSyncExternalStore } from 'react';
import { type ModuleId, moduleById } from './modules';

export interface Route {
  module: ModuleId;
  /** Path segments after the module, e.g. a record id. */
  rest: string[];
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const first = parts[0];
  const known = first ? moduleById(first) : undefined;
  return { module: known ? known.id : 'dashboard', rest: known ? parts.slice(1) : [] };
}

export function hrefFor(module: ModuleId, ...rest: string[]): string {
  return '#/' + [module, ...rest].map(encodeURIComponent).join('/');
}

export function navigate(module: ModuleId, ...rest: string[]): void {
  window.location.hash = hrefFor(module, ...rest);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
