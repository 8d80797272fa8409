/** Stub: being built (issue 13.10): print a day sheet for one diary or a week at a glance for several, A4 or Letter. */
import type { DiaryKey } from '../../../../shared/domain/calendar';

export interface CalendarPrintDialogProps {
  open: boolean;
  onClose: () => void;
  /** The day shown in the calendar ('YYYY-MM-DD', office zone). */
  date: string;
  /** The diaries selected in the calendar. */
  diaries: readonly DiaryKey[];
}

export function CalendarPrintDialog(props: CalendarPrintDialogProps) {
  void props;
  return null;
}
