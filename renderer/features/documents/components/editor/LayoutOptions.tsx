/** The "Layout" disclosure: logo position and, for kinds that sign off, the signature block. */
import type { LogoPosition } from '../../../../../shared/documents';
import type { DocFields } from './draft';

type LayoutFields = Pick<DocFields, 'logoPosition' | 'signature' | 'signatureText'>;

export function LayoutOptions({
  fields,
  offerSignature,
  set,
}: {
  fields: LayoutFields;
  offerSignature: boolean;
  set: <K extends keyof DocFields>(key: K, value: DocFields[K]) => void;
}) {
  return (
    <details className="doc-field-wide doc-layout">
      <summary>Layout</summary>
      <div className="doc-layout-grid">
        <label className="field">
          <span>Logo position</span>
          <select
            value={fields.logoPosition}
            onChange={(event) => set('logoPosition', event.target.value as LogoPosition)}
          >
            <option value="left">Left</option>
            <option value="center">Centre</option>
            <option value="right">Right</option>
          </select>
        </label>
        {offerSignature ? (
          <>
            <label className="doc-flag">
              <input
                type="checkbox"
                checked={fields.signature}
                onChange={(event) => set('signature', event.target.checked)}
              />
              Signature block
            </label>
            {fields.signature ? (
              <label className="field doc-field-wide">
                <span>Signature text</span>
                <textarea
                  rows={3}
                  value={fields.signatureText}
                  placeholder={'Yours sincerely,\n\n{{sender.name}}'}
                  onChange={(event) => set('signatureText', event.target.value)}
                />
              </label>
            ) : null}
          </>
        ) : null}
      </div>
    </details>
  );
}
