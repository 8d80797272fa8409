/**
 * `#/equipment`: the register. The shared DataGrid (virtualized, search, per-column filters,
 * sort, column choice, CSV/XLSX export of the view) over every live item, with who has it
 * from the derived holders table. `#/equipment/status/<status>` opens it filtered by status:
 * the route drives the grid's own Status column filter (one filter: choosing a status there
 * changes the route, "All", Clear filters or the chip's × remove it); `#/equipment/new` opens
 * the form. The default columns (tag, name, category, location, status, with, due back) fit
 * at 1024 wide; model, warranty and the rest are in the Columns menu.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
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
import { carriedRegisterView, carryRegisterView, dropCarriedRegisterView } from './registerView';
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
  /** The search and the column filters other than Status (Status lives in the route). */
  const [initialView] = useState(carriedRegisterView);
  const [search, setSearchState] = useState(initialView.search);
  /** The search as last set (Clear filters sets it just before the filters, in the same tick). */
  const latestSearch = useRef(search);
  const setSearch = (next: string) => {
    latestSearch.current = next;
    setSearchState(next);
  };
  const [otherFilters, setOtherFilters] = useState(initialView.filters);
  useEffect(dropCarriedRegisterView, []);
  const now = today();

  const vendorName = useMemo(() => new Map((vendors ?? []).map((v) => [v.id, v.name])), [vendors]);
  const categories = settings?.categories;
  const rows = useMemo(() => (items ?? []).filter((e) => !status || e.status === status), [items, status]);

  const columns = useMemo<GridColumn<Equipment>[]>(() => {
    const holderOf = (e: Equipment) => holders?.get(e.id);
    return [
      { id: 'assetTag', header: 'Asset tag', value: (e) => e.assetTag, width: 'clamp(5rem, 6.5vw, 5.5rem)' },
      {
        id: 'name',
        header: 'Name',
        value: (e) => e.name,
        cell: (e) => (
          <a href={hrefFor('equipment', e.id)} className="eq-name-link" title={e.name}>
            {e.name}
          </a>
        ),
      },
      {
        id: 'category',
        header: 'Category',
        value: (e) => equipmentCategoryName(e.category, categories ?? []),
        filter: 'select',
        // Narrower columns in a narrow window leave the name, location and holder more room.
        width: 'clamp(5.75rem, 8vw, 7rem)',
      },
      { id: 'make', header: 'Manufacturer', value: (e) => e.make, defaultHidden: true },
      { id: 'model', header: 'Model', value: (e) => e.model, defaultHidden: true },
      { id: 'serialNumber', header: 'Serial number', value: (e) => e.serialNumber, defaultHidden: true },
      { id: 'location', header: 'Location', value: (e) => e.location },
      {
        id: 'status',
        header: 'Status',
        value: (e) => EQUIPMENT_STATUS_LABELS[e.status],
        filter: 'select',
        filterOptions: EQUIPMENT_STATUSES.map((s) => EQUIPMENT_STATUS_LABELS[s]),
        cell: (e) => <StatusBadge status={e.status} />,
        width: 'clamp(7rem, 9vw, 8rem)',
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
        width: '11rem',
      },
      {
        id: 'purchaseDate',
        header: 'Purchase date',
        value: (e) => e.purchaseDate,
        cell: (e) => date(e.purchaseDate),
        searchable: false,
        defaultHidden: true,
        width: '8rem',
      },
      {
        id: 'cost',
        header: 'Cost',
        value: (e) => e.purchaseCostCents,
        cell: (e) => (e.purchaseCostCents !== undefined ? money(e.purchaseCostCents) : ''),
        exportValue: (e) => (e.purchaseCostCents !== undefined ? centsToMajorUnits(e.purchaseCostCents, company.currency) : ''),
        align: 'right',
        searchable: false,
        defaultHidden: true,
        width: '7rem',
      },
      { id: 'vendor', header: 'Vendor', value: (e) => (e.vendorId ? (vendorName.get(e.vendorId) ?? '') : ''), defaultHidden: true },
      {
        id: 'warrantyEnds',
        header: 'Warranty ends',
        value: (e) => e.warrantyEnds,
        cell: (e) =>
          !e.warrantyEnds ? '' : isUnderWarranty(e, now) ? date(e.warrantyEnds) : <span className="eq-expired">Expired {date(e.warrantyEnds)}</span>,
        searchable: false,
        defaultHidden: true,
        width: '10.5rem',
      },
    ];
  }, [holders, names, now, date, money, company.currency, vendorName, categories]);

  const close = () => navigate('equipment', ...(status ? ['status', status] : []));
  const filters = useMemo(
    () => (status ? { ...otherFilters, status: EQUIPMENT_STATUS_LABELS[status] } : otherFilters),
    [otherFilters, status],
  );
  const onFiltersChange = (next: Record<string, string>) => {
    const { status: label, ...rest } = next;
    setOtherFilters(rest);
    const chosen = EQUIPMENT_STATUSES.find((s) => EQUIPMENT_STATUS_LABELS[s] === label);
    if (chosen === status) return;
    carryRegisterView({ search: latestSearch.current, filters: rest });
    navigate('equipment', ...(chosen ? ['status', chosen] : []));
  };
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
            search={search}
            onSearchChange={setSearch}
            filters={filters}
            onFiltersChange={onFiltersChange}
            toolbar={
              status ? (
                <span className="badge eq-filter-chip">
                  Status: {EQUIPMENT_STATUS_LABELS[status]}
                  <button type="button" className="eq-chip-x" onClick={() => onFiltersChange({ ...filters, status: '' })} aria-label="Remove the status filter">
                    ×
                  </button>
                </span>
              ) : null
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
