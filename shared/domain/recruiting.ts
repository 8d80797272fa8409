/** Recruiting: open positions, candidates moving through stages, interviews. */
import { z } from 'zod';
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
};
export const positionSchema = z.object(positionShape);
export const positionDraftSchema = z.object(positionShape).omit(BASE_OMIT);
export type Position = z.infer<typeof positionSchema>;
export type PositionDraft = z.input<typeof positionDraftSchema>;

/** Pipeline stages in board order. */
export const CANDIDATE_STAGES = ['Applied', 'Screening', 'Interview', 'Offer', 'Hired', 'Rejected'] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

export const candidateShape = {
  ...baseRecordShape,
  name: requiredText('Name', 120),
  email: z.email({ error: 'Enter an email address like name@example.com' }),
  phone: optionalText('Phone', 40),
  positionId: idSchema.optional(),
  stage: z.enum(CANDIDATE_STAGES, { error: 'Stage is Applied, Screening, Interview, Offer, Hired or Rejected' }).default('Applied'),
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
};
export const candidateSchema = z.object(candidateShape);
/** `appliedDate` may be left out: the repository fills in today's date. */
export const candidateDraftSchema = z
  .object(candidateShape)
  .omit(BASE_OMIT)
  .extend({ appliedDate: isoDateSchema.optional() });
export type Candidate = z.infer<typeof candidateSchema>;
export type CandidateDraft = z.input<typeof candidateDraftSchema>;

export function isActiveStage(stage: CandidateStage): boolean {
  return stage !== 'Hired' && stage !== 'Rejected';
}

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
  interviewerIds: z.array(idSchema).default([]),
  outcome: z.enum(INTERVIEW_OUTCOMES).default('pending'),
  /** Confidential: the panel's assessment. */
  feedback: optionalText('Feedback', 10000),
};
const endAfterStart = (v: { start: string; end: string }) => Date.parse(v.end) >= Date.parse(v.start);
export const interviewSchema = z.object(interviewShape).refine(endAfterStart, { error: 'The interview ends before it starts', path: ['end'] });
export const interviewDraftSchema = z
  .object(interviewShape)
  .omit(BASE_OMIT)
  .refine(endAfterStart, { error: 'The interview ends before it starts', path: ['end'] });
export type Interview = z.infer<typeof interviewSchema>;
export type InterviewDraft = z.input<typeof interviewDraftSchema>;
