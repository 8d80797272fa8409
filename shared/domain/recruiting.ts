/** Recruiting: open positions, candidates moving through stages, interviews. */
import { z } from 'zod';
import { sealedValueSchema } from '../encryption';
import {
  BASE_OMIT,
  baseRecordShape,
  idSchema,
  instantSchema,
  isoDateSchema,
  nonNegativeCentsSchema,
  optionalText,
  requiredText,
} from './common';

export const POSITION_STATUSES = ['draft', 'open', 'on-hold', 'filled', 'closed'] as const;
export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'intern'] as const;

export const positionShape = {
  ...baseRecordShape,
  title: requiredText('Title', 120),
  department: optionalText('Department', 80),
  status: z.enum(POSITION_STATUSES).default('open'),
  employmentType: z.enum(EMPLOYMENT_TYPES).default('full-time'),
  location: optionalText('Location', 120),
  openedDate: isoDateSchema.optional(),
  closedDate: isoDateSchema.optional(),
  hiringManagerId: idSchema.optional(),
  salaryMinCents: nonNegativeCentsSchema.optional(),
  salaryMaxCents: nonNegativeCentsSchema.optional(),
  description: optionalText('Description', 10000),
  openings: z.number().int('Openings are a whole number').min(1, 'At least one opening').max(999).optional(),
};
export const positionSchema = z.object(positionShape);
export const positionDraftSchema = z.object(positionShape).omit(BASE_OMIT);
export type Position = z.infer<typeof positionSchema>;
export type PositionDraft = z.input<typeof positionDraftSchema>;

/** The built-in pipeline stages in board order; the office may rename them and add its own. */
export const CANDIDATE_STAGES = ['Applied', 'Screening', 'Interview', 'Offer', 'Hired', 'Rejected'] as const;
export type BuiltInStage = (typeof CANDIDATE_STAGES)[number];
/** A stage id: one of the built-ins or an office-defined stage ('custom-…'). */
export type CandidateStage = string;

export const stageIdSchema = z
  .string({ error: 'Pick a stage' })
  .trim()
  .min(1, 'Pick a stage')
  .max(60, 'A stage id is at most 60 characters');

