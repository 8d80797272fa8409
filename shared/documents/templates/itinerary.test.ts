import { describe, expect, it } from 'vitest';
import { renderItineraryHtml, type ItineraryInput } from './itinerary';

const company = { name: 'Acme <Ltd>', locale: 'en-GB', currency: 'GBP', address: '1 High St' };
const input: ItineraryInput = {
  preparedOn: '2026-10-20',
  traveller: 'Dana <Director>',
  purpose: 'Client visit & review',
  destination: 'New York',
  startDate: '2026-11-02',
  endDate: '2026-11-05',
  status: 'Booked',
  legs: [
    {
      kind: 'hotel',
      title: 'Hotel The Langham',
      carrier: 'The Langham <NY>',
      from: '400 Fifth Avenue, New York, NY 10018',
      start: '2026-11-02T15:00',
      startTimeZone: 'America/New_York',
      end: '2026-11-05T11:00',
      endTimeZone: 'America/New_York',
      confirmation: 'LNG-88',
      costCents: 120000,
    },
    {
      kind: 'flight',
      title: 'Flight BA117 London Heathrow → New York JFK',
      carrier: 'British Airways',
      number: 'BA117',
      from: 'London Heathrow',
      to: 'New York JFK',
      start: '2026-11-02T10:30',
      startTimeZone: 'Europe/London',
      end: '2026-11-02T13:25',
      endTimeZone: 'America/New_York',
      confirmation: 'X7PQ2L',
      costCents: 64000,
      notes: 'Seat <script>alert(1)</script> 12A',
    },
    {
      kind: 'flight',
      title: 'Flight BA112 New York JFK → London Heathrow',
      carrier: 'British Airways',
      number: 'BA112',
      from: 'New York JFK',
      to: 'London Heathrow',
      start: '2026-11-05T18:00',
      startTimeZone: 'America/New_York',
      end: '2026-11-06T06:30',
      endTimeZone: 'Europe/London',
      confirmation: 'X7PQ2L',
      costCents: 58000,
    },
  ],
};

/** The page's text without tags, spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<style[^]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

describe('itinerary printout', () => {
  it('lists each day with its legs at local times in their own zones, under the letterhead, escaped', () => {
    const html = renderItineraryHtml(input, company);
    expect(html).not.toMatch(/<script>|<Director>|<NY>|<Ltd>/);
    expect(html).toContain('Dana &lt;Director&gt;');
    expect(html).toContain('Acme &lt;Ltd&gt;');
    expect(html).toContain('letterhead');
    const words = text(html);
    expect(words).toContain('Itinerary: Client visit & review');
    expect(words).toContain('Traveller Dana <Director>');
    expect(words).toContain('Dates 2 November 2026 – 5 November 2026');
    // Every day of the trip, and the morning the return flight lands.
    const days = ['Monday, 2 November 2026', 'Tuesday, 3 November 2026', 'Wednesday, 4 November 2026', 'Thursday, 5 November 2026', 'Friday, 6 November 2026'];
    let at = -1;
    for (const d of days) {
      const i = words.indexOf(d);
      expect(i, d).toBeGreaterThan(at);
      at = i;
    }
    expect(words).toContain('10:30 London (GMT) → 13:25 New York (GMT-5) Flight BA117 London Heathrow → New York JFK British Airways Confirmation X7PQ2L');
    expect(words).toContain('18:00 New York (GMT-5) → 06:30 London (GMT), Fri 6 Nov Flight BA112');
    // The flight comes before the hotel check-in on the 2nd.
    expect(words.indexOf('Flight BA117')).toBeLessThan(words.indexOf('Check in 15:00 New York (GMT-5) Hotel: The Langham <NY>'));
    expect(words).toContain('400 Fifth Avenue, New York, NY 10018');
    expect(words).toContain('Confirmation LNG-88');
    expect(words).toContain('Overnight Staying at The Langham <NY>');
    expect(words).toContain('Check out 11:00 New York (GMT-5) Hotel: The Langham <NY>');
    expect(words).toContain('Friday, 6 November 2026 Local time and booking Arrive 06:30 London (GMT) Flight BA112');
    expect(words).toContain('Seat <script>alert(1)</script> 12A');
    // Costs only when asked.
    expect(words).not.toContain('£640.00');
  });

  it('prints costs and estimate vs actual when asked; US locale writes 12-hour times; Letter paper', () => {
    const html = renderItineraryHtml({ ...input, showCosts: true, estimateCents: 250000, actualCents: 231500, pageSize: 'Letter' }, { ...company, locale: 'en-US', currency: 'USD' });
    const words = text(html);
    expect(words).toContain('$640.00');
    expect(words).toContain('Bookings $2,420.00');
    expect(words).toContain('Estimate $2,500.00');
    expect(words).toContain('Actual (expenses) $2,315.00');
    expect(words).toMatch(/10:30\s?AM London \(GMT\) → 1:25\s?PM New York \(GMT-5\)/);
    expect(html).toMatch(/size:\s*(letter|8\.5in 11in)/i);
  });

  it('says so when nothing is booked; a day without legs says "Nothing booked."', () => {
    const words = text(renderItineraryHtml({ ...input, legs: [] }, company));
    expect(words).toContain('No travel or hotel booked yet.');
    expect(words.match(/Nothing booked\./g)).toHaveLength(4);
  });
});
