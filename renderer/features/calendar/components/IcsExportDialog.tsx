/** Stub: being built (issue 13.9): export one diary, a date range, or one event as .ics. */
import type { DiaryKey } from '../../../../shared/domain/calendar';

export interface IcsExportDialogProps {
  open: boolean;
  onClose: () => void;
  /** Diaries offered (the ones selected in the calendar first). */
  diaries: readonly DiaryKey[];
  /** Range offered by default: what the calendar shows ('YYYY-MM-DD', end exclusive). */
  from: string;
  to: string;
  /** Export just this event (its whole series). */
  eventId?: string | undefined;
}

export function IcsExportDialog(props: IcsExportDialogProps) {
  void props;
  return null;
}
