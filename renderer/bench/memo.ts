/**
 * The memo the print benchmark renders: a page and a half of typical office prose with a
 * letterhead logo, so the PDF exercises fonts, wrapping, a page break and an image.
 */
import type { CompanyProfile, DocumentInput } from '../../shared/documents';

// A small square logo; data: images are the only kind documents accept.
const LOGO =
  'data:image/svg+xml;base64,' +
  btoa(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="12" fill="#1f6feb"/><text x="32" y="42" font-size="28" text-anchor="middle" fill="#fff" font-family="sans-serif">HL</text></svg>',
  );

const PARAGRAPHS = [
  'From Monday the 4th the store room on the second floor moves to the old print room beside reception. The shelves go first thing in the morning; supplies follow after lunch, so please take what you need for the day before eleven.',
  'Paper, toner and envelopes will be on the left as you enter, in the same order as the inventory list. Kitchen and cleaning supplies stay where they are. Anything you take, write on the sign-out sheet by the door; we count the shelves on Fridays and order on Mondays.',
  'If you keep team stock at your desk, bring it back by Wednesday so it can be counted with the rest. The count decides next month’s order, and anything not counted is ordered again.',
  'The new room has a lock. Keys are with reception and the office manager; out of hours, the facilities line can open it.',
  'Thank you for your patience while we move. Questions to me, by email or in person.',
];

export const MEMO: DocumentInput = {
  type: 'memo',
  date: '2026-11-02',
  to: 'All staff',
  from: 'Dana Whitfield, Office Manager',
  cc: 'Facilities; Reception',
  subject: 'Store room move and the new sign-out sheet',
  body: [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS].join('\n\n'),
};

export const COMPANY: CompanyProfile = {
  name: 'Harbor Lane Design Studio',
  address: '14 Harbor Lane\nPortsmouth PO1 3AX',
  logoDataUrl: LOGO,
  locale: 'en-GB',
  currency: 'GBP',
};
