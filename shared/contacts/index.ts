/**
 * Contacts engine (pure; DESIGN.md "Contacts"): vCard in and out, phone numbers normalised to
 * E.164 with libphonenumber's data.
 */
export type { ContactDraft, NameParts, PhoneKind, RowError } from './types';
export { deriveNameParts, parseVcards, toVcf } from './vcard';
export { normalizePhone, regionOfLocale, formatPhone, phoneKeysOf, phoneProblem } from './phone';
export { phoneKindOfLabel } from './phoneKind';
