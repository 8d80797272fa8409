import { describe, expect, it } from 'vitest';
import { renderMessageSlipsHtml } from './messageSlips';

const company = { name: 'Harbor & Lane', locale: 'en-US' };

describe('message slips printout', () => {
  const html = renderMessageSlipsHtml(
    {
      date: '2026-11-24',
      pageSize: 'Letter',
      timeZone: 'America/New_York',
      slips: [
        {
          forName: 'Margaret <Chen>',
          takenAt: '2026-11-24T15:05:00.000Z',
          from: 'Olivia "Liv" Bennett',
          company: 'Acme & Sons',
          phone: '(207) 555-0195',
          subject: 'Invoice <42>',
          message: 'Line one\n<script>alert(1)</script>',
          takenBy: 'Front desk',
          boxes: ['telephoned', 'pleaseCall', 'urgent'],
        },
        { forName: 'Noah Reed', takenAt: '2026-11-24T19:30:00.000Z', from: 'Sam', boxes: ['telephoned', 'willCallAgain'] },
      ],
    },
    company,
  );

  it('prints each slip with its fields, times in the office zone', () => {
    expect(html.match(/WHILE YOU WERE OUT/g)).toHaveLength(2);
    expect(html).toContain('Margaret &lt;Chen&gt;');
    expect(html).toContain('Nov 24, 2026');
    expect(html).toContain('10:05 AM');
    expect(html).toContain('2:30 PM');
    expect(html).toContain('Acme &amp; Sons');
    expect(html).toContain('(207) 555-0195');
    expect(html).toContain('Re: Invoice &lt;42&gt;<br>Line one<br>&lt;script&gt;');
    expect(html).toContain('Tuesday, November 24, 2026 · 2 messages');
    expect(html).toContain('size: letter');
  });

  it('escapes every user value and carries no script', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<Chen>');
    expect(html).toContain('Olivia &quot;Liv&quot; Bennett');
  });

  it('ticks the chosen boxes only, with a cut line between slips', () => {
    const first = html.slice(html.indexOf('<section class="ms">'), html.indexOf('</section>'));
    expect(first).toContain('<li class="ms-box ms-on"><span class="ms-tick">X</span>Please call');
    expect(first).toContain('<li class="ms-box"><span class="ms-tick"></span>Will call again');
    expect(first).toContain('<li class="ms-box ms-on"><span class="ms-tick">X</span>Urgent');
    expect(html.match(/class="ms-cut"/g)).toHaveLength(1);
  });

  it('says when the day had no messages, on A4 by default', () => {
    const empty = renderMessageSlipsHtml({ date: '2026-11-25', slips: [] }, company);
    expect(empty).toContain('No messages were taken on this day.');
    expect(empty).toContain('size: A4');
  });
});
