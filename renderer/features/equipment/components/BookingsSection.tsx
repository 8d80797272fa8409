/** Bookings of a bookable item (issue 12; being written: helper H2). EquipmentPage renders it below the item's details. */
import type { Equipment } from '../../../../shared/domain/equipment';

export function BookingsSection(_props: { equipment: Equipment }) {
  return null;
}
