/** Contacts feature: the address book (issue 14.1). */
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
