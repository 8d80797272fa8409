/**
 * "Approval settings…" (issue 17.2): the office's purchase approval threshold (requests above it
 * wait for an approver, the rest are approved as they are made) and the person who approves.
 * Saved as one setting with an audit line.
 */
import { useState } from 'react';
import { FormDialog } from '../../../../ui/FormDialog';
import { SelectField } from '../../../../ui/SelectField';
import { useToast } from '../../../../ui/Toast';
import type { MoneyTools } from '../../../budget';
import { useActiveEmployees } from '../../../people';
import { saveApprovalSetting, type ApprovalSetting } from '../../purchaseRequests';

export function ApprovalSettingsDialog({ setting, money, onClose }: { setting: ApprovalSetting; money: MoneyTools; onClose: () => void }) {
  const people = useActiveEmployees();
  const toast = useToast((s) => s.show);
  const [threshold, setThreshold] = useState(money.toInput(setting.thresholdCents));
  const [approverId, setApproverId] = useState(setting.approverId ?? '');

  const save = async () => {
    const cents = money.parse(threshold);
    if (cents === null || cents < 0) throw new Error('Enter the threshold as an amount, like 250.00 (0 sends every request for approval).');
    const approver = (people ?? []).find((p) => p.id === approverId);
    const saved = await saveApprovalSetting({ thresholdCents: cents, approverId: approver?.id, approverName: approver?.name });
    toast(`Requests above ${money.format(saved.thresholdCents)} now need approval${saved.approverName ? ` by ${saved.approverName}` : ''}`);
    onClose();
  };

  return (
    <FormDialog title="Purchase approval" submitLabel="Save" onSubmit={save} onClose={onClose} noValidate>
      <div className="prq-fields" style={{ marginBottom: 12 }}>
        <label className="field wide">
          <span>Approval needed above ({money.currency})</span>
          <input inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} autoFocus autoComplete="off" />
        </label>
        <SelectField label="Approver" value={approverId} onChange={setApproverId} className="field wide">
          <option value="">{people === undefined ? 'Loading…' : 'Nobody named (anyone may approve)'}</option>
          {(people ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.title ? ` — ${p.title}` : ''}
            </option>
          ))}
        </SelectField>
        <p className="muted wide" style={{ margin: 0, fontSize: 12 }}>
          A request at or below the amount is approved as it is made. Above it, the approver (or someone else when they asked for it themselves) decides; nobody approves their own request.
        </p>
      </div>
    </FormDialog>
  );
}
