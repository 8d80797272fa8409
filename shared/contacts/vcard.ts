/** vCard 2.1 / 3.0 / 4.0 reading and writing (built in issue 14). */
import type { ContactDraft, RowError } from './types';

export function parseVcards(text: string): { contacts: ContactDraft[]; errors: RowError[] } {
  void text;
  throw new Error('parseVcards: not built yet');
}

export function toVcf(contacts: readonly ContactDraft[]): string {
  void contacts;
  throw new Error('toVcf: not built yet');
}
