/** Print or save the interview schedule of one day. */
import { useState } from 'react';
import { today } from '../../../../shared/lib/dates';
import { useEmployees } from '../../people';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useToast } from '../../../ui/Toast';
import { usePositions } from '../hooks';
import { listInterviewsOnDay } from '../repository';
import { scheduleHtml, sendToPrinter, type PrintMode } from '../print';

export function ScheduleDayPrint() {
  const [day, setDay] = useState(today());
  const company = useCompanyProfile();
  const employees = useEmployees();
  const positions = usePositions();
  const toast = useToast((s) => s.show);
  const go = (mode: PrintMode) => {
    void listInterviewsOnDay(day).then((items) => {
      const names = new Map((employees ?? []).map((e) => [e.id, e.name]));
      const pos = new Map((positions ?? []).map((p) => [p.id, p]));
      return sendToPrinter(mode, scheduleHtml(day, items, pos, names, company), `Interview schedule ${day}`, company).then((o) => {
        if (o.status === 'failed') toast(o.message);
      });
    });
  };
  return (
    <div role="group" aria-label="Interview schedule" style={{ display: 'flex', gap: 6, alignItems: 'end' }}>
      <label className="field">
        <span>Schedule for</span>
        <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </label>
      <button type="button" className="btn" onClick={() => go('print')}>
        Print schedule…
      </button>
      <button type="button" className="btn" onClick={() => go('pdf')}>
        Schedule as PDF…
      </button>
    </div>
  );
}
