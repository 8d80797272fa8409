/**
 * The slip parts of a fax cover or a "while you were out" message: its own lines (time,
 * company, phone, pages) and the ticked boxes.
 */
import { MESSAGE_FLAGS } from '../../../../../shared/documents';
import type { KindForm, SlipField } from '../kinds';
import type { DocFields } from './draft';

type Message = DocFields['message'];

export function SlipFields({
  slip,
  message,
  onChange,
}: {
  slip: KindForm['slip'];
  message: Message;
  onChange: (key: SlipField, value: string) => void;
}) {
  return slip.map((field) => (
    <label key={field.key} className="field">
      <span>{field.label}</span>
      <input
        value={message[field.key]}
        onChange={(event) => onChange(field.key, event.target.value)}
        autoComplete="off"
      />
    </label>
  ));
}

export function SlipFlags({
  flags,
  onToggle,
}: {
  flags: string[];
  onToggle: (flag: string, ticked: boolean) => void;
}) {
  return (
    <fieldset className="doc-flags doc-field-wide">
      <legend>Ticked boxes</legend>
      {MESSAGE_FLAGS.map((flag) => (
        <label key={flag} className="doc-flag">
          <input
            type="checkbox"
            checked={flags.includes(flag)}
            onChange={(event) => onToggle(flag, event.target.checked)}
          />
          {flag}
        </label>
      ))}
    </fieldset>
  );
}
