/**
 * The project form (new and edit) in a dialog, keyboard first: the name has focus, Tab walks
 * owner, status, dates, the budget line and amount and the description; Enter saves, Escape
 * cancels (asking first when something was typed). A refused save shows the schema's sentence
 * and keeps everything typed.
 */
import { useState } from 'react';
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS, type Project, type ProjectDraft, type ProjectStatus } from '../../../../shared/domain/projects';
import { centsToDecimalString, parseMoney } from '../../../../shared/lib/money';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { FormDialog } from '../../../ui/FormDialog';
import { useBudgetCategories } from '../../budget';
import { useEmployees } from '../../people';
import { createProject, updateProject } from '../repository';

interface Fields {
  name: string;
  ownerId: string;
  status: ProjectStatus;
  start: string;
  due: string;
  budgetCategoryId: string;
  budget: string;
  description: string;
}

function initial(p: Project | undefined, currency: string): Fields {
  return {
    name: p?.name ?? '',
    ownerId: p?.ownerId ?? '',
    status: p?.status ?? 'active',
    start: p?.start ?? '',
    due: p?.due ?? '',
    budgetCategoryId: p?.budgetCategoryId ?? '',
    budget: p?.budgetCents !== undefined ? centsToDecimalString(p.budgetCents, currency) : '',
    description: p?.description ?? '',
  };
}

export function ProjectForm({ project, onClose, onSaved }: { project?: Project; onClose: () => void; onSaved: (p: Project) => void }) {
  const { currency, locale } = useCompanyProfile();
  const people = useEmployees();
  const categories = useBudgetCategories();
  const [f, setF] = useState<Fields>(() => initial(project, currency));
  const set = (k: keyof Fields) => (e: { target: { value: string } }) => setF((prev) => ({ ...prev, [k]: e.target.value }));
  const owners = (people ?? []).filter((e) => e.status !== 'left' || e.id === f.ownerId);

  const submit = async () => {
    let budgetCents: number | undefined;
    if (f.budget.trim()) {
      const cents = parseMoney(f.budget.trim(), currency, locale);
      if (cents === null || cents < 0) throw new Error('The budget is not an amount of money (for example 5000.00).');
      budgetCents = cents;
    }
    const draft: ProjectDraft = {
      name: f.name,
      ownerId: f.ownerId || undefined,
      status: f.status,
      start: f.start || undefined,
      due: f.due || undefined,
      budgetCategoryId: f.budgetCategoryId || undefined,
      budgetCents,
      description: f.description,
    };
    const saved = project ? await updateProject(project.id, draft) : await createProject(draft);
    onSaved(saved);
  };

  return (
    <FormDialog title={project ? `Edit ${project.name}` : 'New project'} size="large" submitLabel={project ? 'Save' : 'Create project'} onClose={onClose} onSubmit={submit} noValidate>
      <div className="form-grid">
        <label className="field">
          <span>Name</span>
          <input value={f.name} onChange={set('name')} autoFocus required maxLength={200} />
        </label>
        <label className="field">
          <span>Owner</span>
          <select value={f.ownerId} onChange={set('ownerId')}>
            <option value="">No owner</option>
            {owners.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Status</span>
          <select value={f.status} onChange={set('status')}>
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PROJECT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Start date</span>
          <input type="date" value={f.start} onChange={set('start')} />
        </label>
        <label className="field">
          <span>Due date</span>
          <input type="date" value={f.due} onChange={set('due')} />
        </label>
        <label className="field">
          <span>Budget line</span>
          <select value={f.budgetCategoryId} onChange={set('budgetCategoryId')}>
            <option value="">No budget line</option>
            {(categories ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Budget ({currency})</span>
          <input value={f.budget} onChange={set('budget')} inputMode="decimal" autoComplete="off" />
        </label>
      </div>
      <label className="field">
        <span>Description</span>
        <textarea value={f.description} onChange={set('description')} rows={3} maxLength={5000} />
      </label>
    </FormDialog>
  );
}
