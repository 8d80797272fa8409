/**
 * Shows a receipt inside the app: images as <img> from a blob: URL of the stored bytes (typed
 * here, never taken from the file, and revoked when the preview goes); PDFs drawn into a
 * canvas by the app's own viewer (renderer/ui/PdfViewer: pdf.js, no browser plugin).
 */
import { useEffect, useState } from 'react';
import { getAttachment, getAttachmentBytes } from '../../../db/attachments';
import { useDbQuery } from '../../../db/hooks';
import { errorMessage } from '../../../../shared/lib/errors';
import { FileName } from '../../../ui/FileName';
import { PdfViewer } from '../../../ui/PdfViewer';

const PREVIEW_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
] as const;

function previewType(mimeType: string): (typeof PREVIEW_TYPES)[number] | undefined {
  return PREVIEW_TYPES.find((t) => t === mimeType.toLowerCase());
}

export function ReceiptPreview({ attachmentId }: { attachmentId: string }) {
  const meta = useDbQuery((db) => getAttachment(attachmentId, db), [attachmentId]);
  const [url, setUrl] = useState<string | null>(null);
  const [pdf, setPdf] = useState<Uint8Array | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let revoked = false;
    let made: string | null = null;
    setUrl(null);
    setPdf(null);
    setProblem(null);
    if (!meta) return;
    getAttachmentBytes(attachmentId)
      .then((bytes) => {
        if (revoked) return;
        if (!bytes)
          return setProblem(
            'This receipt is kept by the desktop app and cannot be previewed here.',
          );
        if (previewType(meta.mimeType) === 'application/pdf') return setPdf(bytes);
        made = URL.createObjectURL(
          new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.mimeType }),
        );
        setUrl(made);
      })
      .catch((e: unknown) => setProblem(errorMessage(e)));
    return () => {
      revoked = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [attachmentId, meta]);

  if (meta === undefined) return null;
  if (!meta || meta.deletedAt !== null) return <p className="muted">The receipt was removed.</p>;
  return (
    <figure className="exp-receipt" style={{ margin: 0 }}>
      <figcaption className="muted" style={{ marginBottom: 6 }}>
        Receipt: <FileName name={meta.name} />
      </figcaption>
      {problem ? <p className="muted">{problem}</p> : null}
      {url && previewType(meta.mimeType)?.startsWith('image/') ? (
        <img src={url} alt={`Receipt ${meta.name}`} />
      ) : null}
      {pdf ? <PdfViewer bytes={pdf} label={`Receipt ${meta.name}`} className="pdfv-inline" /> : null}
    </figure>
  );
}
