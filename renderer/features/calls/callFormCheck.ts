/**
 * What stops the quick call form from saving, field by field in the form's order (issue 14,
 * review 12): the form marks each field aria-invalid with its message and puts the focus on the
 * first. A number on its own names the caller (a message from an unknown number with no name is
 * saved with the formatted number as its caller: logCall's withCallerName).
 */
export type CallFormField = 'phone' | 'caller' | 'takenAt' | 'duration';

export interface CallFormProblem {
  field: CallFormField;
  message: string;
}

export interface CallFormValues {
  phone: string;
  /** The number in E.164 when what was typed is a full phone number. */
  e164: string | null;
  caller: string;
  /** A record was matched or picked as the caller. */
  matched: boolean;
  /** The time of the call read from the form; null when it is not a time. */
  takenAt: string | null;
  duration: string;
}

export function callFormProblems(v: CallFormValues): CallFormProblem[] {
  const problems: CallFormProblem[] = [];
  if (!v.caller.trim() && !v.matched && !v.e164) {
    if (v.phone.trim())
      problems.push({ field: 'phone', message: 'Not a full phone number: check the digits (with the area code), or enter who called.' });
    else problems.push({ field: 'caller', message: 'Enter who called, or their number.' });
  }
  if (!v.takenAt) problems.push({ field: 'takenAt', message: 'Enter the date and time of the call.' });
  const d = v.duration.trim();
  if (d !== '') {
    const minutes = Number(d);
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440)
      problems.push({ field: 'duration', message: 'Duration is a whole number of minutes (0 to 1440).' });
  }
  return problems;
}

/**
 * Who "Taken by" starts as (issue 14, review 13): the app's current user (calendar settings'
 * currentUserId) when they are among the people offered, else nobody.
 */
export function defaultTakenBy(
  currentUserId: string | undefined,
  people: readonly { id: string }[] | undefined,
): string {
  return currentUserId && people?.some((p) => p.id === currentUserId) ? currentUserId : '';
}
