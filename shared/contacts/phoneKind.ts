/**
 * A phone's kind from the words a program labelled it with: Apple's X-ABLabel
 * ("_$!<Mobile>!$_", "iPhone", "_$!<WorkFAX>!$_"), Google's CSV "Phone 1 - Label" ("Mobile",
 * "Work Fax", "* Main"), Outlook's column names. A fax is a fax whatever else it is.
 */
import type { PhoneKind } from './types';

/** Label words, in the order of precedence of the kinds (a "Work Fax" is a fax). */
const LABEL_KINDS: readonly [PhoneKind, RegExp][] = [
  ['fax', /fax/],
  ['mobile', /mobile|cell|iphone|handy/],
  ['work', /work|office|business/],
  ['home', /home|private/],
];

/** 'other' when the label names none of the kinds (Main, Pager, a custom word, nothing). */
export function phoneKindOfLabel(label: string | undefined): PhoneKind {
  if (!label) return 'other';
  const l = label
    .trim()
    .replace(/^_\$!<(.*)>!\$_$/, '$1')
    .replace(/^\*\s*/, '')
    .toLowerCase();
  for (const [kind, re] of LABEL_KINDS) if (re.test(l)) return kind;
  return 'other';
}
