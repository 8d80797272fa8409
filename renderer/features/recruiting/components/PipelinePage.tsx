/**
 * The pipeline board: a column per stage with counts, cards dragged with the mouse or the
 * keyboard (dnd-kit: Space to pick up, arrows, Space to drop) and moved directly with
 * Ctrl+→ / Ctrl+← on a focused card; a table view of the same candidates.
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import { adjacentStage, stageLabel, type Candidate, type Position, type StageConfig } from '../../../../shared/domain/recruiting';
import { navigate } from '../../../core/router';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { EmptyState } from '../../../ui/EmptyState';
import { useCandidates, usePositions, useStages } from '../hooks';
import { CandidateFormDialog } from './CandidateForm';
import { StagesDialog } from './StageDialogs';
import { useStageMover } from './useStageMover';
import { ScheduleDayPrint } from './ScheduleDayPrint';

/** With a card picked up by keyboard, ← and → jump to the neighbouring column. */
const columnJump: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const dir = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (dir === 0) return undefined;
  event.preventDefault();
  const rects = [...context.droppableRects.values()].sort((a, b) => a.left - b.left);
  const x = currentCoordinates.x;
  const target = dir > 0 ? rects.find((r) => r.left > x + 10) : [...rects].reverse().find((r) => r.left < x - 10);
  return target ? { x: target.left + 8, y: currentCoordinates.y } : currentCoordinates;
};

// A board column is not virtualized; past this many cards the table view is the tool.
const CARDS_PER_COLUMN = 150;

function CandidateCard({
  candidate,
  position,
  stages,
  onMove,
}: {
  candidate: Candidate;
  position?: Position;
  stages: readonly StageConfig[];
  onMove: (c: Candidate, to: string) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({ id: candidate.id, data: { candidate } });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 10, position: 'relative' as const } : undefined;
  // The card holds two controls side by side, never one inside the other (issue 16.18: axe
  // nested-interactive): the handle that is dragged, moved with the keyboard and opened with
  // Enter, named by its own visible text; and the "Open" link for the mouse.
  return (
    <div ref={setNodeRef} className="rec-card" data-dragging={isDragging} style={style}>
      <div
        ref={setActivatorNodeRef}
        className="rec-card-handle"
        {...attributes}
        {...listeners}
        aria-roledescription="Candidate card"
        aria-keyshortcuts="Control+ArrowRight Control+ArrowLeft Enter"
        onKeyDown={(e) => {
          if (e.ctrlKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
            e.preventDefault();
            e.stopPropagation();
            const to = adjacentStage(stages, candidate.stage, e.key === 'ArrowRight' ? 1 : -1);
            if (to) onMove(candidate, to);
            return;
          }
          if (e.key === 'Enter') {
            e.preventDefault();
            navigate('recruiting', 'candidate', candidate.id);
            return;
          }
          listeners?.onKeyDown?.(e);
        }}
        onDoubleClick={() => navigate('recruiting', 'candidate', candidate.id)}
      >
        <span className="rec-card-name">
          {candidate.name}
          <span className="sr-only">, {stageLabel(stages, candidate.stage)}</span>
        </span>
        <span className="muted">
          {position?.title ?? 'No position'}
          {candidate.rating ? ` · ${'★'.repeat(candidate.rating)}` : ''}
        </span>
      </div>
      <div>
        <a
          href={`#/recruiting/candidate/${encodeURIComponent(candidate.id)}`}
          onPointerDown={(e) => e.stopPropagation()}
          tabIndex={-1}
          className="muted"
        >
          Open
        </a>
      </div>
    </div>
  );
}

function StageColumn({ stage, children, count }: { stage: StageConfig; children: React.ReactNode; count: number }) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  return (
    <section ref={setNodeRef} className="rec-column" data-over={isOver} aria-label={`${stage.label} column, ${count} candidates`} data-stage={stage.id}>
      <h2>
        <span>{stage.label}</span>
        {/* Read as "Applied 8 candidates"; aria-label on a bare span is not read (axe aria-prohibited-attr). */}
        <span className="badge" aria-hidden="true">
          {count}
        </span>
        <span className="sr-only">{count} candidates</span>
      </h2>
      {children}
    </section>
  );
}

