/** What calls adds to the app's registries: open messages as a badge on a person's row in People. */
import { registerPersonBadgeSource } from '../../core/personBadges';
import { callsPersonBadgeSource } from './badges';

registerPersonBadgeSource(callsPersonBadgeSource);
