/**
 * A scanned or received file in the register: its title, date, tags and status beside the
 * file itself, typed from its first bytes (never from its name). Images show as images; PDFs
 * are drawn page by page into a canvas by the app's own viewer (renderer/ui/PdfViewer, no
 * browser plugin), so nothing in the file can act as a page of the app.
 */
import { useEffect, useState } from 'react';
import type { DocumentRecord, DocumentStatus } from '../../../../shared/domain';
import { getAttachmentBytes } from '../../../db/attachments';
import { PdfViewer } from '../../../ui/PdfViewer';
import { useToast } from '../../../ui/Toast';
import { useDocument } from '../hooks';
import { softDeleteDocument, updateDocument } from '../repository';
import { sniffScanType } from '../scanFiles';
import { parseTags } from './tags';
import { errorMessage } from '../../../../shared/lib/errors';
import { ScreenError } from './ScreenError';
import { ScreenHeader } from './ScreenHeader';
import './documents.css';

type Preview = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; url: string; type: string; bytes: Uint8Array };

function useScanPreview(attachmentId: string | undefined): Preview {
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  useEffect(() => {
    if (!attachmentId) {
      setPreview({ status: 'missing' });
      return;
    }
    let url: string | null = null;
    let cancelled = false;
    void getAttachmentBytes(attachmentId)
      .then((bytes) => {
        if (cancelled) return;
        const type = bytes ? sniffScanType(bytes) : null;
        if (!bytes || !type) {
          setPreview({ status: 'missing' });
          return;
        }
        url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
        setPreview({ status: 'ready', url, type, bytes });
      })
      .catch(() => !cancelled && setPreview({ status: 'missing' }));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attachmentId]);
  return preview;
}

export function ScanViewer({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const live = useDocument(doc.id) ?? doc;
  const toast = useToast((s) => s.show);
  const [title, setTitle] = useState(doc.title);
  const [date, setDate] = useState(doc.date);
  const [tags, setTags] = useState(doc.tags.join(', '));
  const [status, setStatus] = useState<DocumentStatus>(doc.status);
  const [error, setError] = useState<string | null>(null);
  const preview = useScanPreview(live.attachmentId);

  const save = async () => {
    try {
      await updateDocument(doc.id, { title, date, tags: parseTags(tags), status });
      setError(null);
      toast('Scan details saved');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="page doc-editor">
      <ScreenHeader
        title={
          <>
            Scanned document<span className="doc-editor-subject">{live.title}</span>
          </>
        }
        onBack={onClose}
      />
      <ScreenError error={error} />
      <div className="doc-editor-layout">
        <form
          className="doc-editor-form card"
          aria-label="Scan details"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label className="field doc-field-wide">
            <span>Title</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} required />
          </label>
          <label className="field">
            <span>Date</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </label>
          <label className="field">
            <span>Status</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as DocumentStatus)}>
              <option value="draft">Draft</option>
              <option value="final">Final</option>
              <option value="sent">Sent</option>
            </select>
          </label>
          <label className="field doc-field-wide">
            <span>Tags</span>
            <input value={tags} onChange={(e) => setTags(e.target.value)} autoComplete="off" />
          </label>
          <div className="doc-field-wide" style={{ display: 'flex', gap: 8 }}>
            <button type="submit" className="btn btn-primary">
              Save details
            </button>
            {preview.status === 'ready' ? (
              <a className="btn" href={preview.url} download={live.title}>
                Download file
              </a>
            ) : null}
            <button
              type="button"
              className="btn btn-danger"
              onClick={() =>
                void softDeleteDocument(doc.id).then(() => {
                  toast('Scan deleted');
                  onClose();
                })
              }
            >
              Delete
            </button>
          </div>
        </form>
        <section className="doc-editor-preview doc-scan-preview" aria-label="Scanned file">
          {preview.status === 'loading' ? (
            <p className="muted">Loading the file…</p>
          ) : preview.status === 'missing' ? (
            <p className="error-box">The file for this entry is not in this database.</p>
          ) : preview.type === 'application/pdf' ? (
            <PdfViewer bytes={preview.bytes} label={`Scanned file: ${live.title}`} className="pdfv-tall" />
          ) : (
            <img src={preview.url} alt={`Scanned file: ${live.title}`} className="doc-scan-image" />
          )}
        </section>
      </div>
    </div>
  );
}
