/** Live views of the documents register for components; they re-render when the data changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../../../shared/domain';
import { getDocument, listDocuments } from './repository';

/** Every live document, newest first; undefined while loading. */
export function useDocuments(): DocumentRecord[] | undefined {
  return useLiveQuery(() => listDocuments(), []);
}

/**
 * One document: undefined while loading, null when there is no such live document (so a
 * screen can say "not found" instead of spinning forever).
 */
export function useDocument(id: string | undefined): DocumentRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await getDocument(id)) ?? null) : null), [id]);
}
