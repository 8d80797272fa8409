/**
 * Travel (issue 13.8) in real Chromium: a trip made through the screens — a London → New York
 * flight whose times stay in their own zones (a landing "before" take-off in instants is
 * refused), a hotel with its address, the overnight flight home — a ticket attached, an
 * expense added against the estimate, the itinerary printed and read back as PDF text (each
 * day with local times and zones, the hotel address, the confirmation codes), and the trip in
 * the list of upcoming trips filtered by traveller.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { pdfInfo, pdfText, pdfToPng } from './support/pdf';
import { printToPdf } from './support/print';

const SHOTS = process.env.BACKDESK_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

interface LegInput {
  kind: 'Flight' | 'Hotel';
  carrier: string;
  number?: string;
  from: string;
  to?: string;
  start: string;
  startZone: string;
  end: string;
  endZone?: string;
  confirmation: string;
  cost: string;
}

async function fillLeg(form: Locator, leg: LegInput): Promise<void> {
  await form.getByLabel('Kind').selectOption({ label: leg.kind });
  const hotel = leg.kind === 'Hotel';
  await form.getByLabel(hotel ? 'Hotel name' : 'Airline').fill(leg.carrier);
  if (leg.number) await form.getByLabel('Flight number').fill(leg.number);
  await form.getByLabel(hotel ? 'Address' : 'From', { exact: true }).fill(leg.from);
  if (leg.to) await form.getByLabel('To', { exact: true }).fill(leg.to);
  await form.getByLabel(hotel ? 'Check-in' : 'Departs', { exact: true }).fill(leg.start);
  await form.getByLabel(hotel ? 'Time zone' : 'Departs: time zone').fill(leg.startZone);
  await form.getByLabel(hotel ? 'Check-out' : 'Arrives', { exact: true }).fill(leg.end);
  if (leg.endZone) await form.getByLabel('Arrives: time zone').fill(leg.endZone);
  await form.getByLabel('Confirmation code').fill(leg.confirmation);
  await form.getByLabel(/^Cost/).fill(leg.cost);
}

test('plans a trip with legs in their own zones, a ticket and an expense, prints the itinerary, lists it and shows it in the diary', async ({ app, page }, testInfo) => {
  // The app's "today" is the Thursday before the trip (timers keep running), so the trip is
  // upcoming and the calendar's next week is the trip's.
  await page.clock.setFixedTime(new Date('2030-01-10T09:00:00Z'));
  await app.goto('/');
  await app.startEmpty();

  // The traveller, in People.
  await app.openModule('People');
  await page.getByRole('button', { name: 'New employee' }).click();
  const newEmp = page.getByRole('dialog', { name: 'New employee' });
  await newEmp.getByLabel('Name').fill('Dana Director');
  await newEmp.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByRole('heading', { name: 'Dana Director', level: 2 })).toBeVisible();

  // No trips yet: the empty state offers the first one.
  await app.goto('/#/calendar/trips');
  await expect(page.getByRole('heading', { name: 'No trips yet' })).toBeVisible();
  await shot(page, 'trips-empty');
  await page.getByRole('link', { name: 'New trip' }).click();
  await expect(page.getByRole('heading', { name: 'New trip', level: 1 })).toBeVisible();
  const details = page.getByRole('form', { name: 'Trip details' });
  await details.getByLabel('Traveller').selectOption({ label: 'Dana Director' });
  await details.getByLabel('Purpose').fill('Client visit <Acme & Co>');
  await details.getByLabel('Destination').fill('New York');
  await details.getByLabel('First day').fill('2030-01-14');
  await details.getByLabel('Last day').fill('2030-01-18');
  await details.getByLabel('Status').selectOption({ label: 'Booked' });
  // Leaving with the form filled in asks first; Keep editing keeps what was typed.
  const nav = page.getByRole('navigation', { name: 'Modules' });
  const discard = page.getByRole('dialog', { name: 'Discard what you typed?' });
  await nav.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(discard.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(discard).toBeHidden();
  await expect(page).toHaveURL(/#\/calendar\/trips\/new$/);
  await expect(details.getByLabel('Purpose')).toHaveValue('Client visit <Acme & Co>');
  await details.getByRole('button', { name: 'Create trip' }).click();
  await expect(page.getByRole('heading', { name: 'Client visit <Acme & Co>', level: 1 })).toBeVisible();
  await expect(page.getByText('No legs yet')).toBeVisible();
  // Created and saved: moving on did not ask. A changed detail asks; Discard leaves it unsaved.
  await expect(discard).toBeHidden();
  await details.getByLabel('Destination').fill('Boston');
  await page.getByRole('link', { name: 'Trips', exact: true }).click();
  await discard.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { name: 'Trips', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(details.getByLabel('Destination')).toHaveValue('New York');

  // The flight out: an arrival at 05:00 New York time is 10:00 London time, before take-off.
  await page.getByRole('button', { name: 'Add leg' }).click();
  let form = page.getByRole('form', { name: 'New leg' });
  await fillLeg(form, {
    kind: 'Flight',
    carrier: 'British Airways',
    number: 'BA117',
    from: 'London Heathrow',
    to: 'New York JFK',
    start: '2030-01-14T10:30',
    startZone: 'Europe/London',
    end: '2030-01-14T05:00',
    endZone: 'America/New_York',
    confirmation: 'X7PQ2L',
    cost: '640',
  });
  await form.getByLabel(/^Cost/).press('Enter');
  await expect(form.getByRole('alert')).toContainText('The leg ends before it starts');
  await shot(page, 'leg-form');
  await form.getByLabel('Arrives', { exact: true }).fill('2030-01-14T13:25');
  await form.getByLabel(/^Cost/).press('Enter');
  await expect(form).toBeHidden();
  const legs = page.getByRole('list', { name: 'Legs' });
  const out = legs.getByRole('listitem', { name: 'Flight BA117 London Heathrow → New York JFK' });
  await expect(out).toContainText(/10:30\s?AM London \(GMT\) → 1:25\s?PM New York \(GMT-5\)/);

  // The hotel (one zone) and the overnight flight home, added from the keyboard.
  await page.getByRole('button', { name: 'Add leg' }).click();
  form = page.getByRole('form', { name: 'New leg' });
  await fillLeg(form, {
    kind: 'Hotel',
    carrier: 'The Langham',
    from: '400 Fifth Avenue, New York, NY 10018',
    start: '2030-01-14T15:00',
    startZone: 'America/New_York',
    end: '2030-01-17T11:00',
    confirmation: 'LNG-88',
    cost: '1,200.00',
  });
  await form.getByLabel('Confirmation code').press('Enter');
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: 'Add leg' }).click();
  form = page.getByRole('form', { name: 'New leg' });
  await fillLeg(form, {
    kind: 'Flight',
    carrier: 'British Airways',
    number: 'BA112',
    from: 'New York JFK',
    to: 'London Heathrow',
    start: '2030-01-17T18:00',
    startZone: 'America/New_York',
    end: '2030-01-18T06:30',
    endZone: 'Europe/London',
    confirmation: 'X7PQ2L',
    cost: '580',
  });
  await form.getByLabel(/^Cost/).press('Enter');
  await expect(form).toBeHidden();
  await expect(legs.getByRole('listitem')).toHaveText([/Flight BA117/, /Hotel The Langham/, /Flight BA112/]);
  // A leg being typed asks too, whatever way one leaves (here Back).
  await page.getByRole('button', { name: 'Add leg' }).click();
  await page.getByRole('form', { name: 'New leg' }).getByLabel('Airline').fill('Virgin');
  await page.evaluate(() => window.history.back());
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByRole('form', { name: 'New leg' }).getByLabel('Airline')).toHaveValue('Virgin');
  await page.getByRole('form', { name: 'New leg' }).getByRole('button', { name: 'Cancel' }).click();
  // Escape closes an opened leg form without saving.
  await page.getByRole('button', { name: 'Add leg' }).click();
  await page.getByRole('form', { name: 'New leg' }).getByLabel('Kind').press('Escape');
  await expect(page.getByRole('form', { name: 'New leg' })).toBeHidden();

  // A ticket attached.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach files…' }).click();
  await (await chooser).setFiles({ name: 'BA117 e-ticket.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% ticket\n') });
  await expect(page.getByRole('list', { name: 'Documents' }).getByText('BA117 e-ticket.pdf')).toBeVisible();

  // Estimate (the legs' costs) against the actual (expenses).
  await expect(page.getByTestId('trip-estimate')).toHaveText('$2,420.00');
  await expect(page.getByTestId('trip-actual')).toHaveText('$0.00');
  await page.getByRole('button', { name: 'Add expense' }).click();
  const exp = page.getByRole('form', { name: 'New expense' });
  await exp.getByLabel('Date').fill('2030-01-14');
  await exp.getByLabel('Description').fill('Taxi JFK to hotel');
  await exp.getByLabel(/^Amount/).fill('85.50');
  await exp.getByLabel(/^Amount/).press('Enter');
  await expect(page.getByRole('table', { name: 'Linked expenses' })).toContainText('Taxi JFK to hotel');
  await expect(page.getByTestId('trip-actual')).toHaveText('$85.50');
  await expect(page.getByText('Under the estimate')).toBeVisible();
  await expect(page.getByTestId('trip-difference')).toHaveText('$2,334.50');
  // Unlinked, it is offered again first (the traveller's, around the trip), with who spent it;
  // the search finds it among every expense.
  await page.getByRole('button', { name: 'Unlink Taxi JFK to hotel' }).click();
  const offered = page.getByRole('table', { name: 'Expenses to link' });
  await expect(offered.getByRole('row').nth(1)).toContainText(/Taxi JFK to hotel.*\$85\.50.*Dana Director/);
  await page.getByLabel('Find an expense').fill('no such thing');
  await expect(page.getByText('No expense matches “no such thing”.')).toBeVisible();
  await page.getByLabel('Find an expense').fill('dana taxi');
  await offered.getByRole('button', { name: 'Link Taxi JFK to hotel' }).click();
  await expect(page.getByTestId('trip-actual')).toHaveText('$85.50');
  await expect(page.getByLabel('Find an expense')).toHaveValue('');
  if (SHOTS) {
    // The page at the app's usual widths, top and bottom, light and dark.
    for (const [width, theme] of [[1366, 'light'], [1024, 'light'], [1366, 'dark']] as const) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Dark theme' }).click();
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
      await shot(page, `trip-top-${width}-${theme}`);
      await page.getByRole('button', { name: 'Print itinerary' }).scrollIntoViewIfNeeded();
      await shot(page, `trip-bottom-${width}-${theme}`);
    }
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  // The itinerary on A4, with costs.
  await page.getByLabel('Paper').selectOption('A4');
  await page.getByLabel('Include costs').check();
  const pdfPath = testInfo.outputPath('itinerary.pdf');
  await printToPdf(page, () => page.getByRole('button', { name: 'Print itinerary' }).click(), pdfPath);
  const info = await pdfInfo(pdfPath);
  expect(info.pageSize).toContain('(A4)');
  const text = (await pdfText(pdfPath)).replace(/[ \t]+/g, ' ');
  for (const expected of [
    'Itinerary: Client visit <Acme & Co>',
    'Dana Director',
    'Monday, January 14, 2030',
    'Tuesday, January 15, 2030',
    'Friday, January 18, 2030',
    'London (GMT) → 1:25 PM New York (GMT-5)',
    'Flight BA117 London Heathrow → New York JFK',
    '400 Fifth Avenue, New York, NY 10018',
    'X7PQ2L',
    'LNG-88',
    'Overnight',
    'Arrive 6:30 AM London (GMT)',
    '$2,420.00',
    '$85.50',
  ])
    expect(text).toContain(expected);
  if (SHOTS) {
    for (const png of await pdfToPng(pdfPath, path.join(SHOTS, 'itinerary'))) testInfo.annotations.push({ type: 'png', description: png });
    await writeFile(path.join(SHOTS, 'itinerary.txt'), text);
  }

  // The list: upcoming, filtered by traveller.
  await page.getByRole('link', { name: 'Trips' }).click();
  const upcoming = page.getByRole('table', { name: 'Upcoming trips' });
  await expect(upcoming.getByRole('row').filter({ hasText: 'Client visit <Acme & Co>' })).toContainText('Dana Director');
  await page.getByLabel('Traveller').selectOption({ label: 'Dana Director' });
  await expect(upcoming.getByRole('row')).toHaveCount(2);
  await expect(page.getByText('No past trips for this traveller.')).toBeVisible();
  await shot(page, 'trips-list');

  // The traveller's diary: the legs as busy entries in the trip's week, the trip across its days.
  await page.getByRole('link', { name: 'Calendar' }).first().click();
  await page.getByRole('navigation', { name: 'Diaries' }).getByRole('checkbox', { name: 'Dana Director' }).check();
  await page.getByRole('button', { name: 'Next week' }).click();
  const view = page.getByRole('region', { name: 'Diary view' });
  await expect(view.getByText('Flight BA117 London Heathrow → New York JFK').first()).toBeVisible();
  await expect(view.getByText('Trip: Client visit <Acme & Co>').first()).toBeVisible();
  await shot(page, 'calendar-week');
});
