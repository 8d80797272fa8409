/**
 * Shows a receipt inside the app from a blob: URL of its stored bytes: images as <img>, PDFs in
 * a sandboxed <iframe> (no scripts, opaque origin). The URL is revoked when the preview goes.
 */
import { useEffect, useState } from 'react';
import { getAttachmentBytes } from '../../../db/attachments';
import { useDbQuery } from '../../../db/hooks';

export function ReceiptPreview({ attachmentId }: { attachmentId: string }) {
  const meta = useDbQuery((db) => db.attachments.get(attachmentId), [attachmentId]);
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
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
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
        Receipt: {meta.name}
      </figcaption>
      {problem ? <p className="muted">{problem}</p> : null}
      {url && meta.mimeType.startsWith('image/') ? (
        <img src={url} alt={`Receipt ${meta.name}`} />
      ) : null}
      {url && meta.mimeType === 'application/pdf' ? (
        <iframe title={`Receipt ${meta.name}`} src={url} sandbox="" />
      ) : null}
    </figure>
  );
}
