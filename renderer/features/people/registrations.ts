/** What people contribute to the app's registries: staff phone numbers for caller lookup. */
import { registerPhoneSource } from '../../core/phoneDirectory';
import { employeePhoneSource } from './phoneSource';

registerPhoneSource(employeePhoneSource);
