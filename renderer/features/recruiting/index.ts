/** Recruiting feature. */
export * from './repository';
export * from './hooks';
export { countActiveCandidates } from './counts';
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
export {
  STAGES_SETTING_KEY,
  DEFAULT_STAGES,
  checkStageMove,
  employeeDraftFromCandidate,
  type StageConfig,
  type Scorecard,
  type TimelineEntry,
} from '../../../shared/domain/recruiting';
