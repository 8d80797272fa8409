/** The `documentId` values that open something other than a stored document. */
/** Opens a blank document (a memo unless a kind is given). */
export const NEW_DOCUMENT = 'new';
/** Opens mail merge. */
export const MAIL_MERGE = 'merge';
