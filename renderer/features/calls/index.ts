/** Calls feature: the phone message log. */
export * from './repository';
export * from './hooks';
export {
  callSchema,
  callDraftSchema,
  CALL_DIRECTIONS,
  CALL_FOLLOW_UPS,
  CALL_STATUSES,
  type Call,
  type CallDraft,
  type CallStatus,
} from '../../../shared/domain/calls';
