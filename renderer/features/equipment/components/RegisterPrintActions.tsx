/**
 * The register's print buttons (issue 12.8, 12.10), in EquipmentListPage's toolbar with the
 * items as listed (filtered and sorted on screen): "Print register" prints them grouped by
 * category with who has each one, and "Print labels…" opens the label dialog for them.
 */
import { useState } from 'react';
import { EQUIPMENT_STATUS_LABELS, type Equipment } from '../../../../shared/domain/equipment';
import { defaultPageSize, renderEquipmentRegisterHtml } from '../../../../shared/documents';
import { today } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { usePrintDocument } from '../../../ui/printing';
import { useEquipmentHolderMap, useEquipmentSettings } from '../hooks';
import { equipmentCategoryName } from '../repository';
import { holderName, usePersonNames } from './equipmentFormat';
import { LabelPrintDialog } from './LabelPrintDialog';

export function RegisterPrintActions({ items }: { items: readonly Equipment[] }) {
  const company = useCompanyProfile();
  const printDocument = usePrintDocument();
  const holders = useEquipmentHolderMap();
  const settings = useEquipmentSettings();
  const names = usePersonNames();
  const [labels, setLabels] = useState(false);
  const loading = holders === undefined || settings === undefined;

  const printRegister = async () => {
    const pageSize = defaultPageSize(company);
    const date = today();
    const html = renderEquipmentRegisterHtml(
      {
        preparedOn: date,
        pageSize,
        scope: [`${items.length} item${items.length === 1 ? '' : 's'} as listed`],
        rows: items.map((e) => ({
          tag: e.assetTag,
          name: e.name,
          category: equipmentCategoryName(e.category, settings?.categories ?? []) || undefined,
          location: e.location,
          status: EQUIPMENT_STATUS_LABELS[e.status],
          holder: holderName(holders?.get(e.id), names) || undefined,
          purchaseDate: e.purchaseDate,
          costCents: e.purchaseCostCents,
          warrantyEnd: e.warrantyEnds,
        })),
      },
      company,
    );
    await printDocument('print', { html, title: `Equipment register ${date}`, pageSize }, { what: 'The equipment register' });
  };

  return (
    <>
      <button type="button" className="btn" disabled={loading || items.length === 0} onClick={() => void printRegister()}>
        Print register
      </button>
      <button type="button" className="btn" disabled={items.length === 0} onClick={() => setLabels(true)}>
        Print labels…
      </button>
      {labels ? <LabelPrintDialog items={items} onClose={() => setLabels(false)} /> : null}
    </>
  );
}
