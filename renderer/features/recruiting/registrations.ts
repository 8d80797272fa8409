/**
 * What recruiting contributes to the app's registries: its interviews in the diaries of the
 * interviewers and the room; its candidates as guests the event dialog can look up, and as callers (caller lookup).
 */
import { registerDiarySource } from '../../core/diaries';
import { registerGuestSource } from '../../core/guestDirectory';
import { registerPhoneSource } from '../../core/phoneDirectory';
import { interviewDiarySource } from './diarySource';
import { candidateGuestSource } from './guestSource';
import { candidatePhoneSource } from './phoneSource';

registerDiarySource(interviewDiarySource);
registerGuestSource(candidateGuestSource);
registerPhoneSource(candidatePhoneSource);
