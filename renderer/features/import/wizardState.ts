/**
 * The import wizard's state machine, without React or the worker: which step it is on, what the
 * user chose, and how each event moves it. The wizard component runs the side effects (worker
 * calls, the commit, leaving the page) and reports their outcome here as events, so every
 * transition can be tested without rendering.
 */
import type { ImportOptions } from '../../../shared/import';
import type { MapOutcome, ParseSummary } from './protocol';

export type Phase =
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
      /** Rows already in the data (same natural key), not written again. */
      alreadyThere: number;
      skipped: number;
      notImported: number;
      cancelled: boolean;
      /** On a cancel or failure: the rows written before it stopped, removed again. */
      removed: number;
    };

export type PreviewPhase = Extract<Phase, { step: 'preview' }>;
export type DonePhase = Extract<Phase, { step: 'done' }>;

export interface WizardState {
  phase: Phase;
  /** The error box above the step, if any. */
  problem: string | null;
  /** Field → header ('' = do not import). */
  mapping: Record<string, string>;
  options: ImportOptions;
  skipErrors: boolean;
  skipDuplicates: boolean;
}

export type WizardEvent =
  | { type: 'problem'; message: string | null }
  | { type: 'readStarted'; fileName: string }
  | { type: 'parsed'; summary: ParseSummary }
  | { type: 'readFailed'; message: string }
  | { type: 'mappingChanged'; mapping: Record<string, string> }
  | { type: 'optionsChanged'; options: ImportOptions }
  | { type: 'chooseAnotherFile' }
  | { type: 'checkStarted'; summary: ParseSummary }
  | { type: 'checked'; summary: ParseSummary; outcome: MapOutcome; duplicates: Map<number, string> }
  | { type: 'checkFailed'; summary: ParseSummary; message: string }
  | { type: 'backToColumns'; summary: ParseSummary }
  | { type: 'skipErrorsChanged'; value: boolean }
  | { type: 'skipDuplicatesChanged'; value: boolean }
  | { type: 'saveStarted'; summary: ParseSummary; total: number }
  | { type: 'saveProgress'; fraction: number }
  | {
      type: 'saved';
      created: number;
      updated: number;
      /** Rows already there (natural key), not written. */
      alreadyThere?: number;
      /** Rows left out before the commit (errors, skipped duplicates). */
      skipped: number;
      /** How many records went to the commit. */
      total: number;
      /** Whether the user pressed Cancel while it ran. */
      aborted: boolean;
      /**
       * Set when the batch was rolled back (Cancel before its last chunk): the rows written
       * before it stopped, all removed again.
       */
      rolledBack?: number;
    }
  | { type: 'saveFailed'; preview: PreviewPhase; message: string }
  | { type: 'cancel' };

export const INITIAL_WIZARD_STATE: WizardState = {
  phase: { step: 'file' },
  problem: null,
  mapping: {},
  options: {},
  skipErrors: false,
  skipDuplicates: false,
};

export const WIZARD_STEPS = [
  'Choose a file',
  'Match columns',
  'Check and confirm',
  'Import',
] as const;

const STEP_OF: Record<Phase['step'], number> = {
  file: 0,
  reading: 0,
  mapping: 1,
  checking: 1,
  preview: 2,
  saving: 3,
  done: 3,
};

/** Index into WIZARD_STEPS of the step this phase belongs to. */
export function stepIndex(phase: Phase): number {
  return STEP_OF[phase.step];
}

/** Work runs in this phase: its own Cancel button (beside the progress bar) is the one to press. */
export function isBusy(phase: Phase): boolean {
  return phase.step === 'reading' || phase.step === 'checking' || phase.step === 'saving';
}

/** What Esc (or Cancel) must stop before the state moves on. */
export type CancelEffect = 'stop-reading' | 'abandon-check' | 'abort-save' | 'leave';

export function cancelEffect(phase: Phase): CancelEffect {
  switch (phase.step) {
    case 'reading':
      return 'stop-reading';
    case 'checking':
      return 'abandon-check';
    case 'saving':
      return 'abort-save';
    default:
      return 'leave';
  }
}

/** What Enter does on this phase, if anything. */
export function advanceEffect(phase: Phase): 'check' | 'save' | 'leave' | null {
  if (phase.step === 'mapping') return 'check';
  if (phase.step === 'preview') return 'save';
  if (phase.step === 'done') return 'leave';
  return null;
}

export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  const { phase } = state;
  switch (event.type) {
    case 'problem':
      return { ...state, problem: event.message };
    case 'readStarted':
      return { ...state, problem: null, phase: { step: 'reading', fileName: event.fileName } };
    case 'parsed':
      // A new file starts with the mapping the worker suggests and nothing skipped.
      return {
        ...state,
        mapping: event.summary.mapping,
        options: event.summary.options,
        skipErrors: false,
        skipDuplicates: false,
        phase: { step: 'mapping', summary: event.summary },
      };
    case 'readFailed':
      return { ...state, problem: event.message, phase: { step: 'file' } };
    case 'mappingChanged':
      return { ...state, mapping: event.mapping };
    case 'optionsChanged':
      return { ...state, options: event.options };
    case 'chooseAnotherFile':
      return { ...state, phase: { step: 'file' } };
    case 'checkStarted':
      return { ...state, problem: null, phase: { step: 'checking', summary: event.summary } };
    case 'checked':
      // A check the user abandoned (Esc) reports too late: it changes nothing.
      if (phase.step !== 'checking') return state;
      return {
        ...state,
        phase: {
          step: 'preview',
          summary: event.summary,
          outcome: event.outcome,
          duplicates: event.duplicates,
        },
      };
    case 'checkFailed':
      return {
        ...state,
        problem: event.message,
        phase: { step: 'mapping', summary: event.summary },
      };
    case 'backToColumns':
      return { ...state, phase: { step: 'mapping', summary: event.summary } };
    case 'skipErrorsChanged':
      return { ...state, skipErrors: event.value };
    case 'skipDuplicatesChanged':
      return { ...state, skipDuplicates: event.value };
    case 'saveStarted':
      return {
        ...state,
        problem: null,
        phase: {
          step: 'saving',
          summary: event.summary,
          total: event.total,
          progress: 0,
          cancelling: false,
        },
      };
    case 'saveProgress':
      if (phase.step !== 'saving') return state;
      return { ...state, phase: { ...phase, progress: event.fraction } };
    case 'saved': {
      const { created, updated, skipped, total } = event;
      // Cancelled only if the batch was undone (a Cancel after the last chunk keeps the import).
      const cancelled = event.rolledBack !== undefined;
      return {
        ...state,
        phase: {
          step: 'done',
          created: cancelled ? 0 : created,
          updated: cancelled ? 0 : updated,
          alreadyThere: cancelled ? 0 : (event.alreadyThere ?? 0),
          skipped,
          notImported: cancelled ? total : 0,
          cancelled,
          removed: event.rolledBack ?? 0,
        },
      };
    }
    case 'saveFailed':
      return {
        ...state,
        problem: `The import stopped: ${event.message}`,
        phase: event.preview,
      };
    case 'cancel':
      switch (phase.step) {
        case 'reading':
          return { ...state, phase: { step: 'file' } };
        case 'checking':
          return { ...state, phase: { step: 'mapping', summary: phase.summary } };
        case 'saving':
          return { ...state, phase: { ...phase, cancelling: true } };
        default:
          // Leaving the wizard is the component's business (onDone); the state stays.
          return state;
      }
  }
}
