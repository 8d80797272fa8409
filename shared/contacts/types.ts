/** The vCard engine's model (DESIGN.md "Contacts"). */
import type { PhoneKind } from '../domain/contacts';
export type { PhoneKind } from '../domain/contacts';
export type { RowError } from '../import/types';

/** One card as read from or written to a .vcf file. */
export interface ContactDraft {
  name: string;
  organization?: string;
  title?: string;
  phones: { number: string; kind: PhoneKind }[];
  emails: string[];
  address?: string;
  /** 'YYYY-MM-DD' */
  birthday?: string;
  notes?: string;
  /** CATEGORIES (an addition to DESIGN's draft: the app's contacts carry tags). */
  tags?: string[];
}
