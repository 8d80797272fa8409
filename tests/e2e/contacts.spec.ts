/**
 * Contacts (issue 14.1, 14.2) in real Chromium, from an empty office: a contact typed in; a
 * phone's vCard export with a broken card and a repeat of that contact is previewed (the broken
 * card by its line and text, the repeat with whom it matches), imported without the broken card
 * only once the user agrees, the repeat merged; the list shows them; one is edited and saved
 * with Enter (leaving with unsaved notes asks first; Ctrl+S saves); the address book exported as vCard reads back with the same cards; Ctrl+K finds
 * a contact by the digits of its number.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parseVcards } from '../../shared/contacts';
import { expect, test } from './support/fixtures';

const SHOTS = process.env.BACKDESK_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** A phone's export (vCard 3.0, grouped labels, a folded note): a repeat of Olivia, a card with nothing to reach, two new people. */
const lines = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Bennett;Olivia;;;',
  'FN:Olivia Bennett',
  'ORG:CleanRight Janitorial;',
  'item1.TEL:+1 207-555-0101',
  'item1.X-ABLabel:_$!<Mobile>!$_',
  'EMAIL;TYPE=INTERNET,WORK:olivia@cleanright.example',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'NOTE:A card with no name\\, no number and no email',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ann Lee',
  'TEL;TYPE=CELL:(207) 555-0300',
  'EMAIL:ann.lee@example.com',
  'NOTE:Met at the Portland trade fair\\; prefers email. This note is long enough that the',
  '  phone folded it onto a second line.',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Sam Ortiz',
  'ORG:Harbor Property Management',
  'TEL;TYPE=WORK:207.555.0400',
  'END:VCARD',
];
const BROKEN_LINE = 10;
const VCF = lines.join('\r\n') + '\r\n';

