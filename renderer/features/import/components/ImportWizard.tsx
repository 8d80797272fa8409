/**
 * The generic import wizard (issue 3 item 10): pick a file → what was detected → match the
 * columns → preview and errors → confirm → progress → summary. Parsing and checking run in a
 * Web Worker, so a 100,000-row file never freezes the page; the saving feature supplies
 * `commit` (and optionally `findDuplicates`). Esc cancels, Enter advances. The steps and their
 * transitions are the state machine in ../wizardState; this component runs the side effects.
 */
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { ImportKind, ImportRecordMap } from '../../../../shared/import';
import { startImportBatch, settleImportBatch } from '../batches';
import { ImportCancelledError, ImportWorkerClient } from '../client';
import {
  blockingErrors,
  confirmState,
  errorRowCount,
  mappedFields,
  mappingProblems,
  recordsToCommit,
} from '../logic';
import type { ParseSummary } from '../protocol';
import type { ImportWizardProps } from '../types';
import {
  advanceEffect,
  cancelEffect,
  INITIAL_WIZARD_STATE,
  isBusy,
  stepIndex,
  WIZARD_STEPS,
  wizardReducer,
} from '../wizardState';
import { FilePicker, type PickedBytes } from './FilePicker';
import { Busy, Summary } from './ImportStatus';
import { DetectedSummary, MappingForm } from './MappingForm';
import { PreviewPanel } from './PreviewPanel';
import { useWizardKeys } from './useWizardKeys';
import { errorMessage } from '../../../../shared/lib/errors';
import './import.css';

function browserLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

export function ImportWizard<K extends ImportKind>(props: ImportWizardProps<K>) {
  const { kind, title, commit, findDuplicates, onDone } = props;
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_WIZARD_STATE);
  const { phase, problem, mapping, options, skipErrors, skipDuplicates } = state;
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
    dispatch({ type: 'readStarted', fileName: file.name });
    try {
      const summary = await client().parse(kind, file.bytes, file.name, browserLocale());
      dispatch({ type: 'parsed', summary });
    } catch (e) {
      if (e instanceof ImportCancelledError) return;
      dispatch({ type: 'readFailed', message: errorMessage(e) });
    }
  };

  // A file handed over by the page that opened the wizard is read once, as if just picked.
  const initialFile = props.initialFile;
  const handedOver = useRef(false);
  useEffect(() => {
    if (!initialFile || handedOver.current) return;
    handedOver.current = true;
    void readFile({ name: initialFile.name, bytes: initialFile.bytes });
    // readFile only dispatches and uses the worker client; it needs no re-run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFile]);

  const mapProblems = phase.step === 'mapping' ? mappingProblems(kind, mapping) : [];

  const check = async (summary: ParseSummary) => {
    if (mappingProblems(kind, mapping).length > 0) return;
    dispatch({ type: 'checkStarted', summary });
    try {
      const outcome = await client().map(kind, mapping, options);
      const duplicates =
        findDuplicates && outcome.records.length > 0
          ? await findDuplicates(outcome.records as ImportRecordMap[K][])
          : new Map<number, string>();
      dispatch({ type: 'checked', summary, outcome, duplicates });
    } catch (e) {
      if (e instanceof ImportCancelledError) return;
      dispatch({ type: 'checkFailed', summary, message: errorMessage(e) });
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
    dispatch({ type: 'saveStarted', summary: preview.summary, total: records.length });
    let batchId: string | undefined;
    try {
      // The batch row goes first: every row the save writes carries its id (issue 15.3).
      batchId = (await startImportBatch(kind, preview.summary.fileName, records.length)).id;
      const ctx = {
        signal: controller.signal,
        onProgress: (fraction: number) => dispatch({ type: 'saveProgress', fraction }),
        mappedFields: mappedFields(mapping),
        importBatchId: batchId,
        fileName: preview.summary.fileName,
      };
      const { created, updated, alreadyThere = 0 } = await commit(records, ctx);
      const settled = await settleImportBatch(batchId, {
        finished: !controller.signal.aborted,
        written: created + updated,
      });
      dispatch({
        type: 'saved',
        created,
        updated,
        alreadyThere,
        skipped,
        total: records.length,
        aborted: controller.signal.aborted,
        ...(settled.kept ? {} : { rolledBack: settled.removed }),
      });
    } catch (e) {
      let message = errorMessage(e);
      if (batchId) {
        try {
          const settled = await settleImportBatch(batchId, { finished: false, written: 0, failed: true });
          if (!settled.kept)
            message += ` Nothing from this file was kept${settled.removed ? ` (the ${settled.removed.toLocaleString('en-US')} rows written before the error were removed)` : ''}.`;
        } catch (undo) {
          message += ` The rows written before the error will be removed the next time Backdesk starts (${errorMessage(undo)}).`;
        }
      }
      dispatch({ type: 'saveFailed', preview, message });
    } finally {
      abortRef.current = null;
    }
  };

  /** Esc: stop the work in progress, or leave the wizard. */
  const cancel = () => {
    const effect = cancelEffect(phase);
    if (effect === 'leave') {
      onDone();
      return;
    }
    if (effect === 'stop-reading') client().cancel();
    else if (effect === 'abandon-check') client().abandon();
    else abortRef.current?.abort();
    dispatch({ type: 'cancel' });
  };

  const advance = () => {
    const effect = advanceEffect(phase);
    if (effect === 'check' && phase.step === 'mapping') void check(phase.summary);
    else if (effect === 'save') void save();
    else if (effect === 'leave') onDone();
  };

  useWizardKeys(cancel, advance);

  const current = stepIndex(phase);
  const busy = isBusy(phase);

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
        {WIZARD_STEPS.map((label, i) => (
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
          <FilePicker
            onPicked={(f) => void readFile(f)}
            onError={(message) => dispatch({ type: 'problem', message })}
          />
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
            onMapping={(m) => dispatch({ type: 'mappingChanged', mapping: m })}
            onOptions={(o) => dispatch({ type: 'optionsChanged', options: o })}
          />
          <div className="import-actions">
            <button
              type="button"
              className="btn"
              onClick={() => dispatch({ type: 'chooseAnotherFile' })}
            >
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
              onClick={() => dispatch({ type: 'backToColumns', summary: preview.summary })}
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
            onSkipErrors={(value) => dispatch({ type: 'skipErrorsChanged', value })}
            skipDuplicates={skipDuplicates}
            onSkipDuplicates={(value) => dispatch({ type: 'skipDuplicatesChanged', value })}
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
