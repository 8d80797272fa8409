/** The repair log (issue 12; being written: helper H4). EquipmentPage renders it below the item's details. */
import type { Equipment } from '../../../../shared/domain/equipment';

export function RepairsSection(_props: { equipment: Equipment }) {
  return null;
}
