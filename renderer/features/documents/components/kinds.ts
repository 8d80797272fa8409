/**
 * What each document kind asks for in the editor: which header fields it has and what they
 * are called on that kind (a memo's "To" is a message slip's "For"). The stored field names
 * stay the same for every kind so search, the register and templates treat them alike.
 */
import type { DocumentType } from '../../../../shared/domain';

export type HeaderField = 'to' | 'from' | 'cc' | 'subject' | 'recipientAddress';
export type SlipField = 'time' | 'company' | 'phone' | 'pages';

export interface KindForm {
  fields: { key: HeaderField; label: string; wide?: boolean; multiline?: boolean }[];
  slip: { key: SlipField; label: string }[];
  flags: boolean;
  /** Offer the closing and signature block. */
  signature: boolean;
  /** Offer "Address to" from vendors, employees, candidates. */
  addressee: boolean;
}

const memo: KindForm = {
  fields: [
    { key: 'to', label: 'To' },
    { key: 'from', label: 'From' },
    { key: 'cc', label: 'CC' },
    { key: 'subject', label: 'Subject', wide: true },
  ],
  slip: [],
  flags: false,
  signature: true,
  addressee: false,
};

export const KIND_FORMS: Record<Exclude<DocumentType, 'scan'>, KindForm> = {
  memo,
  letter: {
    fields: [
      { key: 'to', label: 'To' },
      { key: 'from', label: 'From' },
      { key: 'recipientAddress', label: 'Address', wide: true, multiline: true },
      { key: 'subject', label: 'Subject', wide: true },
    ],
    slip: [],
    flags: false,
    signature: true,
    addressee: true,
  },
  fax: {
    fields: [
      { key: 'to', label: 'To' },
      { key: 'from', label: 'From' },
      { key: 'cc', label: 'CC' },
      { key: 'subject', label: 'Subject', wide: true },
    ],
    slip: [
      { key: 'phone', label: 'Fax number' },
      { key: 'pages', label: 'Pages' },
    ],
    flags: false,
    signature: false,
    addressee: true,
  },
  minutes: {
    fields: [
      { key: 'subject', label: 'Meeting', wide: true },
      { key: 'to', label: 'Attendees', wide: true },
      { key: 'cc', label: 'Apologies' },
      { key: 'from', label: 'Minutes by' },
    ],
    slip: [],
    flags: false,
    signature: false,
    addressee: false,
  },
  message: {
    fields: [
      { key: 'to', label: 'For' },
      { key: 'from', label: 'Caller' },
      { key: 'subject', label: 'Subject', wide: true },
      { key: 'cc', label: 'Taken by' },
    ],
    slip: [
      { key: 'company', label: 'Of (company)' },
      { key: 'phone', label: 'Phone' },
      { key: 'time', label: 'Time' },
    ],
    flags: true,
    signature: false,
    addressee: false,
  },
  report: {
    fields: [
      { key: 'subject', label: 'Subject', wide: true },
      { key: 'from', label: 'Prepared by' },
      { key: 'to', label: 'For' },
    ],
    slip: [],
    flags: false,
    signature: false,
    addressee: false,
  },
};

export const WRITABLE_KINDS = Object.keys(KIND_FORMS) as (keyof typeof KIND_FORMS)[];

export function formFor(type: DocumentType): KindForm {
  return type === 'scan' ? memo : KIND_FORMS[type];
}
