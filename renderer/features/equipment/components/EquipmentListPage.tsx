/**
 * `#/equipment`: the register. The shared DataGrid (virtualized, search, per-column filters,
 * sort, column choice, CSV/XLSX export of the view) over every live item, with who has it
 * from the derived holders table. `#/equipment/status/<status>` opens it filtered by status
 * (a visible filter that can be removed); `#/equipment/new` opens the form.
 */
import { useMemo, useState } from 'react';
import { Boxes } from 'lucide-react';
import {
  EQUIPMENT_STATUSES,
  EQUIPMENT_STATUS_LABELS,
  isUnderWarranty,
  type Equipment,
  type EquipmentStatus,
} from '../../../../shared/domain/equipment';
import { today } from '../../../../shared/lib/dates';
import { centsToMajorUnits } from '../../../../shared/lib/money';
import { hrefFor, navigate } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useToast } from '../../../ui/Toast';
import { useVendors } from '../../vendors';
import { useEquipmentHolderMap, useEquipmentList, useEquipmentSettings } from '../hooks';
import { equipmentCategoryName } from '../repository';
import { EquipmentForm } from './EquipmentForm';
import { EquipmentTabs } from './EquipmentTabs';
import { holderName, useEquipmentDate, useEquipmentMoney, usePersonNames } from './equipmentFormat';
import { RegisterPrintActions } from './RegisterPrintActions';
import './equipment.css';

export function StatusBadge({ status }: { status: EquipmentStatus }) {
  return <span className={`badge eq-status eq-status-${status}`}>{EQUIPMENT_STATUS_LABELS[status]}</span>;
}

