/**
 * Printing from an item's page (issue 12.8, 12.10): its history sheet (details, hand-overs,
 * meters, maintenance, repairs, cost of ownership) and its asset label. EquipmentPage renders
 * it below the item's sections.
 */
import { useState } from 'react';
import { Printer, Tag } from 'lucide-react';
import type { Equipment } from '../../../../shared/domain/equipment';
import { defaultPageSize, renderEquipmentHistoryHtml } from '../../../../shared/documents';
import { today } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { usePrintDocument } from '../../../ui/printing';
import { readEquipmentHistorySheet } from '../historyReads';
import { LabelPrintDialog } from './LabelPrintDialog';
import './print.css';

export function PrintSection({ equipment }: { equipment: Equipment }) {
  const company = useCompanyProfile();
  const printDocument = usePrintDocument();
  const [labelOpen, setLabelOpen] = useState(false);
  const history = useSubmit(async () => {
    const pageSize = defaultPageSize(company);
    const sheet = await readEquipmentHistorySheet(equipment.id, { today: today(), pageSize, locale: company.locale || 'en-US' });
    const html = renderEquipmentHistoryHtml(sheet, company);
    let failure: string | null = null;
    await printDocument(
      'print',
      { html, title: `Equipment history ${equipment.assetTag ?? equipment.name}`, pageSize },
      { what: `The history sheet of ${equipment.name}`, onError: (m) => (failure = m) },
    );
    if (failure) throw new Error(failure);
  });

  return (
    <section className="card eq-print" aria-labelledby="eq-print-h">
      <h2 id="eq-print-h">Print</h2>
      <p className="muted">
        The history sheet puts this item&apos;s details, hand-overs, meters, maintenance, repairs and cost of ownership on paper.
        {equipment.assetTag ? '' : ' A label needs an asset tag: give the item one to print its label.'}
      </p>
      <div className="eq-print-actions">
        <button type="button" className="btn" disabled={history.busy} onClick={() => void history.submit()}>
          <Printer size={14} aria-hidden="true" /> Print history sheet
        </button>
        <button type="button" className="btn" disabled={!equipment.assetTag} onClick={() => setLabelOpen(true)}>
          <Tag size={14} aria-hidden="true" /> Print label
        </button>
      </div>
      <FormError error={history.error} />
      {labelOpen ? <LabelPrintDialog items={[equipment]} single onClose={() => setLabelOpen(false)} /> : null}
    </section>
  );
}
