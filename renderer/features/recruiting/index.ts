/** Recruiting feature. */
export * from './repository';
export * from './pipeline';
export * from './candidateFiles';
export * from './interviews';
export * from './privacy';
export * from './importCandidates';
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
