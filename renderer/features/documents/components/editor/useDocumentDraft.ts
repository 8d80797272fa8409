/**
 * One document's editing session: the fields as typed against the fields last saved, the
 * paper and status, and the actions that write them (save, print or save as PDF, duplicate,
 * delete). Every action saves first and runs one at a time, so a held Ctrl+S or a second
 * trigger of the same key press cannot create two documents.
 */
import { useRef, useState } from 'react';
import {
  type CompanyProfile,
  DOCUMENT_KIND_LABELS,
  type PageSize,
  bodyToPlainText,
  defaultPageSize,
  renderDocumentHtml,
  renderDocumentTitle,
} from '../../../../../shared/documents';
import type { DocumentRecord, DocumentStatus, DocumentType } from '../../../../../shared/domain';
import { errorMessage } from '../../../../../shared/lib/errors';
import { useCompanyProfile } from '../../../../core/settingsHooks';
import { usePrintDocument } from '../../../../ui/printing';
import type { EmailDraftSeed } from '../../../../ui/EmailDraft';
import { useToast } from '../../../../ui/Toast';
import { useDocument } from '../../hooks';
import type { RecipientRecord } from '../../recipients';
import {
  createDocument,
  duplicateDocument,
  markDocumentPrinted,
  softDeleteDocument,
  updateDocument,
} from '../../repository';
import { type SlipField, formFor } from '../kinds';
import { parseTags } from '../tags';
import { type DocFields, fieldsOf, sameFields, titleOf, toInput } from './draft';

export interface DraftOptions {
  initial: DocumentRecord | undefined;
  newKind: DocumentType;
  onClose: () => void;
  onCreated: ((id: string) => void) | undefined;
  onOpenOther: ((id: string) => void) | undefined;
}

