/** What recruiting contributes to the app's registries: its interviews in the diaries of the interviewers and the room. */
import { registerDiarySource } from '../../core/diaries';
import { interviewDiarySource } from './diarySource';

registerDiarySource(interviewDiarySource);
