/**
 * "Triage…": what the request really is, in one step. Pick Task, Repair, Purchase request or
 * Answer (radio buttons, arrow keys move between them) and fill what that needs; Triage saves
 * the work and the request's link in one transaction (repository.triageStaffRequest).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { StaffRequest } from '../../../../shared/domain/staffRequests';
import { parseMoney } from '../../../../shared/lib/money';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { FormDialog } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { buildCategoryTree, useBudgetCategories, type CategoryNode } from '../../budget';
import { useEquipmentList } from '../../equipment';
import { useActiveEmployees } from '../../people';
import { TRIAGE_NOUNS, triageStaffRequest, type TriageChoice } from '../repository';
import { TRIAGE_LABELS } from './requestFormat';

type Kind = TriageChoice['kind'];

function flattenCategories(nodes: readonly CategoryNode[], parents: string[] = []): { id: string; text: string }[] {
  return nodes.flatMap((n) => [{ id: n.category.id, text: [...parents, n.category.name].join(' / ') }, ...flattenCategories(n.children, [...parents, n.category.name])]);
}

const DEFAULT_KIND: Partial<Record<StaffRequest['kind'], Kind>> = { repair: 'repair', purchase: 'purchase-request', supplies: 'purchase-request' };

export function TriageDialog({ request, onClose }: { request: StaffRequest; onClose: () => void }) {
  const id = useId();
  const toast = useToast((s) => s.show);
  const company = useCompanyProfile();
  const equipment = useEquipmentList();
  const people = useActiveEmployees();
  const categories = useBudgetCategories();
  const categoryOptions = useMemo(() => flattenCategories(buildCategoryTree(categories ?? [])), [categories]);
  const liveEquipment = useMemo(
    () => (equipment ?? []).filter((e) => e.status !== 'retired' && e.status !== 'disposed').sort((a, b) => a.name.localeCompare(b.name)),
    [equipment],
  );

  const [kind, setKind] = useState<Kind>(DEFAULT_KIND[request.kind] ?? 'task');
  const [title, setTitle] = useState(request.what);
  const [assigneeId, setAssigneeId] = useState('');
  const [due, setDue] = useState('');
  const [equipmentId, setEquipmentId] = useState(request.equipmentId ?? '');
  const [problem, setProblem] = useState([request.what, request.details].filter(Boolean).join('\n'));
  const [description, setDescription] = useState(request.what);
  const [quantity, setQuantity] = useState('1');
  const [unitCost, setUnitCost] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [reason, setReason] = useState(request.details ?? '');
  const [answer, setAnswer] = useState('');
  // The chosen kind's radio takes the focus (after the dialog opened and focused its first control).
  const chosenRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => chosenRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const save = async () => {
    let choice: TriageChoice;
    switch (kind) {
      case 'task':
        choice = { kind, title, ...(assigneeId ? { assigneeId } : {}), ...(due ? { due } : {}) };
        break;
      case 'repair':
        if (!equipmentId) throw new Error('Choose the piece of equipment to repair.');
        choice = { kind, equipmentId, problem };
        break;
      case 'purchase-request': {
        const q = Number(quantity);
        if (!Number.isInteger(q) || q < 1) throw new Error('Enter how many to buy: a whole number, at least 1.');
        const cents = unitCost.trim() === '' ? null : parseMoney(unitCost, company.currency, company.locale);
        if (cents === null || cents < 0) throw new Error('Enter the estimated price of one, like 120.00.');
        choice = { kind, description, quantity: q, estimatedUnitCostCents: cents, ...(categoryId ? { budgetCategoryId: categoryId } : {}), reason };
        break;
      }
      case 'answer':
        choice = { kind, answer };
        break;
    }
    const result = await triageStaffRequest(request.id, choice);
    const made = result.purchaseRequest ? ` ${result.purchaseRequest.number}` : '';
    toast(kind === 'answer' ? `${request.number} answered and closed` : `${request.number} triaged into ${TRIAGE_NOUNS[kind]}${made}`);
    onClose();
  };

  return (
    <FormDialog title={`Triage ${request.number}`} submitLabel={kind === 'answer' ? 'Answer and close' : 'Triage'} onSubmit={save} onClose={onClose} size="medium" noValidate>
      <p className="muted req-triage-what">{request.what}</p>
      <fieldset className="req-triage-kinds">
        <legend>Turn it into</legend>
        {(['task', 'repair', 'purchase-request', 'answer'] as const).map((k) => (
          <label key={k}>
            <input ref={kind === k ? chosenRef : undefined} type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {TRIAGE_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <div className="form-grid req-form">
        {kind === 'task' ? (
          <>
            <label className="field wide">
              <span>Task</span>
              <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
            </label>
            <label className="field">
              <span>Assign to</span>
              <select value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
                <option value="">Nobody yet</option>
                {(people ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Due</span>
              <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
            </label>
            <p className="muted wide">The task links back to this request; when it is done, the request is done.</p>
          </>
        ) : null}
        {kind === 'repair' ? (
          <>
            <label className="field wide">
              <span>Equipment</span>
              <select value={equipmentId} onChange={(e) => setEquipmentId(e.target.value)}>
                <option value="">{equipment === undefined ? 'Loading…' : liveEquipment.length ? 'Choose the item…' : 'No equipment in the register yet'}</option>
                {liveEquipment.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                    {e.assetTag ? ` (${e.assetTag})` : ''}
                    {e.location ? ` — ${e.location}` : ''}
                  </option>
                ))}
              </select>
            </label>
            <label className="field wide">
              <span>Problem</span>
              <textarea value={problem} onChange={(e) => setProblem(e.target.value)} rows={3} maxLength={2000} />
            </label>
            <p className="muted wide">The item goes under repair; when the repair is marked done in Equipment, the request is done.</p>
          </>
        ) : null}
        {kind === 'purchase-request' ? (
          <>
            <label className="field wide">
              <span>What to buy</span>
              <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={300} />
            </label>
            <label className="field">
              <span>Quantity</span>
              <input inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
            </label>
            <label className="field">
              <span>Estimated price of one ({company.currency})</span>
              <input inputMode="decimal" value={unitCost} onChange={(e) => setUnitCost(e.target.value)} placeholder="0.00" />
            </label>
            <label className="field wide">
              <span>Budget category</span>
              <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
                <option value="">None chosen</option>
                {categoryOptions.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.text}
                  </option>
                ))}
              </select>
            </label>
            <label className="field wide">
              <span>Reason</span>
              <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={1500} />
            </label>
            <p className="muted wide">Above the office&apos;s approval threshold it waits for an approver. Ordered, the request is done; declined, it is declined with the reason.</p>
          </>
        ) : null}
        {kind === 'answer' ? (
          <label className="field wide">
            <span>Answer</span>
            <textarea value={answer} onChange={(e) => setAnswer(e.target.value)} rows={4} maxLength={5000} placeholder="What the requester is told" />
          </label>
        ) : null}
      </div>
    </FormDialog>
  );
}