/** A dated entry on a candidate's timeline (notes, stage moves). */
export const timelineEntrySchema = z.object({
  id: idSchema,
  at: instantSchema,
  kind: z.enum(['note', 'stage']).default('note'),
  text: requiredText('Note', 5000),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const candidateShape = {
  ...baseRecordShape,
  name: requiredText('Name', 120),
  email: z.email({ error: 'Enter an email address like name@example.com' }),
  phone: optionalText('Phone', 40),
  positionId: idSchema.optional(),
  stage: stageIdSchema.default('Applied'),
  source: optionalText('Source', 80),
  appliedDate: isoDateSchema,
  /** 1–5 stars. */
  rating: z.number().int().min(1).max(5).optional(),
  notes: optionalText('Notes', 10000),
  /** Confidential. */
  expectedSalaryCents: nonNegativeCentsSchema.optional(),
  /** Confidential: reference checks, private impressions. */
  privateNotes: optionalText('Private notes', 10000),
  rejectedReason: optionalText('Rejection reason', 500),
  resumeAttachmentId: idSchema.optional(),
  coverLetterAttachmentId: idSchema.optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(30, 'At most 30 tags').optional(),
  /** When the candidate agreed to us keeping their data. */
  consentDate: isoDateSchema.optional(),
  /** After this day the app proposes erasing the candidate. */
  retentionDate: isoDateSchema.optional(),
  timeline: z.array(timelineEntrySchema).optional(),
  /** The day they reached their current stage (time-to-hire uses the Hired one). */
  stageDate: isoDateSchema.optional(),
  hiredDate: isoDateSchema.optional(),
  employeeId: idSchema.optional(),
  /** Confidential fields sealed with the office's data key while a passphrase is set (issue 15.4). */
  sealed: sealedValueSchema.optional(),
};
export const candidateSchema = z.object(candidateShape);
/** `appliedDate` may be left out: the repository fills in today's date. */
export const candidateDraftSchema = z
  .object(candidateShape)
  .omit(BASE_OMIT)
  .extend({ appliedDate: isoDateSchema.optional() });
export type Candidate = z.infer<typeof candidateSchema>;
export type CandidateDraft = z.input<typeof candidateDraftSchema>;

/** The stages that end a candidacy; every other stage (office-defined ones too) is active. */
export const CLOSED_STAGES: readonly BuiltInStage[] = ['Hired', 'Rejected'];

export function isActiveStage(stage: CandidateStage): boolean {
  // Office-defined stages sit between Applied and Offer, so they are active.
  return !(CLOSED_STAGES as readonly string[]).includes(stage);
}

export const RECOMMENDATIONS = ['strong-yes', 'yes', 'no', 'strong-no'] as const;
export const RECOMMENDATION_LABELS: Record<(typeof RECOMMENDATIONS)[number], string> = {
  'strong-yes': 'Strong yes',
  yes: 'Yes',
  no: 'No',
  'strong-no': 'Strong no',
};
export const SCORECARD_CRITERIA = ['Skills', 'Experience', 'Communication', 'Team fit'] as const;

/** One interviewer's assessment after an interview. */
export const scorecardSchema = z.object({
  interviewerId: idSchema,
  /** Criterion → 1–5. */
  ratings: z.record(z.string().min(1).max(60), z.number().int().min(1, 'Ratings are 1 to 5').max(5, 'Ratings are 1 to 5')),
  recommendation: z.enum(RECOMMENDATIONS, { error: 'Pick a recommendation' }),
  notes: optionalText('Scorecard notes', 5000),
  submittedAt: instantSchema,
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const INTERVIEW_KINDS = ['phone', 'video', 'onsite'] as const;
export const INTERVIEW_OUTCOMES = ['pending', 'advance', 'reject', 'no-show'] as const;

export const interviewShape = {
  ...baseRecordShape,
  candidateId: idSchema,
  positionId: idSchema.optional(),
  start: instantSchema,
  end: instantSchema,
  kind: z.enum(INTERVIEW_KINDS).default('onsite'),
  location: optionalText('Location', 200),
  /** The meeting room booked for it (calendar rooms): room double-bookings are checked. */
  roomId: idSchema.optional(),
  interviewerIds: z.array(idSchema).default([]),
  outcome: z.enum(INTERVIEW_OUTCOMES).default('pending'),
  /** Confidential: the panel's assessment. */
  feedback: optionalText('Feedback', 10000),
  /** Call link or dial-in for phone/video interviews. */
  callDetails: optionalText('Call details', 1000),
  scorecards: z.array(scorecardSchema).optional(),
  /** Confidential fields sealed with the office's data key while a passphrase is set (issue 15.4). */
  sealed: sealedValueSchema.optional(),
};
const endAfterStart = (v: { start: string; end: string }) => Date.parse(v.end) >= Date.parse(v.start);
export const interviewSchema = z.object(interviewShape).refine(endAfterStart, { error: 'The interview ends before it starts', path: ['end'] });
export const interviewDraftSchema = z
  .object(interviewShape)
  .omit(BASE_OMIT)
  .refine(endAfterStart, { error: 'The interview ends before it starts', path: ['end'] });
export type Interview = z.infer<typeof interviewSchema>;
export type InterviewDraft = z.input<typeof interviewDraftSchema>;

// ---------------------------------------------------------------------------------------------
// Pipeline stages (editable), transitions, hiring, retention and the dashboard's figures.

export const stageConfigSchema = z.object({
  id: stageIdSchema,
  label: requiredText('Stage name', 40),
});
export type StageConfig = z.infer<typeof stageConfigSchema>;

export const STAGES_SETTING_KEY = 'recruitingStages';

export const DEFAULT_STAGES: StageConfig[] = CANDIDATE_STAGES.map((id) => ({ id, label: id }));

function isBuiltIn(id: string): id is BuiltInStage {
  return (CANDIDATE_STAGES as readonly string[]).includes(id);
}

/**
 * The office's stage list, validated: every built-in stage present once (they carry meaning:
 * Hired makes an employee, Rejected asks for a reason), labels unique, Hired and Rejected last.
 */
export const stageListSchema = z
  .array(stageConfigSchema)
  .max(20, 'At most 20 stages')
  .superRefine((list, ctx) => {
    const ids = list.map((s) => s.id);
    for (const b of CANDIDATE_STAGES) {
      if (!ids.includes(b)) ctx.addIssue({ code: 'custom', message: `The ${b} stage cannot be removed` });
    }
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'Each stage appears once' });
    const labels = list.map((s) => s.label.toLowerCase());
    if (new Set(labels).size !== labels.length) ctx.addIssue({ code: 'custom', message: 'Two stages have the same name' });
    const tail = ids.slice(-2).join(',');
    if (list.length >= 2 && tail !== 'Hired,Rejected') {
      ctx.addIssue({ code: 'custom', message: 'Hired and Rejected stay the last two stages' });
    }
  });

/** Falls back to the defaults when a stored list no longer validates. */
export function normalizeStages(stored: unknown): StageConfig[] {
  const r = stageListSchema.safeParse(stored);
  return r.success ? r.data : DEFAULT_STAGES;
}

export function stageLabel(stages: readonly StageConfig[], id: string): string {
  return stages.find((s) => s.id === id)?.label ?? id;
}

/** The stage before/after `id` in board order (for keyboard moves), or undefined at an end. */
export function adjacentStage(stages: readonly StageConfig[], id: string, step: -1 | 1): string | undefined {
  const i = stages.findIndex((s) => s.id === id);
  if (i < 0) return undefined;
  return stages[i + step]?.id;
}

export type StageMoveCheck = { ok: true; needsReason: boolean; offersHire: boolean } | { ok: false; message: string };

/**
 * What moving a candidate from `from` to `to` needs: Rejected asks for a reason, Hired offers
 * to create the employee; a hired candidate who already has an employee record stays hired.
 */
export function checkStageMove(
  candidate: Pick<Candidate, 'stage' | 'employeeId'>,
  to: string,
  stages: readonly StageConfig[],
): StageMoveCheck {
  if (!stages.some((s) => s.id === to)) return { ok: false, message: `There is no stage "${to}"` };
  if (candidate.stage === to) return { ok: false, message: 'The candidate is already in that stage' };
  if (candidate.stage === 'Hired' && candidate.employeeId) {
    return { ok: false, message: 'This candidate was hired and has an employee record; they stay in Hired' };
  }
  return { ok: true, needsReason: to === 'Rejected', offersHire: to === 'Hired' && !candidate.employeeId };
}

export { isBuiltIn as isBuiltInStage };

/** The employee draft a hire creates from the candidate and the position. */
export function employeeDraftFromCandidate(
  candidate: Pick<Candidate, 'name' | 'email' | 'phone'>,
  position: Pick<Position, 'title' | 'department' | 'hiringManagerId'> | undefined,
  startDate: string,
): { name: string; email: string; phone?: string; title?: string; department?: string; managerId?: string; startDate: string; status: 'active' } {
  const draft: ReturnType<typeof employeeDraftFromCandidate> = {
    name: candidate.name,
    email: candidate.email,
    startDate,
    status: 'active',
  };
  if (candidate.phone) draft.phone = candidate.phone;
  if (position?.title) draft.title = position.title;
  if (position?.department) draft.department = position.department;
  if (position?.hiringManagerId) draft.managerId = position.hiringManagerId;
  return draft;
}

/** Live candidates whose retention date has passed: the app proposes erasing them. */
export function dueForErasure<T extends Pick<Candidate, 'retentionDate' | 'deletedAt'>>(candidates: readonly T[], on: string): T[] {
  return candidates.filter((c) => c.deletedAt === null && c.retentionDate !== undefined && c.retentionDate < on);
}

export interface HireStats {
  count: number;
  averageDays: number | null;
  medianDays: number | null;
}

/** Days from applying to being hired, over candidates with a hired date. */
export function timeToHire(candidates: readonly Pick<Candidate, 'appliedDate' | 'hiredDate' | 'stage'>[]): HireStats {
  const days = candidates
    .filter((c) => c.stage === 'Hired' && c.hiredDate)
    .map((c) => Math.max(0, Math.round((Date.parse(c.hiredDate!) - Date.parse(c.appliedDate)) / 86_400_000)))
    .sort((a, b) => a - b);
  if (days.length === 0) return { count: 0, averageDays: null, medianDays: null };
  const mid = Math.floor(days.length / 2);
  const median = days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
  const avg = days.reduce((a, b) => a + b, 0) / days.length;
  return { count: days.length, averageDays: Math.round(avg * 10) / 10, medianDays: median };
}

/**
 * Funnel: how many candidates reached each stage or beyond (Rejected stands apart, counted
 * on its own), in board order.
 */
export function stageFunnel(candidates: readonly Pick<Candidate, 'stage'>[], stages: readonly StageConfig[]): { id: string; label: string; count: number }[] {
  const flow = stages.filter((s) => s.id !== 'Rejected');
  const idx = new Map(flow.map((s, i) => [s.id, i]));
  return stages.map((s) => {
    if (s.id === 'Rejected') return { id: s.id, label: s.label, count: candidates.filter((c) => c.stage === 'Rejected').length };
    const at = idx.get(s.id)!;
    return { id: s.id, label: s.label, count: candidates.filter((c) => (idx.get(c.stage) ?? -1) >= at).length };
  });
}

/** Hires per source, most first. */
export function hiresBySource(candidates: readonly Pick<Candidate, 'stage' | 'source'>[]): { source: string; count: number }[] {
  const m = new Map<string, number>();
  for (const c of candidates) if (c.stage === 'Hired') m.set(c.source ?? 'Unknown', (m.get(c.source ?? 'Unknown') ?? 0) + 1);
  return [...m.entries()].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
}