test('imports a phone export with a broken card and a repeat, edits a contact, exports vCard, finds a number with Ctrl+K', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Contacts');
  const empty = page.getByRole('region', { name: 'No contacts yet' });
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('button', { name: 'Import vCard or CSV' })).toBeVisible();
  await shot(page, 'contacts-empty');

  // Olivia typed in by hand; Enter saves.
  await empty.getByRole('button', { name: 'Add the first contact' }).click();
  await expect(page.getByRole('heading', { name: 'New contact', level: 1 })).toBeVisible();
  await page.getByLabel('Name').fill('Olivia Bennett');
  await page.getByRole('textbox', { name: 'Phone 1' }).fill('(207) 555-0101');
  await page.getByRole('textbox', { name: 'Phone 1' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Olivia Bennett', level: 1 })).toBeVisible();

  // The preview: the broken card by its line and text, Olivia's repeat with whom it matches.
  await page.goto('/#/contacts/import');
  await expect(page.getByRole('heading', { name: 'Import contacts', level: 1 })).toBeVisible();
  // Several files dropped at once: the first is read, the others are named as not read.
  const dropped = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dropped First\r\nEND:VCARD\r\n'], 'first.vcf', { type: 'text/vcard' }));
    dt.items.add(new File(['BEGIN:VCARD\r\nFN:Two\r\nEND:VCARD\r\n'], 'second.vcf', { type: 'text/vcard' }));
    dt.items.add(new File(['BEGIN:VCARD\r\nFN:Three\r\nEND:VCARD\r\n'], 'third.vcf', { type: 'text/vcard' }));
    return dt;
  });
  await page.getByRole('button', { name: /^Choose a contacts file/ }).dispatchEvent('drop', { dataTransfer: dropped });
  const notRead = page.getByRole('alert').filter({ hasText: 'One file at a time' });
  await expect(notRead).toHaveText('One file at a time: second.vcf and third.vcf were not read. Import them after first.vcf.');
  await expect(page.getByRole('table', { name: 'Cards in the file' })).toContainText('Dropped First');
  await shot(page, 'contacts-import-several-dropped');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose another file (now first.vcf)' }).click();
  await (await chooser).setFiles({ name: 'iphone-export.vcf', mimeType: 'text/vcard', buffer: Buffer.from(VCF, 'utf8') });
  const problems = page.getByRole('list', { name: 'Problems in the file' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(notRead).toHaveCount(0);
  await expect(problems.getByRole('listitem')).toContainText(`Line ${BROKEN_LINE}:`);
  await expect(problems.getByRole('listitem')).toContainText('BEGIN:VCARD');
  const table = page.getByRole('table', { name: 'Cards in the file' });
  await expect(table.getByRole('row')).toHaveCount(4);
  const olivia = table.getByRole('row').filter({ hasText: 'CleanRight Janitorial' });
  await expect(olivia).toContainText('Olivia Bennett (Contact; same phone (207) 555-0101)');
  await expect(olivia.getByRole('combobox', { name: 'What to do with Olivia Bennett' })).toHaveValue('merge');
  await expect(table.getByRole('row').filter({ hasText: 'Ann Lee' })).toContainText('New');
  const importButton = page.getByRole('button', { name: 'Import 3 contacts' });
  await expect(importButton).toBeDisabled();
  await shot(page, 'contacts-import-preview');
  await page.setViewportSize({ width: 1024, height: 768 });
  if (SHOTS) {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await shot(page, 'contacts-import-preview-1024-dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  }
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.getByRole('checkbox', { name: /Import the other cards and leave this one out/ }).check();
  await importButton.click();
  await expect(page.getByRole('region', { name: 'Import result' }).getByRole('status')).toHaveText(
    '2 new contacts, 1 merged into an existing contact; 1 card could not be read and was left out.',
  );

  // The list: three contacts (Olivia once), her main phone as the office reads it.
  await page.getByRole('button', { name: 'Open contacts' }).click();
  const grid = page.getByRole('table', { name: 'Contacts' });
  await expect(grid.locator('tbody tr[aria-rowindex]')).toHaveCount(3);
  await expect(grid.locator('tbody tr').filter({ hasText: 'Olivia Bennett' })).toContainText('(207) 555-0101');
  await expect(grid.locator('tbody tr').filter({ hasText: 'Sam Ortiz' })).toContainText('Harbor Property Management');
  await shot(page, 'contacts-list');

  // Sam edited: a title and a second phone; Enter saves.
  await grid.getByRole('link', { name: 'Sam Ortiz' }).click();
  await expect(page.getByRole('heading', { name: 'Sam Ortiz', level: 1 })).toBeVisible();
  await page.getByLabel('Job title').fill('Facilities manager');
  await page.getByRole('button', { name: 'Add a phone' }).click();
  await page.getByRole('textbox', { name: 'Phone 2' }).fill('207 555 0401');
  await page.getByRole('combobox', { name: 'Kind of phone 2' }).selectOption('mobile');
  await page.getByLabel('Job title').press('Enter');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Calls', level: 2 })).toBeVisible();
  await shot(page, 'contact-page');
  // Nothing typed is lost by leaving: the page asks; Ctrl+S saves.
  await page.getByLabel('Notes').fill('Gate code 4412');
  await page.getByRole('button', { name: 'Back to contacts' }).click();
  const ask = page.getByRole('dialog', { name: 'Discard what you typed?' });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByLabel('Notes')).toHaveValue('Gate code 4412');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByRole('button', { name: 'Back to contacts' }).click();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();

  // Export: the downloaded file reads back with the same three cards.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export vCard' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
  const back = parseVcards(await readFile((await file.path())!, 'utf8'));
  expect(back.errors).toEqual([]);
  const byName = new Map(back.contacts.map((c) => [c.name, c]));
  expect([...byName.keys()].sort()).toEqual(['Ann Lee', 'Olivia Bennett', 'Sam Ortiz']);
  expect(byName.get('Olivia Bennett')).toMatchObject({ organization: 'CleanRight Janitorial', emails: ['olivia@cleanright.example'], phones: [{ number: '(207) 555-0101', kind: 'mobile' }] });
  expect(byName.get('Sam Ortiz')).toMatchObject({
    title: 'Facilities manager',
    notes: 'Gate code 4412',
    phones: [
      { number: '207.555.0400', kind: 'work' },
      { number: '207 555 0401', kind: 'mobile' },
    ],
  });
  expect(byName.get('Ann Lee')!.notes).toBe('Met at the Portland trade fair; prefers email. This note is long enough that the phone folded it onto a second line.');

  // Ctrl+K: the digits of Ann's number, however written, find her.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Search everything' }).fill('2075550300');
  // The number's match comes first; the name search may list her again below it.
  await expect(palette.getByRole('option', { name: /Ann Lee/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ann Lee', level: 1 })).toBeVisible();

  // An Outlook CSV chosen on the same chooser goes to the spreadsheet import, read at once.
  await page.goto('/#/contacts/import');
  const csvChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose a contacts file/ }).click();
  await (await csvChooser).setFiles({
    name: 'outlook-contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('"First Name","Last Name","Company","Mobile Phone","E-mail Address"\r\n"Kim","Park","Harbor Legal","(207) 555-0700","kim@harbor.example"\r\n', 'utf8'),
  });
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await page.getByRole('button', { name: 'Check rows' }).click();
  await page.getByRole('button', { name: 'Import 1 valid row' }).click();
  const finished = page.getByRole('region', { name: 'Import finished' });
  await expect(finished.getByRole('definition').first()).toHaveText('1');
  await finished.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1, exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: /contacts/i }).getByText('Kim Park')).toBeVisible();
});
