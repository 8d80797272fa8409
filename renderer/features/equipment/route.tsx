/**
 * `#/equipment` (the register), `#/equipment/new`, `#/equipment/status/<status>` (the register
 * filtered, e.g. under repair), `#/equipment/overdue`, `#/equipment/maintenance`,
 * `#/equipment/import` and `#/equipment/<id>`.
 */
import type { Route } from '../../core/router';
import { EQUIPMENT_STATUSES, type EquipmentStatus } from '../../../shared/domain/equipment';
import { DueMaintenancePage } from './components/DueMaintenancePage';
import { EquipmentImportPage } from './components/EquipmentImportPage';
import { EquipmentListPage } from './components/EquipmentListPage';
import { EquipmentPage } from './components/EquipmentPage';
import { OverdueReturnsPage } from './components/OverdueReturnsPage';

const isStatus = (s: string | undefined): s is EquipmentStatus => (EQUIPMENT_STATUSES as readonly string[]).includes(s ?? '');

export default function EquipmentRoute({ route }: { route: Route }) {
  const [first, second] = route.rest;
  if (first === undefined || first === 'new') return <EquipmentListPage key={first ?? 'list'} creating={first === 'new'} />;
  if (first === 'status' && isStatus(second)) return <EquipmentListPage key={`status-${second}`} status={second} />;
  if (first === 'overdue') return <OverdueReturnsPage />;
  if (first === 'maintenance') return <DueMaintenancePage />;
  if (first === 'import') return <EquipmentImportPage />;
  return <EquipmentPage key={first} equipmentId={first} />;
}
