/** Recruiting feature. */
export * from './repository';
export * from './hooks';
export {
  positionSchema,
  positionDraftSchema,
  candidateSchema,
  candidateDraftSchema,
  interviewSchema,
  interviewDraftSchema,
  CANDIDATE_STAGES,
  POSITION_STATUSES,
  isActiveStage,
  type Position,
  type PositionDraft,
  type Candidate,
  type CandidateDraft,
  type CandidateStage,
  type Interview,
  type InterviewDraft,
} from '../../../shared/domain/recruiting';