export function useDocumentDraft({
  initial,
  newKind,
  onClose,
  onCreated,
  onOpenOther,
}: DraftOptions) {
  const toast = useToast((s) => s.show);
  const printDocument = usePrintDocument();
  const company: CompanyProfile = useCompanyProfile();

  const [id, setId] = useState(initial?.id);
  const live = useDocument(id);
  // A confidential document's stored copy is sealed: its opened copy (initial) keeps the history.
  const record = live?.sealed ? (initial ?? live) : (live ?? initial);
  const type: DocumentType = record?.type ?? newKind;
  const isTemplate = record?.isTemplate === true;
  const kindLabel = isTemplate
    ? `${DOCUMENT_KIND_LABELS[type]} template`
    : DOCUMENT_KIND_LABELS[type];
  const form = formFor(type);

  const [fields, setFields] = useState<DocFields>(() => fieldsOf(initial, newKind));
  const [saved, setSaved] = useState<DocFields>(() => fieldsOf(initial, newKind));
  const [status, setStatus] = useState<DocumentStatus>(initial?.status ?? 'draft');
  const [paper, setPaper] = useState<PageSize | null>(initial?.pageSize ?? null);
  const [savedPaper, setSavedPaper] = useState<PageSize | null>(initial?.pageSize ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // State updates land a render later; this stops a held Ctrl+S from creating two documents.
  const busyRef = useRef(false);

  const pageSize = paper ?? defaultPageSize(company);
  const dirty = !id || !sameFields(fields, saved) || paper !== savedPaper;

  const set = <K extends keyof DocFields>(key: K, value: DocFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  const setSlip = (key: SlipField, value: string) =>
    setFields((current) => ({ ...current, message: { ...current.message, [key]: value } }));

  /** Writes the fields when anything changed; resolves to the stored id, or null on failure. */
  async function persist(nextStatus: DocumentStatus): Promise<string | null> {
    if (id && !dirty && nextStatus === status) return id;
    const { tags, message, body, linkedTable, linkedId, ...rest } = fields;
    const changes = {
      ...rest,
      confidential: rest.confidential || undefined,
      ...(linkedTable && linkedId ? { linkedTable, linkedId } : {}),
      body: bodyToPlainText(body),
      richBody: body,
      tags: parseTags(tags),
      message: form.slip.length > 0 || form.flags ? message : undefined,
      // A template keeps the name it was given; a document is named by its subject.
      title: isTemplate && record ? record.title : titleOf(fields, type),
      status: nextStatus,
      ...(paper ? { pageSize: paper } : {}),
    };
    try {
      let storedId = id;
      if (!storedId) {
        const created = await createDocument({ ...changes, type });
        storedId = created.id;
        setId(storedId);
        onCreated?.(storedId);
      } else {
        await updateDocument(storedId, changes);
      }
      setSaved(fields);
      setSavedPaper(paper);
      setStatus(nextStatus);
      setError(null);
      return storedId;
    } catch (e) {
      setError(errorMessage(e));
      return null;
    }
  }

  async function run(task: () => Promise<void>): Promise<void> {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      await task();
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  const save = (nextStatus: DocumentStatus = status, then?: () => void) =>
    run(async () => {
      const storedId = await persist(nextStatus);
      if (!storedId) return;
      toast(
        isTemplate
          ? 'Template saved'
          : nextStatus === 'final'
            ? `${kindLabel} saved as final`
            : nextStatus === 'draft'
              ? 'Draft saved'
              : `${kindLabel} marked as sent`,
      );
      then?.();
    });

  /** Saves, then prints or saves as PDF exactly what the preview shows, addressed to `recipient`. */
  const output = (how: 'print' | 'pdf', recipient: RecipientRecord | undefined) =>
    run(async () => {
      const storedId = await persist(status);
      if (!storedId) return;
      const input = toInput(type, fields, pageSize, company, !isTemplate, undefined, recipient);
      const request = {
        html: renderDocumentHtml(input, company),
        title: renderDocumentTitle(input),
        pageSize,
      };
      try {
        const outcome = await printDocument(how, request, { what: kindLabel, onError: setError });
        if (outcome.status === 'printed' || outcome.status === 'saved') {
          await markDocumentPrinted(storedId, undefined, { action: how });
        }
      } catch (e) {
        setError(errorMessage(e));
      }
    });

  /**
   * Saves, then the draft email of exactly what Print would print (issue 17.5): to the linked
   * record's address, else to the record of `known` named on a line of the addressee (a
   * letter typed to "Dana Whitfield\nPrintWorks Imaging" goes to PrintWorks), the subject line
   * as subject.
   */
  const emailSeed = async (recipient: RecipientRecord | undefined, known: RecipientRecord[] | null): Promise<EmailDraftSeed | null> => {
    setError(null);
    const storedId = await persist(status);
    if (!storedId) return null;
    const input = toInput(type, fields, pageSize, company, !isTemplate, undefined, recipient);
    const title = renderDocumentTitle(input);
    const lines = new Set(fields.to.split('\n').map((l) => l.trim().toLowerCase()).filter(Boolean));
    const addressee = recipient ?? known?.find((r) => r.email && lines.has(r.name.trim().toLowerCase()));
    const greeting = addressee?.contact?.trim() || fields.to.split('\n')[0]!.trim();
    const what = kindLabel.toLowerCase();
    return {
      document: { html: renderDocumentHtml(input, company), title, pageSize },
      to: addressee?.email ? [addressee.email] : [],
      subject: fields.subject.trim() || title,
      body: `${greeting ? `Dear ${greeting}` : 'Hello'},\n\nPlease find attached our ${what}${fields.subject.trim() ? ` "${fields.subject.trim()}"` : ''}.\n\nKind regards,\n${fields.from.trim() || company.name}`,
      fileName: title,
    };
  };

  const duplicate = (asTemplate: boolean) =>
    run(async () => {
      const storedId = await persist(status);
      if (!storedId) return;
      try {
        const copy = await duplicateDocument(storedId);
        if (asTemplate !== isTemplate) {
          await updateDocument(copy.id, {
            isTemplate: asTemplate,
            title: asTemplate ? `${record?.title ?? titleOf(fields, type)}` : copy.title,
          });
        }
        toast(
          asTemplate
            ? 'Saved as a template'
            : isTemplate
              ? 'New document from the template'
              : 'Copy made',
        );
        onOpenOther?.(copy.id);
      } catch (e) {
        setError(errorMessage(e));
      }
    });

  const remove = () =>
    run(async () => {
      if (!id) return;
      try {
        await softDeleteDocument(id);
        toast(`${kindLabel} deleted`);
        onClose();
      } catch (e) {
        setError(errorMessage(e));
      }
    });

  return {
    company,
    id,
    record,
    type,
    isTemplate,
    kindLabel,
    form,
    fields,
    setFields,
    set,
    setSlip,
    status,
    pageSize,
    setPaper,
    dirty,
    busy,
    error,
    save,
    output,
    emailSeed,
    duplicate,
    remove,
  };
}

export type DocumentDraft = ReturnType<typeof useDocumentDraft>;
