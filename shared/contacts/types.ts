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
  /**
   * N, the structured name (an addition to DESIGN's draft, like tags): kept only when the card's
   * N says more than its display name does — when it differs from what `nameParts` would derive
   * from name and organization (toVcf writes the derived N when this is absent). `{}` is a card
   * that names no person (N:;;;;).
   */
  nameParts?: NameParts;
}

/** vCard N's five components, each a single line; empty ones absent. */
export interface NameParts {
  family?: string;
  given?: string;
  additional?: string;
  prefix?: string;
  suffix?: string;
}
