import { describe, expect, it } from 'vitest';
import type { MapOutcome, ParseSummary } from './protocol';
import {
  advanceEffect,
  cancelEffect,
  INITIAL_WIZARD_STATE,
  isBusy,
  stepIndex,
  WIZARD_STEPS,
  wizardReducer,
  type Phase,
  type PreviewPhase,
  type WizardEvent,
  type WizardState,
} from './wizardState';

const summary: ParseSummary = {
  fileName: 'items.csv',
  headers: ['Name', 'SKU'],
  rowCount: 3,
  delimiter: ',',
  encoding: 'utf-8',
  encodingLabel: 'UTF-8',
  warnings: [],
  mapping: { name: 'Name', sku: 'SKU' },
  options: { dateFormat: 'MM/DD/YYYY' },
  sample: [['Pens', 'P-1']],
};
const outcome: MapOutcome = {
  records: [{ name: 'Pens' }, { name: 'Paper' }],
  lines: [2, 3],
  errors: [],
};
const duplicates = new Map([[1, 'Paper is already in the list']]);

const run = (events: WizardEvent[], from: WizardState = INITIAL_WIZARD_STATE) =>
  events.reduce(wizardReducer, from);

const atMapping = () =>
  run([
    { type: 'readStarted', fileName: 'items.csv' },
    { type: 'parsed', summary },
  ]);
const atPreview = () =>
  run(
    [
      { type: 'checkStarted', summary },
      { type: 'checked', summary, outcome, duplicates },
    ],
    atMapping(),
  );
const atSaving = () => run([{ type: 'saveStarted', summary, total: 2 }], atPreview());

