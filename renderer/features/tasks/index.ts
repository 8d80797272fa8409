/** Tasks feature: to-dos and errands. */
export * from './repository';
export * from './taskActions';
export * from './taskViews';
export * from './hooks';
export {
  taskSchema,
  taskDraftSchema,
  compareTasks,
  isTaskOpen,
  isTaskOverdue,
  TASK_KINDS,
  TASK_PRIORITIES,
  TASK_STATUSES,
  NO_DUE_KEY,
  type Task,
  type TaskDraft,
  type TaskPriority,
  type TaskStatus,
} from '../../../shared/domain/tasks';
export {
  nextTaskDue,
  taskRepeatRrule,
  readTaskRepeat,
  defaultTaskRepeat,
  TASK_REPEAT_KINDS,
  TASK_REPEAT_LABELS,
  type TaskRepeat,
  type TaskRepeatKind,
} from '../../../shared/domain/taskRecurrence';