export function EquipmentListPage({ creating = false, status }: { creating?: boolean; status?: EquipmentStatus }) {
  const items = useEquipmentList();
  const holders = useEquipmentHolderMap();
  const settings = useEquipmentSettings();
  const vendors = useVendors();
  const names = usePersonNames();
  const company = useCompanyProfile();
  const money = useEquipmentMoney();
  const date = useEquipmentDate();
  const toast = useToast((s) => s.show);
  const [view, setView] = useState<readonly Equipment[]>([]);
  const now = today();

  const vendorName = useMemo(() => new Map((vendors ?? []).map((v) => [v.id, v.name])), [vendors]);
  const categories = settings?.categories;
  const rows = useMemo(() => (items ?? []).filter((e) => !status || e.status === status), [items, status]);

  const columns = useMemo<GridColumn<Equipment>[]>(() => {
    const holderOf = (e: Equipment) => holders?.get(e.id);
    return [
      { id: 'assetTag', header: 'Asset tag', value: (e) => e.assetTag, width: '5rem' },
      {
        id: 'name',
        header: 'Name',
        value: (e) => e.name,
        cell: (e) => (
          <a href={hrefFor('equipment', e.id)} className="eq-name-link">
            {e.name}
          </a>
        ),
      },
      { id: 'category', header: 'Category', value: (e) => equipmentCategoryName(e.category, categories ?? []), filter: 'select' },
      { id: 'make', header: 'Manufacturer', value: (e) => e.make, defaultHidden: true },
      { id: 'model', header: 'Model', value: (e) => e.model },
      { id: 'serialNumber', header: 'Serial number', value: (e) => e.serialNumber, defaultHidden: true },
      { id: 'location', header: 'Location', value: (e) => e.location },
      {
        id: 'status',
        header: 'Status',
        value: (e) => EQUIPMENT_STATUS_LABELS[e.status],
        filter: 'select',
        cell: (e) => <StatusBadge status={e.status} />,
      },
      { id: 'holder', header: 'With', value: (e) => holderName(holderOf(e), names) },
      {
        id: 'dueBack',
        header: 'Due back',
        value: (e) => holderOf(e)?.dueBack,
        cell: (e) => {
          const due = holderOf(e)?.dueBack;
          if (!due) return '';
          return due < now ? <span className="badge badge-warn">Overdue {date(due)}</span> : date(due);
        },
        searchable: false,
      },
      { id: 'purchaseDate', header: 'Purchase date', value: (e) => e.purchaseDate, cell: (e) => date(e.purchaseDate), searchable: false, defaultHidden: true },
      {
        id: 'cost',
        header: 'Cost',
        value: (e) => e.purchaseCostCents,
        cell: (e) => (e.purchaseCostCents !== undefined ? money(e.purchaseCostCents) : ''),
        exportValue: (e) => (e.purchaseCostCents !== undefined ? centsToMajorUnits(e.purchaseCostCents, company.currency) : ''),
        align: 'right',
        searchable: false,
        defaultHidden: true,
      },
      { id: 'vendor', header: 'Vendor', value: (e) => (e.vendorId ? (vendorName.get(e.vendorId) ?? '') : ''), defaultHidden: true },
      {
        id: 'warrantyEnds',
        header: 'Warranty ends',
        value: (e) => e.warrantyEnds,
        cell: (e) =>
          !e.warrantyEnds ? '' : isUnderWarranty(e, now) ? date(e.warrantyEnds) : <span className="eq-expired">Expired {date(e.warrantyEnds)}</span>,
        searchable: false,
      },
    ];
  }, [holders, names, now, date, money, company.currency, vendorName, categories]);

  const close = () => navigate('equipment', ...(status ? ['status', status] : []));
  const officeEmpty = items !== undefined && items.length === 0;

  return (
    <div className="page">
      <EquipmentTabs current="" />
      <header className="page-header eq-header">
        <h1>Equipment</h1>
        <span className="spacer" />
        <RegisterPrintActions items={view} />
        <button type="button" className="btn btn-primary" onClick={() => navigate('equipment', 'new')}>
          New item
        </button>
      </header>
      <section className="card eq-register">
        {items === undefined ? (
          <p className="muted" role="status">
            Loading the register…
          </p>
        ) : (
          <DataGrid
            id="equipment.register"
            label="Equipment register"
            rows={rows}
            columns={columns}
            getRowId={(e) => e.id}
            onActivate={(e) => navigate('equipment', e.id)}
            exportName="equipment-register"
            searchPlaceholder="Search name, tag, serial, location…"
            onViewChange={setView}
            toolbar={
              <label className="eq-status-filter">
                <span className="sr-only">Status</span>
                <select
                  aria-label="Status"
                  value={status ?? ''}
                  onChange={(e) => (e.target.value ? navigate('equipment', 'status', e.target.value) : navigate('equipment'))}
                >
                  <option value="">All statuses</option>
                  {EQUIPMENT_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {EQUIPMENT_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
                {status ? (
                  <span className="badge eq-filter-chip">
                    Status: {EQUIPMENT_STATUS_LABELS[status]}
                    <button type="button" className="eq-chip-x" onClick={() => navigate('equipment')} aria-label="Remove the status filter">
                      ×
                    </button>
                  </span>
                ) : null}
              </label>
            }
            empty={
              officeEmpty ? (
                <EmptyState
                  icon={Boxes}
                  title="No equipment yet"
                  actions={
                    <>
                      <button type="button" className="btn btn-primary" onClick={() => navigate('equipment', 'new')}>
                        Add the first item
                      </button>
                      <a className="btn" href={hrefFor('equipment', 'import')}>
                        Import a spreadsheet
                      </a>
                    </>
                  }
                >
                  <p>
                    The register lists the office&apos;s machines and furniture: the copier, laptops, the projector. Each item gets an asset
                    tag, and its page keeps who has it, meters, maintenance and repairs.
                  </p>
                </EmptyState>
              ) : (
                <p className="empty-state">
                  No items are {status ? EQUIPMENT_STATUS_LABELS[status].toLowerCase() : 'listed'}.{' '}
                  <button type="button" className="btn" onClick={() => navigate('equipment')}>
                    Show all equipment
                  </button>
                </p>
              )
            }
          />
        )}
      </section>
      {creating ? (
        <EquipmentForm
          onClose={close}
          onSaved={(item) => {
            toast(`Added ${item.name}${item.assetTag ? ` (${item.assetTag})` : ''} to the register`);
            navigate('equipment', item.id);
          }}
        />
      ) : null}
    </div>
  );
}
