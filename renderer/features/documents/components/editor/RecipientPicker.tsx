/** The "Address to" choice: fills To and Address (and a fax's number) from a stored record. */
import type { RecipientRecord } from '../../recipients';

const GROUPS = ['vendors', 'employees', 'candidates'] as const;

export function RecipientPicker({
  recipients,
  onPick,
}: {
  recipients: RecipientRecord[] | null;
  onPick: (found: RecipientRecord) => void;
}) {
  const pick = (key: string) => {
    const found = recipients?.find((r) => `${r.table}:${r.id}` === key);
    if (found) onPick(found);
  };
  return (
    <label className="field doc-field-wide">
      <span>Address to</span>
      <select
        value=""
        onChange={(event) => pick(event.target.value)}
        disabled={!recipients || recipients.length === 0}
      >
        <option value="">
          {recipients === null
            ? 'Loading…'
            : recipients.length === 0
              ? 'No vendors, employees or candidates yet'
              : 'Fill To and Address from a record…'}
        </option>
        {GROUPS.map((table) => (
          <optgroup key={table} label={table[0]!.toUpperCase() + table.slice(1)}>
            {(recipients ?? [])
              .filter((r) => r.table === table)
              .map((r) => (
                <option key={`${r.table}:${r.id}`} value={`${r.table}:${r.id}`}>
                  {r.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
