/** What vendors contribute to the app's registries: their phone numbers for caller lookup. */
import { registerPhoneSource } from '../../core/phoneDirectory';
import { vendorPhoneSource } from './phoneSource';

registerPhoneSource(vendorPhoneSource);
