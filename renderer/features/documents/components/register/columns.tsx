/** The register table's columns: the title opens the document; the rest are read-only values. */
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DOCUMENT_KIND_LABELS } from '../../../../../shared/documents';
import type { DocumentRecord } from '../../../../../shared/domain';
import { shortDate, shortDateTime, statusLabel } from '../labels';

const LINKED_LABELS: Record<string, string> = {
  vendors: 'Vendor',
  employees: 'Employee',
  candidates: 'Candidate',
  purchaseOrders: 'Purchase order',
};

export function useRegisterColumns(
  onOpen: (id: string) => void,
  locale: string | null | undefined,
): ColumnDef<DocumentRecord, string>[] {
  return useMemo<ColumnDef<DocumentRecord, string>[]>(
    () => [
      {
        id: 'title',
        header: 'Title',
        accessorKey: 'title',
        cell: ({ row }) => (
          <button
            type="button"
            className="doc-link"
            data-doc-id={row.original.id}
            onClick={() => onOpen(row.original.id)}
          >
            {row.original.title}
          </button>
        ),
      },
      { id: 'type', header: 'Type', accessorFn: (doc) => DOCUMENT_KIND_LABELS[doc.type] },
      {
        id: 'date',
        header: 'Date',
        accessorKey: 'date',
        cell: ({ getValue }) => shortDate(getValue(), locale),
      },
      { id: 'from', header: 'Author', accessorFn: (doc) => doc.from ?? '' },
      {
        id: 'to',
        header: 'Recipients',
        accessorFn: (doc) => [doc.to, doc.cc].filter(Boolean).join('; '),
      },
      {
        id: 'status',
        header: 'Status',
        accessorKey: 'status',
        cell: ({ row }) => (
          <span className={`badge doc-status doc-status-${row.original.status}`}>
            {statusLabel(row.original.status)}
          </span>
        ),
      },
      { id: 'tags', header: 'Tags', accessorFn: (doc) => doc.tags.join(', ') },
      {
        id: 'linked',
        header: 'Linked',
        accessorFn: (doc) =>
          doc.attachmentId
            ? 'Scanned file'
            : (LINKED_LABELS[doc.linkedTable ?? ''] ?? doc.linkedTable ?? ''),
      },
      {
        id: 'printed',
        header: 'Last printed',
        accessorFn: (doc) => doc.printedAt ?? '',
        cell: ({ getValue }) =>
          getValue() ? shortDateTime(getValue(), locale) : <span className="muted">Not yet</span>,
      },
    ],
    [onOpen, locale],
  );
}
