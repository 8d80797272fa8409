/** Turns a save error into per-field messages (zod issues by their first path segment) and a summary. */
import { RecordValidationError } from '../../../db/errors';
import { errorMessage } from '../../../../shared/lib/errors';

export interface FormErrors {
  fields: Record<string, string>;
  summary?: string;
}

export function toFormErrors(e: unknown): FormErrors {
  if (e instanceof RecordValidationError) {
    const fields: Record<string, string> = {};
    for (const issue of e.issues) {
      const key = String(issue.path[0] ?? '');
      if (key && !fields[key]) fields[key] = issue.message;
    }
    return { fields, summary: Object.keys(fields).length ? 'Please fix the marked fields.' : e.message };
  }
  return { fields: {}, summary: errorMessage(e) };
}
