/**
 * The office currency (issue 16.9), in real Chromium: changing it asks first and says amounts
 * are not converted; keeping it changes nothing; changing it relabels every amount, salaries
 * included (the confidential salary showed "$" after the office moved to euros).
 */
import { expect, test } from './support/fixtures';

test('changing the currency asks, explains that nothing is converted, and salaries follow it', async ({ app, page }) => {
  await app.goto('/');
  await app.startEmpty();

  // A salary entered while the office works in dollars.
  await app.openModule('People');
  await page.getByRole('button', { name: 'New employee' }).click();
  const emp = page.getByRole('dialog', { name: 'New employee' });
  await emp.getByLabel('Name').fill('Pat Worker');
  await emp.getByRole('button', { name: 'Add employee' }).click();
  await expect(page.getByRole('heading', { name: 'Pat Worker', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Show confidential' }).click();
  await page.getByLabel('Salary').fill('48,000');
  await page.getByRole('button', { name: 'Save confidential details' }).click();
  await expect(page.getByText('Confidential details saved')).toBeVisible();

  // Settings: choosing euros and saving asks first.
  await app.openModule('Settings');
  const currency = page.getByLabel('Currency');
  await currency.selectOption('EUR');
  await page.getByRole('button', { name: 'Save profile' }).click();
  const ask = page.getByRole('dialog', { name: 'Change the currency from USD to EUR?' });
  await expect(ask).toContainText('Backdesk does not convert amounts');
  await expect(ask).toContainText('$1,234.56 will read €1,234.56');
  // Keep: nothing changes, the choice goes back.
  await ask.getByRole('button', { name: 'Keep USD' }).click();
  await expect(ask).toHaveCount(0);
  await expect(currency).toHaveValue('USD');

  await currency.selectOption('EUR');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByRole('dialog', { name: 'Change the currency from USD to EUR?' }).getByRole('button', { name: 'Change to EUR' }).click();
  await expect(page.getByText('Company profile saved')).toBeVisible();
  // Saving again without a change does not ask.
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('dialog', { name: /Change the currency/ })).toHaveCount(0);

  // The salary reads in euros, the same number.
  await app.openModule('People');
  await page.getByRole('grid', { name: 'Employees' }).or(page.getByRole('table', { name: 'Employees' })).getByText('Pat Worker').dblclick();
  await page.getByRole('button', { name: 'Show confidential' }).click();
  await expect(page.getByLabel('Salary')).toHaveValue('€48,000.00');
});
