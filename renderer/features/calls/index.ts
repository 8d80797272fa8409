/** Calls feature: the phone message log. */
export * from './repository';
export * from './hooks';
export * from './logCall';
export * from './callBackTask';
export * from './lists';
export * from './callerCard';
export * from './labels';
export * from './badges';
export * from './slips';
export { openCallForm, type CallFormPrefill } from './store';
export {
  callSchema,
  callDraftSchema,
  isOpenMessage,
  isStaleMessage,
  CALL_DIRECTIONS,
  CALL_FOLLOW_UPS,
  CALL_OUTCOMES,
  CALL_STATUSES,
  STALE_MESSAGE_MS,
  type Call,
  type CallDraft,
  type CallFollowUp,
  type CallOutcome,
  type CallStatus,
} from '../../../shared/domain/calls';
