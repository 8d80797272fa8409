/**
 * Filing scanned or received files: picked through the platform's file dialog or dropped on
 * the register, checked by their first bytes (PDF or image) and size, then described once
 * (title, date, tags) and added to the register together.
 */
import { type DragEvent, useState } from 'react';
import type { DocumentRecord } from '../../../../../shared/domain';
import { today } from '../../../../../shared/lib/dates';
import { errorMessage } from '../../../../../shared/lib/errors';
import { getPlatform } from '../../../../platform';
import { useToast } from '../../../../ui/Toast';
import { addScannedDocument } from '../../repository';
import { MAX_SCAN_BYTES, SCAN_FILTERS, sniffScanType, titleFromFileName } from '../../scanFiles';
import { parseTags } from '../tags';

export interface PendingScan {
  name: string;
  bytes: Uint8Array;
  type: string;
}

export interface ScanMeta {
  title: string;
  date: string;
  tags: string;
  /** The files are confidential (sealed at rest with a passphrase set, opening them audited). */
  confidential?: boolean;
}

export function useScanIntake({
  onOpen,
  setError,
}: {
  /** Opens the one scan just filed. */
  onOpen: (id: string) => void;
  setError: (error: string | null) => void;
}) {
  const toast = useToast((s) => s.show);
  const [scans, setScans] = useState<PendingScan[]>([]);
  const [scanMeta, setScanMeta] = useState<ScanMeta>({ title: '', date: today(), tags: '' });
  const [dropping, setDropping] = useState(false);

  const acceptFiles = (files: { name: string; bytes: Uint8Array }[]) => {
    const good: PendingScan[] = [];
    const refused: string[] = [];
    for (const file of files) {
      const type = sniffScanType(file.bytes);
      if (!type) refused.push(`${file.name} is not a PDF or an image`);
      else if (file.bytes.byteLength > MAX_SCAN_BYTES)
        refused.push(`${file.name} is larger than 50 MB`);
      else good.push({ name: file.name, bytes: file.bytes, type });
    }
    setError(refused.length ? `Not added: ${refused.join('; ')}.` : null);
    if (good.length) {
      setScans(good);
      setScanMeta({
        title: good.length === 1 ? titleFromFileName(good[0]!.name) : '',
        date: today(),
        tags: '',
        confidential: false,
      });
    }
  };

  const pickScans = async () => {
    try {
      const files = await getPlatform().pickFiles({
        title: 'Add scanned files',
        filters: SCAN_FILTERS,
        multiple: true,
      });
      if (files.length) acceptFiles(files);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length === 0) return;
    acceptFiles(
      await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      ),
    );
  };

  /** What makes an element a drop target for files. */
  const dropZone = {
    onDragOver: (event: DragEvent) => {
      if (Array.from(event.dataTransfer.types).includes('Files')) {
        event.preventDefault();
        setDropping(true);
      }
    },
    onDragLeave: (event: DragEvent) => {
      if (event.currentTarget === event.target) setDropping(false);
    },
    onDrop: (event: DragEvent) => void onDrop(event),
  };

  const fileScans = async () => {
    try {
      let last: DocumentRecord | null = null;
      for (const scan of scans) {
        const title =
          scans.length === 1
            ? scanMeta.title
            : scanMeta.title.trim()
              ? `${scanMeta.title.trim()} – ${titleFromFileName(scan.name)}`
              : titleFromFileName(scan.name);
        last = await addScannedDocument(
          { name: scan.name, mimeType: scan.type, bytes: scan.bytes },
          { title, date: scanMeta.date, tags: parseTags(scanMeta.tags), confidential: scanMeta.confidential === true },
        );
      }
      toast(
        scans.length === 1
          ? 'Scan added to the register'
          : `${scans.length} scans added to the register`,
      );
      setScans([]);
      setError(null);
      if (last && scans.length === 1) onOpen(last.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return {
    scans,
    scanMeta,
    setScanMeta,
    dropping,
    dropZone,
    pickScans,
    fileScans,
    cancel: () => setScans([]),
  };
}

export type ScanIntake = ReturnType<typeof useScanIntake>;
