/**
 * Purchase requests end to end (issue 17.2) on the sample office: the approval rule set (above
 * 250.00, Marcus Reed approves); a request above it typed by keyboard shows its total, that it
 * waits for Marcus, and the category's budget before and after it (after = before − total);
 * the requester cannot approve it herself; Marcus approves; one click "Add to draft order" makes
 * it a line on Northeast's draft purchase order, which opens in Purchasing with the line; a
 * second request is declined with a reason that stays on it after a reload, in the list's
 * Declined filter too.
 */
import { test, expect } from './support/fixtures';
import { lookShot } from './support/shots';

/** '$12,345.67' or '-$1.00' → cents. */
function cents(text: string): number {
  const m = /(-?)\$([\d,]+)\.(\d{2})/.exec(text.replace('−', '-'));
  if (!m) throw new Error(`No amount in ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]));
}

test('a purchase request above the threshold is approved into a draft order; a declined one keeps its reason', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.goto('/');
  await app.loadSampleOffice();
  await app.openModule('Requests');
  await page.getByRole('navigation', { name: 'Requests screens' }).getByRole('link', { name: 'Purchase requests' }).click();
  await expect(page.getByRole('heading', { name: 'Purchase requests', level: 1 })).toBeVisible();

  // The office's rule: above 250.00, Marcus Reed approves.
  await page.getByRole('button', { name: 'Approval settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Purchase approval' });
  await settings.getByLabel('Approval needed above (USD)').fill('250.00');
  await settings.getByRole('combobox', { name: 'Approver' }).selectOption({ label: 'Marcus Reed — Operations Manager' });
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByText('Requests above $250.00 need approval by Marcus Reed; the rest are approved automatically.')).toBeVisible();

  // A request typed from the keyboard: the form opens in "What to buy".
  await page.getByRole('button', { name: 'New purchase request' }).click();
  const form = page.getByRole('dialog', { name: 'New purchase request' });
  await expect(form.getByLabel('What to buy')).toBeFocused();
  await page.keyboard.type('Drafting chair with footring');
  await expect(form.getByText('Not a stock item: it goes on the order as a free-text line.')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('320.00');
  await form.getByRole('combobox', { name: 'Budget category' }).selectOption({ label: 'Office & supplies / Office supplies' });
  await form.getByRole('combobox', { name: 'Requested by' }).selectOption({ label: 'Priya Raman — Design' });
  await form.getByRole('combobox', { name: 'Preferred vendor' }).selectOption({ label: 'Northeast Office Supply Co.' });
  await form.getByLabel('Reason').fill('The studio stools are too low for the new drafting tables.');
  await expect(form.getByRole('region', { name: 'Estimated total' })).toContainText('$640.00');
  await expect(form.getByRole('region', { name: 'Approval' })).toContainText('Above $250.00: this request waits for approval by Marcus Reed.');
  const budget = form.getByRole('region', { name: 'Category budget' });
  const before = cents(await budget.getByRole('definition').nth(3).innerText());
  const after = cents(await budget.getByRole('definition').nth(4).innerText());
  expect(before - after).toBe(64_000);
  await lookShot(page, 'purchase-request-form');
  await form.getByRole('button', { name: 'Submit request' }).click();
  await expect(form).toBeHidden();

  // Its panel opens: waiting for approval, the budget beside it.
  const panel = page.getByRole('dialog', { name: /^PR-\d{4}: Drafting chair with footring$/ });
  await expect(panel).toBeVisible();
  const number = (await panel.getByRole('heading', { level: 2 }).innerText()).split(':')[0]!;
  expect(number).toMatch(/^PR-\d{4}$/);
  await expect(panel.locator('.prq-status-pending')).toHaveText('Waiting for approval');
  await expect(panel.getByRole('region', { name: 'Category budget' })).toContainText('Left after this request');

  // Priya asked for it: she cannot approve it.
  const decidedBy = panel.getByRole('combobox', { name: 'Decided by' });
  await expect(decidedBy).toHaveValue(/.+/); // Marcus, the approver, is chosen.
  await decidedBy.selectOption({ label: 'Priya Raman' });
  await expect(panel.getByText('Priya Raman asked for this; someone else must decide.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Approve' })).toBeDisabled();
  await decidedBy.selectOption({ label: 'Marcus Reed' });
  await panel.getByRole('button', { name: 'Approve' }).click();
  await expect(panel.locator('.prq-status-approved')).toHaveText('Approved');
  await expect(panel).toContainText('Approved by Marcus Reed');

  // One click: a line on Northeast's draft purchase order.
  await expect(panel.getByRole('combobox', { name: 'Order from' })).toHaveValue(/.+/);
  await panel.getByRole('button', { name: 'Add to draft order' }).click();
  await expect(panel.locator('.prq-status-ordered')).toHaveText('Ordered');
  const poLink = panel.getByRole('link', { name: /^PO-\d{4}-\d{4}$/ });
  await expect(poLink).toBeVisible();
  const poNumber = await poLink.innerText();
  await expect(panel.getByRole('definition').filter({ has: page.getByRole('link', { name: poNumber }) })).toHaveText(`${poNumber} from Northeast Office Supply Co.`);
  await lookShot(page, 'purchase-request-ordered');
  await poLink.click();
  await expect(page.getByRole('heading', { name: poNumber, level: 2 })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true }).first()).toBeVisible();
  const descriptions = await page
    .getByRole('table', { name: 'Order lines' })
    .locator('input[aria-label$="description"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(descriptions).toContain('Drafting chair with footring');
  await lookShot(page, 'purchase-request-po');

  // A second request, declined with a reason.
  await page.goto('/#/requests/purchase');
  await page.getByRole('button', { name: 'New purchase request' }).click();
  await form.getByLabel('What to buy').fill('Espresso grinder');
  await form.getByLabel(/^Estimated cost of one/).fill('480');
  await form.getByRole('combobox', { name: 'Requested by' }).selectOption({ label: 'Grace Park — Operations' });
  await form.getByRole('button', { name: 'Submit request' }).click();
  const second = page.getByRole('dialog', { name: /^PR-\d{4}: Espresso grinder$/ });
  await second.getByRole('button', { name: 'Decline…' }).click();
  await second.getByRole('button', { name: 'Decline request' }).click();
  await expect(second.getByRole('alert')).toHaveText('Say why the purchase is declined; the requester is told.');
  await second.getByLabel('Reason for declining').fill('The Jura grinds its own beans; no second grinder.');
  await second.getByRole('button', { name: 'Decline request' }).click();
  await expect(second.locator('.prq-status-declined')).toHaveText('Declined');

  // After a reload the reason is still there, and the Declined filter lists it.
  await page.reload();
  await expect(second.locator('.prq-decline-reason')).toHaveText('The Jura grinds its own beans; no second grinder.');
  await second.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('group', { name: 'Show requests' }).getByRole('button', { name: /^Declined/ }).click();
  const grid = page.getByRole('table', { name: 'Purchase requests' });
  await expect(grid.getByRole('row').filter({ hasText: 'Espresso grinder' })).toBeVisible();
  await expect(grid.getByRole('row').filter({ hasText: 'Drafting chair' })).toHaveCount(0);
  await page.getByRole('group', { name: 'Show requests' }).getByRole('button', { name: /^All/ }).click();
  await expect(grid.getByRole('row').filter({ hasText: 'Drafting chair with footring' })).toContainText(poNumber);
  await lookShot(page, 'purchase-requests-list');
});
