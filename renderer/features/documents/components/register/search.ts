/**
 * Finding documents in the register: every word typed must appear somewhere in the title,
 * subject, names, address, tags or body (accents and case folded), within the chosen type
 * and status.
 */
import { useMemo, useState } from 'react';
import type { DocumentRecord, DocumentType } from '../../../../../shared/domain';
import { normalizeForSearch } from '../../../../../shared/lib/text';
import { redactConfidential } from '../../../../../shared/domain/confidential';

/** A confidential document is found by its title, type and tags, never by its content. */
export function searchText(record: DocumentRecord): string {
  const doc = redactConfidential('documents', record);
  return normalizeForSearch(
    [
      doc.title,
      doc.subject,
      doc.to,
      doc.from,
      doc.cc,
      doc.recipientAddress,
      doc.tags.join(' '),
      doc.body,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

export function useRegisterSearch(documents: DocumentRecord[]) {
  const [query, setQuery] = useState('');
  const [typeFilter, setTypeFilter] = useState<'' | DocumentType>('');
  const [statusFilter, setStatusFilter] = useState('');
  // Folded once per change of the register, not once per keystroke.
  const haystacks = useMemo(
    () => new Map(documents.map((d) => [d.id, searchText(d)])),
    [documents],
  );
  const words = useMemo(() => normalizeForSearch(query).split(' ').filter(Boolean), [query]);
  const shown = useMemo(
    () =>
      documents.filter(
        (d) =>
          (!typeFilter || d.type === typeFilter) &&
          (!statusFilter || d.status === statusFilter) &&
          words.every((w) => haystacks.get(d.id)!.includes(w)),
      ),
    [documents, typeFilter, statusFilter, words, haystacks],
  );
  return { query, setQuery, typeFilter, setTypeFilter, statusFilter, setStatusFilter, shown };
}

export type RegisterSearch = ReturnType<typeof useRegisterSearch>;
