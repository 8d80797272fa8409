/**
 * "Print labels…": asset labels for the given items on the chosen stock (A4 3 × 8, US Letter
 * 3 × 10, or one label per page for a label printer), with a QR or Code 128 code of the tag,
 * starting at any position of a part-used sheet. Items without an asset tag have nothing to
 * scan and are left out (the dialog says how many). The barcode library loads only here.
 */
import { useId, useState } from 'react';
import type { Equipment } from '../../../../shared/domain/equipment';
import { defaultPageSize } from '../../../../shared/documents';
import type { LabelCodeType, LabelLayout } from '../../../../shared/documents/labels';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { FormDialog } from '../../../ui/FormDialog';
import { usePrintDocument } from '../../../ui/printing';
import './print.css';

const LAYOUTS: { value: LabelLayout; label: string; perSheet: number }[] = [
  { value: '3x8-a4', label: 'A4 sheet, 3 × 8 labels (70 × 37 mm)', perSheet: 24 },
  { value: '3x10-letter', label: 'US Letter sheet, 3 × 10 labels (Avery 5160)', perSheet: 30 },
  { value: 'single', label: 'Single label, 62 × 29 mm (label printer)', perSheet: 1 },
];

const CODES: { value: LabelCodeType; label: string }[] = [
  { value: 'qr', label: 'QR code' },
  { value: 'code128', label: 'Code 128 barcode' },
];

export type LabelSubtitle = 'location' | 'model' | 'none';

export function LabelPrintDialog({
  items,
  single = false,
  onClose,
}: {
  items: readonly Equipment[];
  /** Printing one item's label: start from the single-label layout. */
  single?: boolean;
  onClose: () => void;
}) {
  const { profile: company } = useCompanyProfileState();
  const printDocument = usePrintDocument();
  const base = useId();
  /**
   * The stock the user picked; until then the default: one label for one item's page, else a
   * sheet on the office's paper. The profile loads after the first render (it starts as the
   * defaults), so the default is worked out on every render rather than frozen in state.
   */
  const [chosenLayout, setLayout] = useState<LabelLayout | null>(null);
  const layout: LabelLayout =
    chosenLayout ?? (single ? 'single' : defaultPageSize(company) === 'Letter' ? '3x10-letter' : '3x8-a4');
  const [codeType, setCodeType] = useState<LabelCodeType>('qr');
  const [startAt, setStartAt] = useState('1');
  const [subtitle, setSubtitle] = useState<LabelSubtitle>('location');
  const tagged = items.filter((e) => e.assetTag);
  const untagged = items.length - tagged.length;
  const perSheet = LAYOUTS.find((l) => l.value === layout)!.perSheet;
  const sheets = layout === 'single' ? tagged.length : Math.ceil((tagged.length + Math.max(0, Number(startAt) - 1)) / perSheet);

  return (
    <FormDialog
      title={tagged.length === 1 ? `Print the label of ${tagged[0]!.name}` : `Print labels for ${tagged.length} items`}
      submitLabel={layout === 'single' ? 'Print' : 'Print labels'}
      size="medium"
      className="eq-label-dialog"
      noValidate
      submitDisabled={tagged.length === 0}
      onClose={onClose}
      onSubmit={async () => {
        const position = Number(startAt);
        if (layout !== 'single' && (!Number.isInteger(position) || position < 1 || position > perSheet))
          throw new Error(`The first free label is a position from 1 to ${perSheet} on this sheet.`);
        const { renderAssetLabelsHtml } = await import('../../../../shared/documents/labels');
        const html = renderAssetLabelsHtml(
          {
            labels: tagged.map((e) => ({
              name: e.name,
              tag: e.assetTag!,
              subtitle: subtitle === 'location' ? e.location : subtitle === 'model' ? [e.make, e.model].filter(Boolean).join(' ') : undefined,
            })),
            layout,
            codeType,
            startAt: layout === 'single' ? 1 : position,
          },
          company,
        );
        const what = tagged.length === 1 ? `The label of ${tagged[0]!.name}` : `${tagged.length} asset labels`;
        let failure: string | null = null;
        await printDocument(
          'print',
          { html, title: `Asset labels (${tagged.length})`, pageSize: layout === '3x10-letter' ? 'Letter' : 'A4' },
          { what, onError: (message) => (failure = message) },
        );
        // A failure stays in the dialog, with everything chosen kept.
        if (failure) throw new Error(failure);
        onClose();
      }}
    >
      {untagged > 0 ? (
        <p className="muted" role="note">
          {untagged === 1 ? '1 item has' : `${untagged} items have`} no asset tag and {untagged === 1 ? 'is' : 'are'} left out: a label prints the tag
          and its code.
        </p>
      ) : null}
      {tagged.length === 0 ? (
        <p role="alert">None of these items has an asset tag, so there is no label to print. Give them a tag first.</p>
      ) : null}
      <fieldset className="eq-label-choice">
        <legend>Label stock</legend>
        {LAYOUTS.map((l) => (
          <label key={l.value}>
            <input type="radio" name={`${base}-layout`} checked={layout === l.value} onChange={() => setLayout(l.value)} /> {l.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="eq-label-choice">
        <legend>Code</legend>
        {CODES.map((c) => (
          <label key={c.value}>
            <input type="radio" name={`${base}-code`} checked={codeType === c.value} onChange={() => setCodeType(c.value)} /> {c.label}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        {layout === 'single' ? null : (
          <label className="field">
            <span>Start at label</span>
            <input
              type="number"
              min={1}
              max={perSheet}
              step={1}
              inputMode="numeric"
              value={startAt}
              aria-describedby={`${base}-start-help`}
              onChange={(e) => setStartAt(e.target.value)}
            />
            <small id={`${base}-start-help`} className="muted">
              On a part-used sheet: the first free label, counted across rows (1 to {perSheet}).
            </small>
          </label>
        )}
        <label className="field">
          <span>Second line</span>
          <select value={subtitle} onChange={(e) => setSubtitle(e.target.value as LabelSubtitle)}>
            <option value="location">Location</option>
            <option value="model">Manufacturer and model</option>
            <option value="none">Nothing</option>
          </select>
        </label>
      </div>
      {tagged.length > 0 ? (
        <p className="muted" role="status">
          {layout === 'single'
            ? `${tagged.length} label${tagged.length === 1 ? '' : 's'}, one per page.`
            : `${tagged.length} label${tagged.length === 1 ? '' : 's'} on ${sheets} sheet${sheets === 1 ? '' : 's'}.`}{' '}
          Print at actual size (100 %), not “fit to page”.
        </p>
      ) : null}
    </FormDialog>
  );
}