describe('import wizard state machine', () => {
  it('starts on the file step with nothing chosen', () => {
    expect(INITIAL_WIZARD_STATE).toEqual({
      phase: { step: 'file' },
      problem: null,
      mapping: {},
      options: {},
      skipErrors: false,
      skipDuplicates: false,
    });
    expect(WIZARD_STEPS).toEqual(['Choose a file', 'Match columns', 'Check and confirm', 'Import']);
  });

  it('reads a file, clearing an earlier problem, then takes the suggested mapping and resets the skips', () => {
    const before: WizardState = {
      ...INITIAL_WIZARD_STATE,
      problem: 'Old',
      skipErrors: true,
      skipDuplicates: true,
    };
    const reading = wizardReducer(before, { type: 'readStarted', fileName: 'items.csv' });
    expect(reading.phase).toEqual({ step: 'reading', fileName: 'items.csv' });
    expect(reading.problem).toBeNull();
    const mapped = wizardReducer(reading, { type: 'parsed', summary });
    expect(mapped.phase).toEqual({ step: 'mapping', summary });
    expect(mapped.mapping).toEqual(summary.mapping);
    expect(mapped.options).toEqual(summary.options);
    expect(mapped.skipErrors).toBe(false);
    expect(mapped.skipDuplicates).toBe(false);
  });

  it('a file that cannot be read goes back to the file step with the reason', () => {
    const s = run([
      { type: 'readStarted', fileName: 'x.csv' },
      { type: 'readFailed', message: 'Not a CSV' },
    ]);
    expect(s.phase).toEqual({ step: 'file' });
    expect(s.problem).toBe('Not a CSV');
  });

  it('keeps the user’s mapping and options, and can go back for another file', () => {
    const s = run(
      [
        { type: 'mappingChanged', mapping: { name: 'SKU', sku: '' } },
        { type: 'optionsChanged', options: { dateFormat: 'DD/MM/YYYY' } },
      ],
      atMapping(),
    );
    expect(s.mapping).toEqual({ name: 'SKU', sku: '' });
    expect(s.options).toEqual({ dateFormat: 'DD/MM/YYYY' });
    expect(wizardReducer(s, { type: 'chooseAnotherFile' }).phase).toEqual({ step: 'file' });
  });

  it('checks the rows into a preview, and back to the columns', () => {
    const checking = wizardReducer(
      { ...atMapping(), problem: 'Old' },
      { type: 'checkStarted', summary },
    );
    expect(checking.phase).toEqual({ step: 'checking', summary });
    expect(checking.problem).toBeNull();
    const preview = wizardReducer(checking, { type: 'checked', summary, outcome, duplicates });
    expect(preview.phase).toEqual({ step: 'preview', summary, outcome, duplicates });
    expect(wizardReducer(preview, { type: 'backToColumns', summary }).phase).toEqual({
      step: 'mapping',
      summary,
    });
  });

  it('a check that was abandoned changes nothing when its answer arrives late', () => {
    const abandoned = run([{ type: 'checkStarted', summary }, { type: 'cancel' }], atMapping());
    expect(abandoned.phase).toEqual({ step: 'mapping', summary });
    expect(wizardReducer(abandoned, { type: 'checked', summary, outcome, duplicates })).toBe(
      abandoned,
    );
  });

  it('a failed check returns to the columns with the reason', () => {
    const s = run(
      [
        { type: 'checkStarted', summary },
        { type: 'checkFailed', summary, message: 'Worker died' },
      ],
      atMapping(),
    );
    expect(s.phase).toEqual({ step: 'mapping', summary });
    expect(s.problem).toBe('Worker died');
  });

  it('remembers the skip choices on the preview', () => {
    const preview = atPreview();
    const s = run(
      [
        { type: 'skipErrorsChanged', value: true },
        { type: 'skipDuplicatesChanged', value: true },
      ],
      preview,
    );
    expect(s.skipErrors).toBe(true);
    expect(s.skipDuplicates).toBe(true);
    // The same preview object: the component's memoised blocking errors are not recomputed.
    expect(s.phase).toBe(preview.phase);
  });

  it('saves with progress and ends on a summary', () => {
    const saving = atSaving();
    expect(saving.phase).toEqual({
      step: 'saving',
      summary,
      total: 2,
      progress: 0,
      cancelling: false,
    });
    const halfway = wizardReducer(saving, { type: 'saveProgress', fraction: 0.5 });
    expect(halfway.phase).toMatchObject({ step: 'saving', progress: 0.5 });
    const done = wizardReducer(halfway, {
      type: 'saved',
      created: 1,
      updated: 1,
      alreadyThere: 4,
      skipped: 3,
      total: 2,
      aborted: false,
    });
    expect(done.phase).toEqual({
      step: 'done',
      created: 1,
      updated: 1,
      alreadyThere: 4,
      skipped: 3,
      notImported: 0,
      cancelled: false,
      removed: 0,
    });
  });

  it('progress outside a save is ignored', () => {
    const s = atPreview();
    expect(wizardReducer(s, { type: 'saveProgress', fraction: 0.3 })).toBe(s);
  });

  it('a cancelled save is undone whole: nothing imported, the rows it had written removed', () => {
    const cancelling = wizardReducer(atSaving(), { type: 'cancel' });
    expect(cancelling.phase).toMatchObject({ step: 'saving', cancelling: true });
    const done = wizardReducer(cancelling, {
      type: 'saved',
      created: 1,
      updated: 0,
      skipped: 0,
      total: 2,
      aborted: true,
      rolledBack: 1,
    });
    expect(done.phase).toEqual({
      step: 'done',
      created: 0,
      updated: 0,
      alreadyThere: 0,
      skipped: 0,
      notImported: 2,
      cancelled: true,
      removed: 1,
    });
  });

  it('a cancel that came after the last batch is no cancellation', () => {
    const done = wizardReducer(atSaving(), {
      type: 'saved',
      created: 2,
      updated: 0,
      skipped: 0,
      total: 2,
      aborted: true,
    });
    expect(done.phase).toMatchObject({ cancelled: false, notImported: 0 });
  });

  it('a failed save returns to the preview with the reason', () => {
    const preview = atPreview().phase as PreviewPhase;
    const s = wizardReducer(atSaving(), { type: 'saveFailed', preview, message: 'Disk full' });
    expect(s.phase).toBe(preview);
    expect(s.problem).toBe('The import stopped: Disk full');
  });

  it('Esc stops reading or checking, asks a save to stop, and otherwise leaves', () => {
    const reading = run([{ type: 'readStarted', fileName: 'a.csv' }]);
    expect(cancelEffect(reading.phase)).toBe('stop-reading');
    expect(wizardReducer(reading, { type: 'cancel' }).phase).toEqual({ step: 'file' });
    const checking = run([{ type: 'checkStarted', summary }], atMapping());
    expect(cancelEffect(checking.phase)).toBe('abandon-check');
    expect(wizardReducer(checking, { type: 'cancel' }).phase).toEqual({ step: 'mapping', summary });
    expect(cancelEffect(atSaving().phase)).toBe('abort-save');
    for (const s of [INITIAL_WIZARD_STATE, atMapping(), atPreview()]) {
      expect(cancelEffect(s.phase)).toBe('leave');
      expect(wizardReducer(s, { type: 'cancel' })).toBe(s);
    }
  });

  it('Enter checks the mapping, saves the preview and closes the summary', () => {
    const done: Phase = {
      step: 'done',
      created: 0,
      updated: 0,
      alreadyThere: 0,
      skipped: 0,
      notImported: 0,
      cancelled: false,
      removed: 0,
    };
    expect(advanceEffect(atMapping().phase)).toBe('check');
    expect(advanceEffect(atPreview().phase)).toBe('save');
    expect(advanceEffect(done)).toBe('leave');
    expect(advanceEffect({ step: 'file' })).toBeNull();
    expect(advanceEffect(atSaving().phase)).toBeNull();
  });

  it('places each phase on its step and says when work is running', () => {
    const phases: [Phase, number, boolean][] = [
      [{ step: 'file' }, 0, false],
      [{ step: 'reading', fileName: 'a.csv' }, 0, true],
      [{ step: 'mapping', summary }, 1, false],
      [{ step: 'checking', summary }, 1, true],
      [atPreview().phase, 2, false],
      [atSaving().phase, 3, true],
      [
        { step: 'done', created: 0, updated: 0, alreadyThere: 0, skipped: 0, notImported: 0, cancelled: false, removed: 0 },
        3,
        false,
      ],
    ];
    for (const [phase, step, busy] of phases) {
      expect(stepIndex(phase)).toBe(step);
      expect(isBusy(phase)).toBe(busy);
    }
  });

  it('a picker error shows in the problem box and can be cleared', () => {
    const s = wizardReducer(INITIAL_WIZARD_STATE, { type: 'problem', message: 'Too big' });
    expect(s.problem).toBe('Too big');
    expect(wizardReducer(s, { type: 'problem', message: null }).problem).toBeNull();
  });
});
