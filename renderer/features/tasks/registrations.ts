/** What tasks contribute to the app's registries: open tasks due, in their assignees' diaries. */
import { registerDiarySource } from '../../core/diaries';
import { taskDiarySource } from './diarySource';

registerDiarySource(taskDiarySource);
