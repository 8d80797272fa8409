/**
 * What recruiting contributes to the app's registries: its interviews in the diaries of the
 * interviewers and the room; its candidates as guests the event dialog can look up.
 */
import { registerDiarySource } from '../../core/diaries';
import { registerGuestSource } from '../../core/guestDirectory';
import { interviewDiarySource } from './diarySource';
import { candidateGuestSource } from './guestSource';

registerDiarySource(interviewDiarySource);
registerGuestSource(candidateGuestSource);
