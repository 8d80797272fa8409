/**
 * The generic import wizard (issue 3 item 10): pick a file → what was detected → match the
 * columns → preview and errors → confirm → progress → summary. Parsing and checking run in a
 * Web Worker, so a 100,000-row file never freezes the page; the saving feature supplies
 * `commit` (and optionally `findDuplicates`). Esc cancels, Enter advances.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ImportKind, ImportOptions, ImportRecordMap } from '../../../../shared/import';
import { ProgressBar } from '../../../ui/ProgressBar';
import { ImportCancelledError, ImportWorkerClient } from '../client';
import {
  blockingErrors,
  confirmState,
  errorRowCount,
  mappedFields,
  mappingProblems,
  recordsToCommit,
} from '../logic';
import type { MapOutcome, ParseSummary } from '../protocol';
import type { ImportWizardProps } from '../types';
import { FilePicker, type PickedBytes } from './FilePicker';
import { DetectedSummary, MappingForm } from './MappingForm';
import { PreviewPanel } from './PreviewPanel';
import { errorMessage } from '../../../../shared/lib/errors';
import './import.css';

type Phase =
  | { step: 'file' }
  | { step: 'reading'; fileName: string }
  | { step: 'mapping'; summary: ParseSummary }
  | { step: 'checking'; summary: ParseSummary }
  | { step: 'preview'; summary: ParseSummary; outcome: MapOutcome; duplicates: Map<number, string> }
  | { step: 'saving'; summary: ParseSummary; total: number; progress: number; cancelling: boolean }
  | {
      step: 'done';
      created: number;
      updated: number;
      skipped: number;
      notImported: number;
      cancelled: boolean;
    };

const STEPS = ['Choose a file', 'Match columns', 'Check and confirm', 'Import'] as const;
const STEP_OF: Record<Phase['step'], number> = {
  file: 0,
  reading: 0,
  mapping: 1,
  checking: 1,
  preview: 2,
  saving: 3,
  done: 3,
};

function browserLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

export function ImportWizard<K extends ImportKind>(props: ImportWizardProps<K>) {
  const { kind, title, commit, findDuplicates, onDone } = props;
  const [phase, setPhase] = useState<Phase>({ step: 'file' });
  const [problem, setProblem] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [options, setOptions] = useState<ImportOptions>({});
  const [skipErrors, setSkipErrors] = useState(false);
  const [skipDuplicates, setSkipDuplicates] = useState(false);
  const clientRef = useRef<ImportWorkerClient | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const client = () => (clientRef.current ??= new ImportWorkerClient());
  useEffect(
    () => () => {
      clientRef.current?.dispose();
      abortRef.current?.abort();
    },
    [],
  );

  // Each step's first control (or the step's heading) takes focus, so Enter and Esc work at once.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const target =
      root.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)') ??
      root.querySelector<HTMLElement>('.import-mapping select');
    target?.focus();
  }, [phase.step]);

  const readFile = async (file: PickedBytes) => {
    setProblem(null);
    setPhase({ step: 'reading', fileName: file.name });
    try {
      const summary = await client().parse(kind, file.bytes, file.name, browserLocale());
      setMapping(summary.mapping);
      setOptions(summary.options);
      setSkipErrors(false);
      setSkipDuplicates(false);
      setPhase({ step: 'mapping', summary });
    } catch (e) {
      if (e instanceof ImportCancelledError) return;
      setProblem(errorMessage(e));
      setPhase({ step: 'file' });
    }
  };

  const mapProblems = phase.step === 'mapping' ? mappingProblems(kind, mapping) : [];

  const check = async (summary: ParseSummary) => {
    if (mappingProblems(kind, mapping).length > 0) return;
    setProblem(null);
    setPhase({ step: 'checking', summary });
    try {
      const outcome = await client().map(kind, mapping, options);
      const duplicates =
        findDuplicates && outcome.records.length > 0
          ? await findDuplicates(outcome.records as ImportRecordMap[K][])
          : new Map<number, string>();
      setPhase((p) =>
        p.step === 'checking' ? { step: 'preview', summary, outcome, duplicates } : p,
      );
    } catch (e) {
      if (e instanceof ImportCancelledError) return;
      setProblem(errorMessage(e));
      setPhase({ step: 'mapping', summary });
    }
  };

  const preview = phase.step === 'preview' ? phase : null;
  const errorRows = preview ? errorRowCount(preview.outcome.errors) : 0;
  const blocking = useMemo(
    () => (preview ? blockingErrors(preview.outcome.errors) : []),
    [preview],
  );
  const confirm = confirmState({
    validCount: preview
      ? recordsToCommit(preview.outcome.records, preview.duplicates, skipDuplicates).length
      : 0,
    errorRows,
    skipErrorsTicked: skipErrors,
    blocking: blocking.length,
  });

  const save = async () => {
    if (!preview || !confirm.enabled) return;
    const records = recordsToCommit(
      preview.outcome.records,
      preview.duplicates,
      skipDuplicates,
    ) as ImportRecordMap[K][];
    const skipped = errorRows + (preview.outcome.records.length - records.length);
    const controller = new AbortController();
    abortRef.current = controller;
    setProblem(null);
    setPhase({
      step: 'saving',
      summary: preview.summary,
      total: records.length,
      progress: 0,
      cancelling: false,
    });
    try {
      const ctx = {
        signal: controller.signal,
        onProgress: (fraction: number) =>
          setPhase((p) => (p.step === 'saving' ? { ...p, progress: fraction } : p)),
        mappedFields: mappedFields(mapping),
      };
      const { created, updated } = await commit(records, ctx);
      const cancelled = controller.signal.aborted && created + updated < records.length;
      setPhase({
        step: 'done',
        created,
        updated,
        skipped,
        notImported: cancelled ? records.length - created - updated : 0,
        cancelled,
      });
    } catch (e) {
      setProblem(`Nothing more was imported: ${errorMessage(e)}`);
      setPhase(preview);
    } finally {
      abortRef.current = null;
    }
  };

  /** Esc: stop the work in progress, or leave the wizard. */
  const cancel = () => {
    switch (phase.step) {
      case 'reading':
        client().cancel();
        setPhase({ step: 'file' });
        return;
      case 'checking':
        client().abandon();
        setPhase({ step: 'mapping', summary: phase.summary });
        return;
      case 'saving':
        abortRef.current?.abort();
        setPhase({ ...phase, cancelling: true });
        return;
      default:
        onDone();
    }
  };

  const advance = () => {
    if (phase.step === 'mapping') void check(phase.summary);
    else if (phase.step === 'preview') void save();
    else if (phase.step === 'done') onDone();
  };

  // Listening on the document, so the keys work wherever focus is on this page.
  const keys = useRef({ cancel, advance });
  useEffect(() => {
    keys.current = { cancel, advance };
  });
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const el = e.target instanceof Element ? e.target : null;
      // Another dialog (the command palette is a native <dialog>) owns its keys.
      if (el?.closest('dialog, [role="dialog"]')) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        keys.current.cancel();
        return;
      }
      if (e.key !== 'Enter') return;
      // Buttons, links and text fields do their own thing with Enter.
      if (
        el?.closest(
          'button, a, textarea, input:not([type]), input[type="text"], input[type="search"], [role="button"]',
        )
      )
        return;
      e.preventDefault();
      keys.current.advance();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const current = STEP_OF[phase.step];
  // While work runs, its own Cancel button (beside the progress bar) is the one to press.
  const busy = phase.step === 'reading' || phase.step === 'checking' || phase.step === 'saving';
  return (
    <div className="page import-wizard" ref={rootRef}>
      <header className="page-header">
        <h1>{title}</h1>
        {busy ? null : (
          <button type="button" className="btn" onClick={cancel} aria-keyshortcuts="Escape">
            {phase.step === 'done' ? 'Close' : 'Cancel import'}
          </button>
        )}
      </header>

      <ol className="import-steps" aria-label="Import steps">
        {STEPS.map((label, i) => (
          <li
            key={label}
            aria-current={i === current ? 'step' : undefined}
            className={i < current ? 'done' : i === current ? 'current' : ''}
          >
            {label}
          </li>
        ))}
      </ol>

      {problem ? (
        <div className="error-box" role="alert">
          {problem}
        </div>
      ) : null}

      {phase.step === 'file' ? (
        <section className="card" aria-label="Choose a file">
          <FilePicker onPicked={(f) => void readFile(f)} onError={setProblem} />
        </section>
      ) : null}

      {phase.step === 'reading' ? (
        <Busy label={`Reading ${phase.fileName}…`} value={undefined} onCancel={cancel} />
      ) : null}

      {phase.step === 'mapping' ? (
        <>
          <DetectedSummary summary={phase.summary} />
          <MappingForm
            kind={kind}
            summary={phase.summary}
            mapping={mapping}
            options={options}
            onMapping={setMapping}
            onOptions={setOptions}
          />
          <div className="import-actions">
            <button type="button" className="btn" onClick={() => setPhase({ step: 'file' })}>
              Choose another file
            </button>
            <button
              type="button"
              className="btn btn-primary"
              data-autofocus
              disabled={mapProblems.length > 0}
              onClick={() => void check(phase.summary)}
            >
              Check rows
            </button>
            {mapProblems.length > 0 ? <span className="muted">{mapProblems.join(' ')}</span> : null}
          </div>
        </>
      ) : null}

      {phase.step === 'checking' ? (
        <Busy
          label={`Checking ${phase.summary.rowCount.toLocaleString('en-US')} rows…`}
          value={undefined}
          onCancel={cancel}
        />
      ) : null}

      {preview ? (
        <>
          <div className="import-actions">
            <button
              type="button"
              className="btn"
              onClick={() => setPhase({ step: 'mapping', summary: preview.summary })}
            >
              Back to columns
            </button>
          </div>
          <PreviewPanel
            kind={kind}
            records={preview.outcome.records}
            lines={preview.outcome.lines}
            errors={preview.outcome.errors}
            blocking={blocking}
            duplicates={preview.duplicates}
            errorRows={errorRows}
            skipErrors={skipErrors}
            onSkipErrors={setSkipErrors}
            skipDuplicates={skipDuplicates}
            onSkipDuplicates={setSkipDuplicates}
            confirm={confirm}
            onConfirm={() => void save()}
          />
        </>
      ) : null}

      {phase.step === 'saving' ? (
        <Busy
          label={
            phase.cancelling
              ? 'Cancelling: finishing the batch being written…'
              : `Importing ${phase.total.toLocaleString('en-US')} rows…`
          }
          value={phase.progress}
          onCancel={phase.cancelling ? undefined : cancel}
        />
      ) : null}

      {phase.step === 'done' ? <Summary phase={phase} onDone={onDone} /> : null}
    </div>
  );
}

