/**
 * What contacts contribute to the app's registries: its people as callers (caller lookup by
 * number and by name) and as guests the event dialog can invite (those with an email).
 * Ctrl+K finds contacts through the contacts source in core/search.ts.
 */
import { registerGuestSource } from '../../core/guestDirectory';
import { registerPhoneSource } from '../../core/phoneDirectory';
import { contactGuestSource } from './guestSource';
import { contactPhoneSource } from './phoneSource';

registerPhoneSource(contactPhoneSource);
registerGuestSource(contactGuestSource);
