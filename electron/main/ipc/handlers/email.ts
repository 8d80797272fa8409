/**
 * email:open-draft (issue 17.5): the document rendered to PDF, wrapped in an .eml draft
 * (shared/email/eml — the same builder the browser build uses), written to Backdesk's drafts
 * folder in the system temp folder and opened in the user's mail program.
 */
import os from 'node:os';
import path from 'node:path';
import { app, shell, type IpcMainInvokeEvent } from 'electron';
import { buildEml, EmailDraftError } from '../../../../shared/email/eml';
import { AppError } from '../../../../shared/ipc/result';
import { paperForCountry } from '../../../../shared/lib/paper';
import { EmailDraftFolder } from '../../../services/emailDrafts';
import { renderDocumentPdf } from '../../print';
import { type Handlers } from '../register';

type EmailHandlers = Pick<Handlers<IpcMainInvokeEvent>, 'email:open-draft'>;

export function emailHandlers(): EmailHandlers {
  const folder = new EmailDraftFolder(path.join(os.tmpdir(), 'Backdesk email drafts'));
  return {
    'email:open-draft': async ({ document, pdfName, draft }) => {
      const pdf = await renderDocumentPdf(document, paperForCountry(app.getLocaleCountryCode()));
      let eml: string;
      try {
        eml = buildEml({ ...draft, attachments: [{ filename: pdfName, contentType: 'application/pdf', bytes: pdf }] });
      } catch (error) {
        if (error instanceof EmailDraftError) throw new AppError('invalid_request', error.message);
        throw error;
      }
      const file = await folder.write(draft.subject, eml);
      // openPath answers '' on success, else the reason.
      const problem = await shell.openPath(file);
      if (problem) throw new AppError('unavailable', `The draft was saved as ${file}, but no mail program opened it (${problem}). Open that file from your mail program.`);
      return { opened: true, path: file };
    },
  };
}