function Busy({
  label,
  value,
  onCancel,
}: {
  label: string;
  value: number | undefined;
  onCancel?: () => void;
}) {
  return (
    <section className="card import-busy" aria-busy="true" aria-label={label}>
      <p>{label}</p>
      <ProgressBar label={label} value={value} />
      {value !== undefined ? <span className="muted">{Math.round(value * 100)}%</span> : null}
      {onCancel ? (
        <button type="button" className="btn" data-autofocus onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </section>
  );
}

function Summary({ phase, onDone }: { phase: Extract<Phase, { step: 'done' }>; onDone(): void }) {
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    <section className="card import-summary" aria-labelledby="import-summary-h">
      <div role="status">
        <h2 id="import-summary-h">
          {phase.cancelled
            ? `Import cancelled: ${n(phase.created + phase.updated)} rows were imported before it stopped`
            : 'Import finished'}
        </h2>
      </div>
      <dl className="import-facts">
        <div>
          <dt>Created</dt>
          <dd data-testid="import-created">{n(phase.created)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd data-testid="import-updated">{n(phase.updated)}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd data-testid="import-skipped">{n(phase.skipped)}</dd>
        </div>
        {phase.cancelled ? (
          <div>
            <dt>Not imported (cancelled)</dt>
            <dd>{n(phase.notImported)}</dd>
          </div>
        ) : null}
      </dl>
      <button type="button" className="btn btn-primary" data-autofocus onClick={onDone}>
        Done
      </button>
    </section>
  );
}
