/**
 * Staff requests end to end (issue 17.1) on an empty office: a copier added to the register; a
 * request typed by keyboard (requester, what, kind, urgency, where — Enter saves) numbered
 * REQ-0001; triaged in one step into a repair on the copier (the copier goes under repair, the
 * request shows the link); the request form printed and read back from the PDF; the request
 * on the Dashboard as a row that opens it; the repair marked done in Equipment; the request
 * then reads Done with its link, and leaves the open queue.
 */
import { test, expect } from './support/fixtures';
import { pdfText } from './support/pdf';
import { printToPdf } from './support/print';
import { lookPdf, lookShot } from './support/shots';

test('a request typed by keyboard, triaged into a repair, closes when the repair is done', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.goto('/');
  await app.startEmpty();

  // A piece of equipment to repair.
  await page.goto('/#/equipment/new');
  const newItem = page.getByRole('dialog', { name: 'New equipment' });
  await newItem.getByLabel('Name', { exact: true }).fill('Copier 2nd floor');
  await newItem.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('heading', { name: 'Copier 2nd floor', level: 1 })).toBeVisible();

  // The empty queue says what it is for.
  await app.openModule('Requests');
  await expect(page.getByRole('navigation', { name: 'Requests screens' }).getByRole('link', { name: 'Staff requests' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('region', { name: 'No requests yet' })).toBeVisible();
  await lookShot(page, 'requests-empty');

  // Typed by keyboard: the form opens in "Requested by"; Tab walks the fields; Enter saves.
  await page.getByRole('button', { name: 'New request' }).click();
  const form = page.getByRole('dialog', { name: 'New request' });
  await expect(form.getByRole('combobox', { name: 'Requested by' })).toBeFocused();
  await page.keyboard.type('Grace Park');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('What is needed')).toBeFocused();
  await page.keyboard.type('Printer jams on tray 2');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Kind')).toBeFocused();
  await page.keyboard.type('Repair');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Urgency')).toBeFocused();
  await page.keyboard.type('High');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Floor 2, by the kitchen');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();

  const detail = page.getByRole('dialog', { name: 'Request REQ-0001' });
  await expect(detail).toContainText('Printer jams on tray 2');
  await expect(detail.getByRole('definition').filter({ hasText: 'Grace Park' })).toBeVisible();
  await expect(detail).toContainText('Floor 2, by the kitchen');
  await expect(detail.locator('.req-status')).toHaveText('New');
  await expect(detail.locator('.req-urgency')).toHaveText('High');

  // Triage in one step into a repair on the copier (Repair is chosen for a repair request).
  await detail.getByRole('button', { name: 'Triage…' }).click();
  const triage = page.getByRole('dialog', { name: 'Triage REQ-0001' });
  await expect(triage.getByRole('radio', { name: 'Repair' })).toBeChecked();
  await expect(triage.getByRole('radio', { name: 'Repair' })).toBeFocused();
  // The copier's option carries the asset tag the register gave it.
  const copier = triage.getByRole('option', { name: /^Copier 2nd floor/ });
  await triage.getByLabel('Equipment').selectOption((await copier.getAttribute('value'))!);
  await triage.getByRole('button', { name: 'Triage', exact: true }).click();
  await expect(triage).toBeHidden();
  await expect(page.getByRole('status')).toContainText('REQ-0001 triaged into a repair');
  await expect(detail.locator('.req-status')).toHaveText('In progress');
  const link = detail.getByRole('link', { name: 'Repair: Copier 2nd floor' });
  await expect(link).toBeVisible();
  await expect(detail).toContainText('(Under repair)');
  await lookShot(page, 'request-triaged');

  // The filled request form, printed and read back.
  const pdf = testInfo.outputPath('request.pdf');
  await printToPdf(page, () => detail.getByRole('button', { name: 'Print form' }).click(), pdf);
  const text = await pdfText(pdf);
  for (const words of ['STAFF REQUEST', 'No. REQ-0001', 'Grace Park', 'Floor 2, by the kitchen', 'Printer jams on tray 2', 'In progress', 'Copier 2nd floor', '(Under repair)', 'FOR THE OFFICE', 'Page 1 of 1'])
    expect(text).toContain(words);
  await lookPdf(pdf, 'request-form');

  // In the queue: the open row with its link.
  await detail.getByRole('button', { name: 'Close' }).click();
  const grid = page.getByRole('grid', { name: 'Staff requests' }).or(page.getByRole('table', { name: 'Staff requests' }));
  const row = grid.getByRole('row').filter({ hasText: 'REQ-0001' });
  await expect(row).toContainText('Printer jams on tray 2');
  await expect(row).toContainText('Grace Park');
  await expect(row).toContainText('In progress');
  await expect(row.getByRole('link', { name: 'Repair: Copier 2nd floor' })).toBeVisible();
  await lookShot(page, 'requests-queue');

  // The Dashboard lists it; its row opens the request.
  await app.openModule('Dashboard');
  const card = page.getByRole('list', { name: 'Open staff requests' });
  await card.getByRole('link', { name: 'REQ-0001 · Printer jams on tray 2' }).click();
  await expect(detail).toBeVisible();

  // The link opens the copier; the repair is done there.
  await detail.getByRole('link', { name: 'Repair: Copier 2nd floor' }).click();
  await expect(page.getByRole('heading', { name: 'Copier 2nd floor', level: 1 })).toBeVisible();
  const repairs = page.getByRole('region', { name: 'Repairs', exact: true });
  const open = repairs.getByRole('listitem', { name: /^Open repair: Printer jams on tray 2/ });
  await expect(open).toContainText('by Grace Park');
  await open.getByRole('button', { name: 'Repair done…' }).click();
  const done = page.getByRole('dialog', { name: 'Repair done: Copier 2nd floor' });
  await done.getByRole('radio', { name: 'In house' }).check();
  await done.getByLabel('Fixed by (name)').fill('Tomas');
  await done.getByRole('button', { name: 'Save repair' }).click();
  await expect(done).toBeHidden();

  // Back on the request: Done, with its link, and no longer in the open queue.
  await page.goto('/#/requests');
  await expect(page.getByText('No open requests: everything asked has been dealt with.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('All');
  await expect(row).toContainText('Done');
  await row.getByRole('link', { name: 'REQ-0001' }).click();
  await expect(detail.locator('.req-status')).toHaveText('Done');
  await expect(detail.getByRole('link', { name: 'Repair: Copier 2nd floor' })).toBeVisible();
  await expect(detail).toContainText('(Repaired)');
  await expect(detail.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await lookShot(page, 'request-done');

  // The Dashboard has nothing open left.
  await detail.getByRole('button', { name: 'Close' }).click();
  await app.openModule('Dashboard');
  await expect(page.getByText('No open requests: everything staff asked for has been dealt with.')).toBeVisible();
});
