/** Positions: list with candidate counts, and a form for a new or existing position. */
import { useState } from 'react';
import { POSITION_STATUSES, type Position } from '../../../../shared/domain/recruiting';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useToast } from '../../../ui/Toast';
import { useActiveEmployees, useEmployees } from '../../people';
import { useCandidates, usePositions } from '../hooks';
import { positionRepository } from '../repository';
import { FormDialog } from '../../../ui/FormDialog';

const STATUS_LABELS: Record<(typeof POSITION_STATUSES)[number], string> = {
  draft: 'Draft',
  open: 'Open',
  'on-hold': 'On hold',
  filled: 'Filled',
  closed: 'Closed',
};

function PositionForm({ position, onClose }: { position?: Position; onClose: () => void }) {
  const employees = useActiveEmployees();
  const toast = useToast((s) => s.show);
  const [v, setV] = useState({
    title: position?.title ?? '',
    department: position?.department ?? '',
    hiringManagerId: position?.hiringManagerId ?? '',
    status: position?.status ?? 'open',
    openings: String(position?.openings ?? 1),
    description: position?.description ?? '',
  });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  return (
    <FormDialog
      title={position ? `Edit ${position.title}` : 'New position'}
      size="large"
      submitLabel="Save position"
      onClose={onClose}
      onSubmit={async () => {
        const draft = {
          title: v.title,
          department: v.department,
          hiringManagerId: v.hiringManagerId || undefined,
          status: v.status as Position['status'],
          openings: Number(v.openings),
          description: v.description,
        };
        const p = await (position ? positionRepository.update(position.id, draft) : positionRepository.create(draft));
        toast(`Saved ${p.title}`);
        onClose();
      }}
    >
      <div className="form-grid">
        <label className="field">
          <span>Title</span>
          <input value={v.title} onChange={set('title')} required />
        </label>
        <label className="field">
          <span>Department</span>
          <input value={v.department} onChange={set('department')} />
        </label>
        <label className="field">
          <span>Hiring manager</span>
          <select value={v.hiringManagerId} onChange={set('hiringManagerId')}>
            <option value="">None</option>
            {(employees ?? []).map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Status</span>
          <select value={v.status} onChange={set('status')}>
            {POSITION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Openings</span>
          <input type="number" min={1} max={999} value={v.openings} onChange={set('openings')} />
        </label>
        <label className="field wide">
          <span>Description</span>
          <textarea rows={4} value={v.description} onChange={set('description')} />
        </label>
      </div>
    </FormDialog>
  );
}

export function PositionsPage({ openId }: { openId?: string } = {}) {
  const positions = usePositions();
  const candidates = useCandidates();
  const employees = useEmployees();
  const [editing, setEditing] = useState<Position | 'new' | null>(null);
  const [opened, setOpened] = useState(false);
  // Opened from the command palette: show that position's form once it has loaded.
  if (openId && !opened && positions) {
    const p = positions.find((x) => x.id === openId);
    setOpened(true);
    if (p) setEditing(p);
  }
  const names = new Map((employees ?? []).map((e) => [e.id, e.name]));
  const counts = new Map<string, number>();
  for (const c of candidates ?? [])
    if (c.positionId) counts.set(c.positionId, (counts.get(c.positionId) ?? 0) + 1);
  const columns: GridColumn<Position>[] = [
    { id: 'title', header: 'Title', value: (p) => p.title },
    { id: 'department', header: 'Department', value: (p) => p.department ?? '', filter: 'select' },
    {
      id: 'manager',
      header: 'Hiring manager',
      value: (p) => (p.hiringManagerId ? (names.get(p.hiringManagerId) ?? '') : ''),
    },
    { id: 'status', header: 'Status', value: (p) => STATUS_LABELS[p.status], filter: 'select' },
    { id: 'openings', header: 'Openings', value: (p) => p.openings ?? 1, align: 'right' },
    { id: 'candidates', header: 'Candidates', value: (p) => counts.get(p.id) ?? 0, align: 'right' },
  ];
  return (
    <>
      <div className="rec-toolbar">
        <span style={{ flex: 1 }} />
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          New position
        </button>
      </div>
      <DataGrid
        id="recruiting-positions"
        label="Positions"
        rows={positions ?? []}
        columns={columns}
        getRowId={(p) => p.id}
        onActivate={(p) => setEditing(p)}
        empty={<p className="muted">No positions yet. Add one with New position.</p>}
      />
      {editing ? (
        <PositionForm
          position={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
