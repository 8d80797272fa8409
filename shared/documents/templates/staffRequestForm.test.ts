import { describe, expect, it } from 'vitest';
import { renderStaffRequestFormHtml } from './staffRequestForm';

const company = { name: 'Harbor & Lane', locale: 'en-US' };
const options = {
  kinds: ['Supplies', 'Repair', 'IT', 'Facilities', 'Access', 'Purchase', 'Other'],
  urgencies: ['Low', 'Normal', 'High', 'Urgent'],
  triageKinds: ['Task', 'Repair', 'Purchase request', 'Answer'],
};
const ticked = (html: string) => [...html.matchAll(/<li class="srf-box srf-on"><span class="srf-tick">X<\/span>([^<]*)<\/li>/g)].map((m) => m[1]);

describe('staff request form (issue 17.1)', () => {
  it('prints a blank form with every box empty, on the paper asked for', () => {
    const html = renderStaffRequestFormHtml({ ...options, pageSize: 'Letter' }, company);
    expect(html).toContain('STAFF REQUEST');
    expect(html).toContain('No. __________');
    expect(html).toContain('Fill in this form and hand it to the office.');
    expect(html).toContain('FOR THE OFFICE');
    expect(ticked(html)).toEqual([]);
    for (const k of [...options.kinds, ...options.urgencies, ...options.triageKinds]) expect(html).toContain(`</span>${k}</li>`);
    expect(html).toContain('size: letter');
    expect(html).toContain('<title>Staff request form</title>');
  });

  it('prints a filled request with its boxes ticked, dates in the office format, every value escaped', () => {
    const html = renderStaffRequestFormHtml(
      {
        ...options,
        request: {
          number: 'REQ-0042',
          date: '2026-12-03',
          requester: 'Noah <Reed>',
          where: 'Floor 2 & kitchen',
          kind: 'Repair',
          urgency: 'High',
          what: 'Printer jams\n<script>alert(1)</script>',
          details: 'Tray "2" only',
          attachments: ['jam.jpg', "o'neil.pdf"],
          status: 'Done',
          triageKind: 'Repair',
          triageDetail: 'Repair of Copier (HL-0042)',
          closedOn: '2026-12-04',
          dueBy: '2026-12-05',
        },
      },
      company,
    );
    expect(html).toContain('No. REQ-0042');
    expect(html).toContain('Noah &lt;Reed&gt;');
    expect(html).toContain('Floor 2 &amp; kitchen');
    expect(html).toContain('Printer jams<br>&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Tray &quot;2&quot; only');
    expect(html).toContain('jam.jpg, o&#39;neil.pdf');
    expect(html).toContain('December 3, 2026');
    expect(html).toContain('December 4, 2026');
    expect(ticked(html)).toEqual(['Repair', 'High', 'Repair']);
    expect(html).toContain('Repair of Copier (HL-0042)');
    expect(html).not.toContain('Fill in this form');
    expect(html).toContain('size: A4');
  });

  it('prints the reason a declined request was declined', () => {
    const html = renderStaffRequestFormHtml(
      { ...options, request: { number: 'REQ-7', date: '2026-12-01', requester: 'Ben', kind: 'Other', urgency: 'Low', what: 'Parking', status: 'Declined', declineReason: 'No spaces <left>' } },
      company,
    );
    expect(html).toContain('Declined: No spaces &lt;left&gt;');
  });
});
