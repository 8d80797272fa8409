/** Maintenance plans, mark done and the maintenance log (issue 12; being written: helper H3). EquipmentPage renders it below the item's details. */
import type { Equipment } from '../../../../shared/domain/equipment';

export function PlansSection(_props: { equipment: Equipment }) {
  return null;
}
