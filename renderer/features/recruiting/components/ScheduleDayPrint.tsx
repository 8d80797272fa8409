/** Print or save the interview schedule of one day. */
import { useState } from 'react';
import { today } from '../../../../shared/lib/dates';
import { useEmployees } from '../../people';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { usePositions } from '../hooks';
import { listInterviewsOnDay } from '../interviews';
import { printRequest, scheduleHtml } from '../print';
import { usePrintDocument, type PrintMode } from '../../../ui/printing';

export function ScheduleDayPrint() {
  const [day, setDay] = useState(today());
  const company = useCompanyProfile();
  const employees = useEmployees();
  const positions = usePositions();
  const printDocument = usePrintDocument();
  const go = (mode: PrintMode) => {
    void listInterviewsOnDay(day).then((items) => {
      const names = new Map((employees ?? []).map((e) => [e.id, e.name]));
      const pos = new Map((positions ?? []).map((p) => [p.id, p]));
      const title = `Interview schedule ${day}`;
      const html = scheduleHtml(day, items, pos, names, company);
      return printDocument(mode, printRequest(html, title, company), { what: title });
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
