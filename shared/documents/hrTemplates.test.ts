import { describe, expect, it } from 'vitest';
import { fillPlaceholders, renderOfferLetterHtml, renderWarningLetterHtml, renderInterviewScheduleHtml } from './index';

const company = { name: 'Acme & Co', locale: 'en-GB' };

describe('recruiting and people printables', () => {
  it('fills placeholders by lookup only and keeps unknown ones visible', () => {
    expect(fillPlaceholders('Hi {{candidate.name}}, {{constructor}} {{ nope }}', { 'candidate.name': 'Ann' })).toBe('Hi Ann, {{constructor}} {{ nope }}');
    expect(fillPlaceholders('{{a}}', { a: '{{b}}', b: 'x' })).toBe('{{b}}');
  });

  it('escapes record text in the offer letter and leaves no script', () => {
    const html = renderOfferLetterHtml(
      { date: '2026-11-22', candidateName: '<script>alert(1)</script> Ann', positionTitle: 'Bookkeeper <b>', startDate: '2026-12-01', replyBy: '2026-11-29' },
      company,
    );
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Ann');
    expect(html).toContain('Bookkeeper &lt;b&gt;');
    expect(html).toContain('1 December 2026');
    expect(html).toContain('Acme &amp; Co');
  });

  it('prints the warning step and the schedule rows', () => {
    const w = renderWarningLetterHtml({ date: '2026-11-22', employeeName: 'Bo', step: 'written', recordDate: '2026-11-20', recordTitle: 'Lateness' }, company);
    expect(w).toContain('written warning');
    expect(w).toContain('Lateness');
    const s = renderInterviewScheduleHtml({ day: '2026-11-23', rows: [{ time: '10:00–11:00', candidate: 'Cy', position: 'Clerk', interviewers: 'Ann', place: 'Room 1' }] }, company);
    expect(s).toContain('<th');
    expect(s).toContain('Room 1');
  });
});
