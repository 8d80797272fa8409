/** Meters, readings and usage per month (issue 12; being written: helper H3). EquipmentPage renders it below the item's details. */
import type { Equipment } from '../../../../shared/domain/equipment';

export function MetersSection(_props: { equipment: Equipment }) {
  return null;
}
