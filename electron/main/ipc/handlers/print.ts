/** print:* — the system print dialog, or a PDF saved where the user chooses (main/print.ts). */
import { app, type IpcMainInvokeEvent } from 'electron';
import { paperForCountry } from '../../../../shared/lib/paper';
import { printDocument, saveDocumentAsPdf } from '../../print';
import { windowOf } from '../../window';
import { type Handlers } from '../register';

type PrintHandlers = Pick<Handlers<IpcMainInvokeEvent>, 'print:print' | 'print:pdf'>;

export function printHandlers(): PrintHandlers {
  return {
    'print:print': (request) => printDocument(request),
    'print:pdf': (request, event) =>
      saveDocumentAsPdf(request, {
        parent: windowOf(event),
        defaultFolder: app.getPath('documents'),
        defaultPageSize: paperForCountry(app.getLocaleCountryCode()),
      }),
  };
}
