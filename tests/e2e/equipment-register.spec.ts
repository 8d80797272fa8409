/**
 * The equipment register end to end (issue 12.1, and the Ctrl+K tag lookup of 12.8): the empty
 * office's register; an item added with the suggested tag BD-0001; a second item with the same
 * tag refused with a sentence naming the first, nothing typed lost; an edit; the list's search
 * and the CSV export of what it shows; retiring with a reason (refused without one); the
 * status route's visible, removable filter; a tag typed in lower case in Ctrl+K, then Enter at
 * once as a barcode scanner does, opens the item. Screenshots at 1024/1366/1920, light and dark.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

const SHOTS = process.env.BACKDESK_SHOTS_DIR;
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function openEmptyRegister(app: { goto(r?: string): Promise<unknown>; startEmpty(): Promise<void>; openModule(n: string): Promise<void> }) {
  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Equipment');
}

function newItemDialog(page: Page) {
  return page.getByRole('dialog', { name: 'New equipment' });
}

test('register: add with the suggested tag, refuse a duplicate, edit, search and export, retire, status filter, Ctrl+K', async ({ app, page }) => {
  await openEmptyRegister(app);
  await expect(page.getByRole('region', { name: 'No equipment yet' })).toBeVisible();

  // The first item takes the suggested tag.
  await page.getByRole('button', { name: 'New item' }).click();
  const form = newItemDialog(page);
  await expect(form.getByLabel('Name')).toBeFocused();
  await expect(form.getByLabel('Asset tag')).toHaveValue('BD-0001');
  await form.getByLabel('Name').fill('Office copier');
  await form.getByLabel('Category').selectOption('Copier/printer');
  await form.getByLabel('Manufacturer').fill('Canon');
  await form.getByLabel('Model').fill('iR 2625');
  await form.getByLabel('Serial number').fill('XKD-55120');
  await form.getByLabel('Location').fill('Print room');
  await form.getByLabel('Purchase date').fill('2023-03-15');
  await form.getByLabel('Purchase cost (USD)').fill('2,450.00');
  await form.getByLabel('Warranty ends').fill('2024-03-15');
  await form.getByLabel('Expected life (months)').fill('60');
  await form.getByLabel('Notes').fill('Service contract with the dealer.');
  await form.getByLabel('Name').press('Enter');
  await expect(page.getByRole('heading', { name: 'Office copier', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Asset tag BD-0001')).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Canon');
  await expect(details).toContainText('$2,450.00');
  await expect(details).toContainText('Expired Mar 15, 2024');
  await expect(details).toContainText('60 months, until Mar 15, 2028');

  // A second item with the same tag (typed in lower case) is refused, naming the first.
  await page.getByRole('link', { name: 'Equipment', exact: true }).first().click();
  await page.getByRole('button', { name: 'New item' }).click();
  await expect(form.getByLabel('Asset tag')).toHaveValue('BD-0002');
  await form.getByLabel('Name').fill('Laptop for Grace');
  await form.getByLabel('Asset tag').fill('bd-0001');
  await form.getByLabel('Location').fill('Desk 3');
  await form.getByRole('button', { name: 'Add to register' }).click();
  await expect(form.getByRole('alert')).toHaveText('The asset tag BD-0001 is already on "Office copier". Choose another tag.');
  await expect(form.getByLabel('Name')).toHaveValue('Laptop for Grace');
  await expect(form.getByLabel('Location')).toHaveValue('Desk 3');
  await form.getByLabel('Asset tag').fill('BD-0002');
  await form.getByLabel('Category').selectOption('Computer');
  await form.getByLabel('Manufacturer').fill('Lenovo');
  await form.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('heading', { name: 'Laptop for Grace', level: 1 })).toBeVisible();

  // Edit.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Laptop for Grace' });
  await edit.getByLabel('Location').fill('Desk 4');
  await edit.getByLabel('Bookable (can be reserved)').check();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(details).toContainText('Desk 4');
  await expect(details).toContainText('Yes, can be reserved');

  // The list: search, then the CSV export holds exactly what is shown.
  await page.getByRole('link', { name: 'Equipment', exact: true }).first().click();
  const grid = page.getByRole('table', { name: 'Equipment register' });
  const rows = grid.locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search equipment register' }).fill('canon');
  await expect(rows).toHaveCount(1);
  await expect(grid).toContainText('Office copier');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('equipment-register.csv');
  const lines = (await readFile(await file.path())).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0]).toBe('Asset tag,Name,Category,Location,Status,With,Due back');
  expect(lines.slice(1)).toEqual(['BD-0001,Office copier,Copier/printer,Print room,In use,,']);
  // Another column chosen from the Columns menu goes into the export too.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: 'Manufacturer' }).check();
  await page.getByRole('button', { name: 'Columns' }).click();
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const header = (await readFile(await (await again).path())).toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0];
  expect(header).toBe('Asset tag,Name,Category,Manufacturer,Location,Status,With,Due back');

  // Rows open from the keyboard: ↓ from the search box, Enter.
  await page.getByRole('searchbox', { name: 'Search equipment register' }).press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Office copier', level: 1 })).toBeVisible();

  // Retire: the reason is required; then the item says when and why.
  await page.getByRole('button', { name: 'Retire or dispose…' }).click();
  const retire = page.getByRole('dialog', { name: 'Retire or dispose of Office copier' });
  await expect(retire.getByLabel('Reason')).toBeFocused();
  await retire.getByLabel('Date').fill('2026-02-27');
  await retire.getByRole('button', { name: 'Retire' }).click();
  await expect(retire.getByRole('alert')).toHaveText('Enter why the item was retired.');
  await retire.getByLabel('Reason').fill('Replaced by a faster model');
  await retire.getByLabel('Reason').press('Enter');
  await expect(retire).toBeHidden();
  await expect(page.getByRole('note')).toHaveText('Retired on Feb 27, 2026: Replaced by a faster model');
  await expect(page.getByRole('button', { name: 'Return to service' })).toBeVisible();

  // The status route filters the register, visibly, and the filter can be removed.
  await app.goto('/#/equipment/status/retired');
  await expect(page.getByText('Status: Retired')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(grid).toContainText('Office copier');
  await expect(grid).not.toContainText('Laptop for Grace');
  await page.getByRole('button', { name: 'Remove the status filter' }).click();
  await expect(page).toHaveURL(/#\/equipment$/);
  await expect(rows).toHaveCount(2);
  await app.goto('/#/equipment/status/in-repair');
  await expect(page.getByText('No items are under repair.')).toBeVisible();

  // Ctrl+K: the tag in lower case, Enter straight away (a scanner), opens the item.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('combobox', { name: 'Search everything' });
  await expect(palette).toBeFocused();
  await palette.fill('bd-0002');
  await palette.press('Enter');
  await expect(page.getByRole('heading', { name: 'Laptop for Grace', level: 1 })).toBeVisible();
  // Typed with odd case and a space, and waited for, the tag's item is the first result.
  await page.keyboard.press('Control+k');
  await palette.fill('Bd- 0001');
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText('Office copier');
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText('Asset tag BD-0001');
  await palette.press('Enter');
  await expect(page.getByRole('heading', { name: 'Office copier', level: 1 })).toBeVisible();
});

test('an unknown item shows not found; a disposed item needs its reason; photo and documents; delete asks first', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.goto('/#/equipment/01NOSUCHITEM00000000000000');
  await expect(page.getByRole('heading', { name: 'Item not found' })).toBeVisible();
  await app.goto('/#/equipment/new');
  const form = newItemDialog(page);
  await form.getByLabel('Name').fill('Shredder');
  await form.getByLabel('Status').selectOption('Disposed');
  await form.getByLabel('Name').press('Enter');
  await expect(form.getByRole('alert')).toHaveText('Enter why the item was disposed.');
  await form.getByLabel('Reason').fill('Motor burnt out');
  await form.getByRole('button', { name: 'Add to register' }).click();
  await expect(page.getByRole('heading', { name: 'Shredder', level: 1 })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Disposed on');

  // The photo and a document are attachments: shown, listed, downloadable.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add photo…' }).click();
  await (await chooser).setFiles({ name: 'shredder.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') });
  const photo = page.getByRole('img', { name: 'Photo of Shredder' });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(page.getByRole('button', { name: 'Replace photo…' })).toBeVisible();
  await page.getByLabel('Document kind').selectOption('Receipt');
  const docChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach document…' }).click();
  await (await docChooser).setFiles({ name: 'receipt-4411.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  const docs = page.getByRole('list', { name: 'Documents' });
  await expect(docs.getByRole('listitem')).toHaveCount(1);
  await expect(docs).toContainText('Receipt');
  await expect(docs).toContainText('receipt-4411.pdf');
  const saved = page.waitForEvent('download');
  await docs.getByRole('button', { name: 'Download receipt-4411.pdf' }).click();
  expect((await saved).suggestedFilename()).toBe('receipt-4411.pdf');
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Shredder?' });
  await expect(confirm).toContainText('retire or dispose of it instead');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('region', { name: 'No equipment yet' })).toBeVisible();
});

test('Settings: the tag prefix and the category list (add, rename, hide) reach the register', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();
  await app.goto('/#/equipment/new');
  const form = newItemDialog(page);
  await form.getByLabel('Name').fill('Work laptop');
  await form.getByLabel('Category').selectOption('Computer');
  await form.getByLabel('Name').press('Enter');
  await expect(page.getByRole('heading', { name: 'Work laptop', level: 1 })).toBeVisible();

  await app.openModule('Settings');
  const section = page.getByRole('form', { name: 'Equipment' });
  await section.getByLabel('Asset-tag prefix').fill('OF');
  await expect(section).toContainText('New tags look like OF-0001');
  await section.getByLabel('Category name (Computer)').fill('Computers and laptops');
  await section.getByRole('listitem').filter({ has: page.getByLabel('Category name (Vehicle)') }).getByLabel('Hidden from the picker').check();
  await section.getByLabel('New category').fill('phone');
  await section.getByRole('button', { name: 'Add category' }).click();
  await expect(section.getByRole('alert')).toHaveText('The category "phone" is already in the list.');
  await section.getByLabel('New category').fill('Audio/visual');
  await section.getByLabel('New category').press('Enter');
  await section.getByRole('button', { name: 'Save equipment settings' }).click();
  await expect(page.getByText('Equipment settings saved')).toBeVisible();

  await app.goto('/#/equipment');
  await expect(page.getByRole('table', { name: 'Equipment register' })).toContainText('Computers and laptops');
  await page.getByRole('button', { name: 'New item' }).click();
  await expect(form.getByLabel('Asset tag')).toHaveValue('OF-0001');
  const options = await form.getByLabel('Category').locator('option').allTextContents();
  expect(options).toContain('Audio/visual');
  expect(options).toContain('Computers and laptops');
  expect(options).not.toContain('Vehicle');
});

test('screenshots of the register, the item and the form at three widths, light and dark', async ({ app, page }) => {
  test.skip(!SHOTS, 'Set BACKDESK_SHOTS_DIR to take the screenshots');
  await mkdir(SHOTS!, { recursive: true });
  await openEmptyRegister(app);
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.screenshot({ path: `${SHOTS}/empty-1366.png` });
  const items = [
    ['Office copier', 'Copier/printer', 'Canon', 'iR 2625', 'Print room', '2023-03-15', '2450', '2024-03-15'],
    ['Laptop for Grace', 'Computer', 'Lenovo', 'ThinkPad T14 Gen 4 with a long model name', 'Desk 4', '2025-01-10', '1399', '2028-01-10'],
    ['Projector', 'Other', 'Epson', 'EB-992F', 'Meeting room 2', '2024-06-01', '780', '2026-06-01'],
  ];
  for (const [name, category, make, model, location, bought, cost, warranty] of items) {
    await app.goto('/#/equipment/new');
    const form = newItemDialog(page);
    await form.getByLabel('Name').fill(name!);
    await form.getByLabel('Category').selectOption(category!);
    await form.getByLabel('Manufacturer').fill(make!);
    await form.getByLabel('Model').fill(model!);
    await form.getByLabel('Location').fill(location!);
    await form.getByLabel('Purchase date').fill(bought!);
    await form.getByLabel('Purchase cost (USD)').fill(cost!);
    await form.getByLabel('Warranty ends').fill(warranty!);
    if (name === 'Projector') await form.getByLabel('Bookable (can be reserved)').check();
    await form.getByRole('button', { name: 'Add to register' }).click();
    await expect(page.getByRole('heading', { name: name!, level: 1 })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Equipment', exact: true }).first().click();
  await page.getByRole('link', { name: 'Office copier' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add photo…' }).click();
  await (await chooser).setFiles({ name: 'copier.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') });
  await expect(page.getByRole('img', { name: 'Photo of Office copier' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1366, height: 1000 });
    await app.goto('/#/settings');
    await page.getByRole('form', { name: 'Equipment' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/settings-1366-${scheme}.png` });
    for (const width of [1024, 1366, 1920]) {
      await page.setViewportSize({ width, height: 860 });
      await app.goto('/#/equipment');
      await expect(page.getByRole('table', { name: 'Equipment register' }).locator('tbody').getByRole('row')).toHaveCount(3);
      await page.screenshot({ path: `${SHOTS}/list-${width}-${scheme}.png` });
      await page.getByRole('link', { name: 'Office copier' }).click();
      await expect(page.getByRole('heading', { name: 'Office copier', level: 1 })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/item-${width}-${scheme}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('dialog', { name: 'Edit Office copier' }).getByLabel('Status').selectOption('Retired');
      await page.screenshot({ path: `${SHOTS}/form-${width}-${scheme}.png` });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Discard' }).click();
    }
  }
});
