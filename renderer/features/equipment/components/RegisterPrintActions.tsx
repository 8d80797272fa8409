/**
 * The register's print buttons: the equipment register and asset labels for the listed items
 * (issue 12.8, 12.10; being written: helper H5). EquipmentListPage renders it in its toolbar.
 */
import type { Equipment } from '../../../../shared/domain/equipment';

export function RegisterPrintActions(_props: { items: readonly Equipment[] }) {
  return null;
}
