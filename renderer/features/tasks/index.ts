/** Tasks feature: to-dos and errands. */
export * from './repository';
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
  type Task,
  type TaskDraft,
  type TaskPriority,
  type TaskStatus,
} from '../../../shared/domain/tasks';
