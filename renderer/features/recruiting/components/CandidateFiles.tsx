/**
 * Resume and cover letter: upload through the platform's file picker, preview PDFs inside the
 * app. A file whose bytes really start with %PDF is drawn into a canvas by the app's own
 * viewer (renderer/ui/PdfViewer: pdf.js, no browser plugin), so nothing in it is ever treated
 * as a web page.
 */
import { useEffect, useState } from 'react';
import type { Candidate } from '../../../../shared/domain/recruiting';
import { getPlatform } from '../../../platform';
import { useDbQuery } from '../../../db/hooks';
import { useToast } from '../../../ui/Toast';
import { attachCandidateFile, getAttachmentBytes, listCandidateFiles, type CandidateFileSlot } from '../candidateFiles';
import { errorMessage } from '../../../../shared/lib/errors';
import { FileName, fileAttachedMessage } from '../../../ui/FileName';
import { PdfViewer } from '../../../ui/PdfViewer';

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}

function Preview({ attachmentId, name }: { attachmentId: string; name: string }) {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    getAttachmentBytes(attachmentId)
      .then((bytes) => {
        if (!live) return;
        if (!bytes) return setNote('This file is kept by the desktop app; open it from there.');
        if (!isPdf(bytes)) return setNote('Only PDF files are previewed here; download the file to open it.');
        setBytes(bytes);
      })
      .catch((e: unknown) => live && setNote(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [attachmentId]);
  if (note) return <p className="muted">{note}</p>;
  return bytes ? <PdfViewer bytes={bytes} label={`Preview of ${name}`} className="pdfv-inline" /> : <p className="muted">Loading preview…</p>;
}

export function CandidateFiles({ candidate }: { candidate: Candidate }) {
  const files = useDbQuery((d) => listCandidateFiles(candidate.id, d), [candidate.id]);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const [confidential, setConfidential] = useState(false);
  const toast = useToast((s) => s.show);
  const slots: { slot: CandidateFileSlot; label: string; id?: string }[] = [
    { slot: 'resume', label: 'Resume', id: candidate.resumeAttachmentId },
    { slot: 'coverLetter', label: 'Cover letter', id: candidate.coverLetterAttachmentId },
  ];
  const upload = async (slot: CandidateFileSlot) => {
    const [file] = await getPlatform().pickFiles({ title: 'Choose a file', filters: [{ name: 'Documents', extensions: ['pdf', 'doc', 'docx', 'txt', 'rtf', 'odt'] }] });
    if (!file) return;
    await attachCandidateFile(candidate.id, slot, { name: file.name, mimeType: file.type, bytes: file.bytes, ...(confidential ? { confidential } : {}) });
    toast(fileAttachedMessage(file.name));
  };
  const download = async (id: string, name: string, mimeType: string) => {
    try {
      const bytes = await getAttachmentBytes(id);
      if (bytes) await getPlatform().saveFile(bytes, { suggestedName: name, mimeType });
    } catch (e) {
      toast(errorMessage(e));
    }
  };
  return (
    <section className="card" aria-labelledby="rec-files">
      <h3 id="rec-files">Files</h3>
      <ul className="list-plain">
        {slots.map(({ slot, label, id }) => {
          const a = files?.find((f) => f.id === id);
          return (
            <li key={slot}>
              <strong>{label}:</strong> {a ? <><FileName name={a.name} /> ({Math.ceil(a.size / 1024)} KB)</> : <span className="muted">none</span>}{' '}
              {a?.confidential ? <span className="badge badge-warn">Confidential</span> : null}{' '}
              <button type="button" className="btn" onClick={() => void upload(slot).catch((e: unknown) => toast(String(e)))}>
                {a ? `Replace ${label.toLowerCase()}` : `Upload ${label.toLowerCase()}`}
              </button>
              {a ? (
                <>
                  <button type="button" className="btn" aria-expanded={previewing === a.id} onClick={() => setPreviewing(previewing === a.id ? null : a.id)}>
                    {previewing === a.id ? 'Hide preview' : `Preview ${label.toLowerCase()}`}
                  </button>
                  <button type="button" className="btn" onClick={() => void download(a.id, a.name, a.mimeType)}>
                    Download
                  </button>
                </>
              ) : null}
              {a && previewing === a.id ? <Preview attachmentId={a.id} name={a.name} /> : null}
            </li>
          );
        })}
      </ul>
      <p>
        <label>
          <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} /> Confidential
        </label>{' '}
        <span className="muted">Files uploaded next: only an office manager opens them, and each opening is logged.</span>
      </p>
    </section>
  );
}
