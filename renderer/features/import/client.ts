/**
 * The page's side of the import worker: one request at a time, as promises. `cancel()`
 * terminates the worker (the only way to stop a synchronous parse), so the next request
 * starts a fresh one and the file must be read again.
 */
import type { ImportKind, ImportOptions } from '../../../shared/import';
import {
  ImportSession,
  type MapOutcome,
  type ParseSummary,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelledError';
  }
}

type Pending = { id: number; resolve(r: WorkerResponse): void; reject(e: Error): void };

export class ImportWorkerClient {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  /** Without Worker support (unit tests) the same code runs on the page. */
  private inline: ImportSession | null = null;

  private ensureWorker(): Worker | null {
    if (typeof Worker === 'undefined') {
      this.inline ??= new ImportSession();
      return null;
    }
    if (!this.worker) {
      const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const p = this.pending;
        if (p && p.id === event.data.id) {
          this.pending = null;
          p.resolve(event.data);
        }
      };
      w.onerror = (event) => {
        event.preventDefault();
        const p = this.pending;
        this.pending = null;
        this.worker?.terminate();
        this.worker = null;
        p?.reject(
          new Error(`The file could not be read (${event.message || 'the reader stopped'}).`),
        );
      };
      this.worker = w;
    }
    return this.worker;
  }

  private send(req: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerResponse> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(this.inline!.handle(req));
    this.pending?.reject(new ImportCancelledError());
    return new Promise((resolve, reject) => {
      this.pending = { id: req.id, resolve, reject };
      worker.postMessage(req, transfer);
    });
  }

  async parse(
    kind: ImportKind,
    bytes: Uint8Array,
    fileName: string,
    locale?: string,
  ): Promise<ParseSummary> {
    const copy = bytes.slice();
    const r = await this.send(
      {
        type: 'parse',
        id: this.nextId++,
        kind,
        bytes: copy,
        fileName,
        ...(locale ? { locale } : {}),
      },
      [copy.buffer],
    );
    if (r.type === 'failed') throw new Error(r.message);
    if (r.type !== 'parsed') throw new Error('Unexpected reply from the import worker.');
    return r.summary;
  }

  async map(
    kind: ImportKind,
    mapping: Record<string, string>,
    options: ImportOptions,
  ): Promise<MapOutcome> {
    const r = await this.send({ type: 'map', id: this.nextId++, kind, mapping, options });
    if (r.type === 'failed') throw new Error(r.message);
    if (r.type !== 'mapped') throw new Error('Unexpected reply from the import worker.');
    return r.outcome;
  }

  /** Forgets the pending request but keeps the worker and its table (mapping is quick to redo). */
  abandon(): void {
    const p = this.pending;
    this.pending = null;
    p?.reject(new ImportCancelledError());
  }

  /** Stops whatever the worker is doing; the parsed table is lost with it. */
  cancel(): void {
    const p = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    this.inline = null;
    p?.reject(new ImportCancelledError());
  }

  dispose(): void {
    this.cancel();
  }
}
