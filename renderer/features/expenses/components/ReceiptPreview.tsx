/**
 * Shows a receipt inside the app from a blob: URL of its stored bytes: images as <img>, PDFs in
 * an <iframe>. The URL is revoked when the preview goes.
 *
 * The PDF frame is not `sandbox`ed: any sandbox disables Chromium's PDF viewer (the frame shows
 * a broken-page icon). What keeps it inert instead: the blob's type is set here to exactly
 * `application/pdf` or an image type (never taken from the file), so the bytes can only reach
 * the PDF viewer or the image decoder, never the HTML parser; and a blob: document inherits the
 * app's CSP. In Electron the viewer also needs `plugins: true` on the window (main process).
 */
import { useEffect, useState } from 'react';
import { getAttachment, getAttachmentBytes } from '../../../db/attachments';
import { useDbQuery } from '../../../db/hooks';
import { errorMessage } from '../../../../shared/lib/errors';
import { FileName } from '../../../ui/FileName';

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
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let revoked = false;
    let made: string | null = null;
    setUrl(null);
    setProblem(null);
    if (!meta) return;
    getAttachmentBytes(attachmentId)
      .then((bytes) => {
        if (revoked) return;
        if (!bytes)
          return setProblem(
            'This receipt is kept by the desktop app and cannot be previewed here.',
          );
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
      {url && previewType(meta.mimeType) === 'application/pdf' ? (
        <iframe title={`Receipt ${meta.name}`} src={url} />
      ) : null}
    </figure>
  );
}
