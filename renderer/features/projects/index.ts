/** Projects feature (issue 17.4): small projects with milestones, linked work, a budget line, a timeline and a status report. */
export * from './repository';
export * from './links';
export * from './hooks';
export {
  projectSchema,
  projectDraftSchema,
  projectProgress,
  projectHealth,
  projectSpend,
  PROJECT_STATUSES,
  PROJECT_STATUS_LABELS,
  PROJECT_HEALTH_LABELS,
  type Project,
  type ProjectDraft,
  type ProjectStatus,
  type ProjectHealth,
  type Milestone,
} from '../../../shared/domain/projects';
