/**
 * "Address to" for letters and faxes: everyone a document could be addressed to, loaded once
 * the kind asks for it, and what choosing one of them does to the draft.
 */
import { useEffect, useState } from 'react';
import type { DocumentType } from '../../../../../shared/domain';
import { type RecipientRecord, loadAllRecipients } from '../../recipients';
import type { DocFields } from './draft';

/** The records to choose from: null while loading (or when the kind has no addressee). */
export function useRecipients(enabled: boolean): RecipientRecord[] | null {
  const [recipients, setRecipients] = useState<RecipientRecord[] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    void loadAllRecipients().then(
      (list) => !cancelled && setRecipients(list),
      () => !cancelled && setRecipients([]),
    );
    return () => {
      cancelled = true;
    };
  }, [enabled]);
  return recipients;
}

/** The record the draft is linked to, when it is among those loaded. */
export function linkedRecipient(
  recipients: RecipientRecord[] | null,
  fields: Pick<DocFields, 'linkedTable' | 'linkedId'>,
): RecipientRecord | undefined {
  return recipients?.find((r) => r.table === fields.linkedTable && r.id === fields.linkedId);
}

/** The draft addressed to `found`: its name and address, the link back, and a fax's number. */
export function addressedTo(
  current: DocFields,
  found: RecipientRecord,
  type: DocumentType,
): DocFields {
  return {
    ...current,
    to: found.name,
    recipientAddress: found.address ?? current.recipientAddress,
    linkedTable: found.table,
    linkedId: found.id,
    ...(type === 'fax'
      ? { message: { ...current.message, phone: found.phone ?? current.message.phone } }
      : {}),
  };
}
