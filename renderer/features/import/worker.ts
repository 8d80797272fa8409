/**
 * The import wizard's Web Worker: parsing and checking a 100,000-row file takes seconds, and
 * here it never blocks the page. Cancel terminates the worker.
 */
import { ImportSession, type WorkerRequest } from './protocol';

const session = new ImportSession();

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  self.postMessage(session.handle(event.data));
};
