/** Contacts feature: the address book (issue 14.1). */
export * from './repository';
export * from './hooks';
export * from './duplicates';
export * from './vcardImport';
export * from './vcardExport';
export * from './csvImport';
export { contactPhoneSource } from './phoneSource';
export { contactGuestSource, searchContactGuests } from './guestSource';
export {
  contactSchema,
  contactDraftSchema,
  PHONE_KINDS,
  CONTACT_LINK_TABLES,
  type Contact,
  type ContactDraft,
  type ContactPhone,
  type PhoneKind,
} from '../../../shared/domain/contacts';
