/**
 * Vendor invoices (issue 16.10), in real Chromium: the due date comes from the vendor's
 * payment terms and stays editable; an invoice without a due date is refused; overdue ones
 * head the list to pay; paying records the expense in the vendor's usual category, and asks
 * when there is none (never "Uncategorized" in silence).
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Chooses the option whose text contains `text` (category options read "Parent / Child"). */
async function chooseContaining(select: Locator, text: string): Promise<string> {
  const option = select.locator('option', { hasText: text }).first();
  const value = (await option.getAttribute('value')) ?? '';
  await select.selectOption(value);
  return (await option.textContent()) ?? '';
}

const iso = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('due dates from payment terms, none refused, overdue first, pay asks for a category it cannot know', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();

  // The usual budget categories.
  await app.openModule('Budget');
  await page.getByRole('link', { name: 'Categories' }).click();
  await page.getByRole('button', { name: 'Add the usual categories' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Travel' })).toBeVisible();

  // Two vendors: one on Net 15 whose bills go to Office supplies, one with no terms at all.
  for (const [name, terms, category] of [['Northwind Office Supply', 'Net 15', 'Office supplies'], ['Harbor Courier', '', '']] as const) {
    await page.goto('/#/vendors/new');
    const form = page.getByRole('form', { name: 'New vendor' });
    await form.getByLabel('Name').fill(name);
    if (terms) await form.getByLabel('Payment terms').fill(terms);
    if (category) await chooseContaining(form.getByLabel('Usual expense category'), category);
    await form.getByRole('button', { name: 'Add vendor' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }

  await app.openModule('Expenses');
  await page.getByRole('link', { name: 'Invoices to pay' }).click();
  const form = page.getByRole('form', { name: 'New invoice' });
  const due = form.getByRole('textbox', { name: 'Due date' });

  // Choosing the vendor fills the due date from its terms, and says so.
  await form.getByRole('combobox', { name: 'Vendor', exact: true }).selectOption({ label: 'Northwind Office Supply' });
  await form.getByRole('textbox', { name: 'Issue date' }).fill(iso(-3));
  await expect(due).toHaveValue(iso(12));
  await expect(form.getByText('From Net 15 (Northwind Office Supply)')).toBeVisible();
  await form.getByRole('textbox', { name: 'Invoice number' }).fill('NW-100');
  await form.getByRole('textbox', { name: 'Amount' }).fill('240.00');

  // Without a due date it is refused, and nothing is added.
  await due.fill('');
  await form.getByRole('button', { name: 'Add invoice' }).click();
  await expect(form.getByText('Enter the due date: an open invoice needs one to be on the list to pay.')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Invoices' }).getByText('NW-100')).toHaveCount(0);
  await due.fill(iso(12));
  await form.getByRole('button', { name: 'Add invoice' }).click();
  await expect(page.getByRole('status')).toContainText('Invoice NW-100 added');

  // An old courier bill, overdue: no terms, so 30 days from its date — and it heads the list.
  await form.getByRole('combobox', { name: 'Vendor', exact: true }).selectOption({ label: 'Harbor Courier' });
  await form.getByRole('textbox', { name: 'Issue date' }).fill(iso(-40));
  await expect(due).toHaveValue(iso(-10));
  await expect(form.getByText('30 days (Harbor Courier has no payment terms)')).toBeVisible();
  await form.getByRole('textbox', { name: 'Invoice number' }).fill('HC-7');
  await form.getByRole('textbox', { name: 'Amount' }).fill('35.50');
  await form.getByRole('button', { name: 'Add invoice' }).click();
  await expect(page.getByRole('status')).toContainText('Invoice HC-7 added');
  const toPay = page.getByRole('list', { name: 'Invoices to pay, overdue first' });
  await expect(toPay.getByRole('listitem')).toHaveCount(2);
  await expect(toPay.getByRole('listitem').first()).toContainText('HC-7');
  await expect(toPay.getByRole('listitem').first()).toContainText('overdue 10 d');

  // Paying the courier: no usual category is known, so it asks instead of filing it nowhere.
  await toPay.getByRole('button', { name: 'Pay HC-7' }).click();
  const pay = page.getByRole('form', { name: 'Invoice HC-7' });
  await expect(pay.getByLabel('Expense category')).toHaveValue('');
  await pay.getByRole('button', { name: 'Mark paid' }).click();
  await expect(pay.getByText('Choose the expense category: Harbor Courier has no usual category yet.')).toBeVisible();
  await pay.getByLabel('Expense category').selectOption({ index: 1 });
  await pay.getByRole('button', { name: 'Mark paid' }).click();
  await expect(page.getByRole('status')).toContainText('Invoice HC-7 paid and recorded as an expense');

  // Paying Northwind: its usual category is already chosen.
  await toPay.getByRole('button', { name: 'Pay NW-100' }).click();
  const payNw = page.getByRole('form', { name: 'Invoice NW-100' });
  await expect(payNw.getByLabel('Expense category').locator('option:checked')).toHaveText(/Office supplies/);
  await payNw.getByRole('button', { name: 'Mark paid' }).click();
  await expect(page.getByRole('status')).toContainText('Invoice NW-100 paid and recorded as an expense');
  await page.getByRole('link', { name: 'Expenses', exact: true }).first().click();
  await expect(page.getByLabel('Total of the expenses shown')).toContainText('2 expenses');
  const list = page.getByRole('grid', { name: 'Expenses' }).or(page.getByRole('table', { name: 'Expenses' }));
  for (const number of ['HC-7', 'NW-100']) {
    const row = list.getByRole('row').filter({ hasText: `Invoice ${number}` });
    await expect(row).toHaveCount(1);
    await expect(row).not.toContainText('Uncategorized');
  }
  await expect(list.getByRole('row').filter({ hasText: 'Invoice NW-100' })).toContainText('Office supplies');
});