export function PipelinePage() {
  const candidates = useCandidates();
  const positions = usePositions();
  const stages = useStages();
  const [positionFilter, setPositionFilter] = useState('');
  const [view, setView] = useState<'board' | 'table'>('board');
  const [creating, setCreating] = useState(false);
  const [editingStages, setEditingStages] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const announceRef = useRef(setAnnouncement);
  const mover = useStageMover(stages, positions, (m) => announceRef.current(m));
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: columnJump }));

  const byPosition = useMemo(() => new Map((positions ?? []).map((p) => [p.id, p])), [positions]);
  const shown = useMemo(
    () => (candidates ?? []).filter((c) => !positionFilter || c.positionId === positionFilter),
    [candidates, positionFilter],
  );

  const onDragEnd = (e: DragEndEvent) => {
    const c = (e.active.data.current as { candidate: Candidate } | undefined)?.candidate;
    const to = e.over?.id;
    if (c && typeof to === 'string' && to !== c.stage) mover.request(c, to);
  };

  const columns: GridColumn<Candidate>[] = [
    { id: 'name', header: 'Name', value: (c) => c.name },
    { id: 'position', header: 'Position', value: (c) => (c.positionId ? (byPosition.get(c.positionId)?.title ?? '') : ''), filter: 'select' },
    { id: 'stage', header: 'Stage', value: (c) => stageLabel(stages ?? [], c.stage), filter: 'select' },
    { id: 'source', header: 'Source', value: (c) => c.source ?? '', filter: 'select' },
    { id: 'rating', header: 'Rating', value: (c) => c.rating ?? null, align: 'right' },
    { id: 'applied', header: 'Applied', value: (c) => c.appliedDate },
    { id: 'email', header: 'Email', value: (c) => c.email },
  ];

  return (
    <>
      <div className="rec-toolbar">
        <label className="field">
          <span>Position</span>
          <select value={positionFilter} onChange={(e) => setPositionFilter(e.target.value)}>
            <option value="">All positions</option>
            {(positions ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="View">
          <button type="button" className="btn" aria-pressed={view === 'board'} onClick={() => setView('board')}>
            Board
          </button>
          <button type="button" className="btn" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            Table
          </button>
        </div>
        <span style={{ flex: 1 }} />
        <ScheduleDayPrint />
        <button type="button" className="btn" onClick={() => setEditingStages(true)}>
          Stages…
        </button>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          New candidate
        </button>
      </div>
      <p id="rec-board-live" className="sr-only" role="status" aria-live="assertive">
        {announcement}
      </p>
      {candidates && candidates.length === 0 ? (
        <EmptyState title="No candidates yet">
          <p>Add a candidate with New candidate, or import a spreadsheet of applicants.</p>
        </EmptyState>
      ) : null}
      {view === 'board' && stages ? (
        <>
          <p className="muted" id="rec-board-help">
            Drag cards between columns, or focus a card and press Ctrl+→ / Ctrl+← to move it one stage (Space picks it up to move with the arrow keys; Enter opens it).
          </p>
          <DndContext
            sensors={sensors}
            onDragEnd={onDragEnd}
            accessibility={{
              announcements: {
                onDragStart: ({ active }) => `Picked up ${(active.data.current as { candidate: Candidate }).candidate.name}`,
                onDragOver: ({ over }) => (over ? `Over ${stageLabel(stages, String(over.id))}` : 'Not over a column'),
                onDragEnd: ({ over }) => (over ? `Dropped on ${stageLabel(stages, String(over.id))}` : 'Dropped'),
                onDragCancel: () => 'Move cancelled',
              },
            }}
          >
            <div className="rec-board">
              {stages.map((s) => {
                const here = shown.filter((c) => c.stage === s.id);
                return (
                  <StageColumn key={s.id} stage={s} count={here.length}>
                    {here.slice(0, CARDS_PER_COLUMN).map((c) => (
                      <CandidateCard
                        key={c.id}
                        candidate={c}
                        position={c.positionId ? byPosition.get(c.positionId) : undefined}
                        stages={stages}
                        onMove={mover.request}
                      />
                    ))}
                    {here.length > CARDS_PER_COLUMN ? (
                      <p className="muted">
                        {here.length - CARDS_PER_COLUMN} more: filter by position or use the table view.
                      </p>
                    ) : null}
                  </StageColumn>
                );
              })}
            </div>
          </DndContext>
        </>
      ) : null}
      {view === 'table' ? (
        <DataGrid
          id="recruiting-candidates"
          label="Candidates"
          rows={shown}
          columns={columns}
          getRowId={(c) => c.id}
          onActivate={(c) => navigate('recruiting', 'candidate', c.id)}
          exportName="candidates"
        />
      ) : null}
      {mover.dialog}
      {creating ? <CandidateFormDialog positions={positions ?? []} onClose={() => setCreating(false)} /> : null}
      {editingStages && stages ? <StagesDialog stages={stages} onClose={() => setEditingStages(false)} /> : null}
    </>
  );
}
