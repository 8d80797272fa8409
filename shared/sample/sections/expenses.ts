/**
 * A year of spending: the recurring bills of every month, everyday purchases drawn at random,
 * a few refunds and cash purchases, and the paid vendor invoices booked as expenses.
 */
import { addDays, addMonths, monthOf } from '../../lib/dates';
import type { Expense, Invoice, Vendor } from '../../domain';
import { compact, type SampleContext } from '../context';

export function generateExpenses(
  ctx: SampleContext,
  leaf: ReadonlyMap<string, string>,
  vendors: readonly Vendor[],
  vendorIds: ReadonlyMap<string, string>,
  invoices: readonly Invoice[],
): Expense[] {
  const { rng, today, base, workMinutes } = ctx;
  const expenses: Expense[] = [];
  const firstDay = addDays(today, -364);
  const expense = (
    date: string,
    description: string,
    category: string | undefined,
    amountCents: number,
    extra: Partial<Expense> = {},
  ) => {
    if (date < firstDay || date > today) return;
    expenses.push(
      compact<Expense>({
        ...base(date, workMinutes()),
        date,
        description,
        amountCents,
        categoryId: category ? leaf.get(category) : undefined,
        paymentMethod: 'card',
        ...extra,
      }),
    );
  };
  const months: string[] = [];
  for (let m = monthOf(firstDay); m <= monthOf(today); m = monthOf(addMonths(`${m}-01`, 1)))
    months.push(m);
  const inMonth = (m: string, day: number) => `${m}-${String(Math.min(day, 28)).padStart(2, '0')}`;
  const randomDay = (m: string) => inMonth(m, rng.int(1, 28));
  for (const m of months) {
    const mm = Number(m.slice(5, 7));
    expense(inMonth(m, 1), 'Office rent — Harbor Lane Properties', 'Rent', 680000, {
      paymentMethod: 'bank-transfer',
      reference: `RENT-${m}`,
    });
    expense(
      inMonth(m, 12),
      'Central Maine Power — electricity',
      'Utilities',
      rng.int(380, 610) * 100 + rng.int(0, 99),
      { paymentMethod: 'bank-transfer' },
    );
    expense(
      inMonth(m, 18),
      'Portland Water District',
      'Utilities',
      rng.int(60, 92) * 100 + rng.int(0, 99),
      { paymentMethod: 'bank-transfer' },
    );
    expense(inMonth(m, 5), 'Spectrum Business internet', 'Internet & phone', 18999);
    expense(inMonth(m, 7), 'RingCentral phone system — 15 lines', 'Internet & phone', 22485);
    expense(inMonth(m, 3), 'Adobe Creative Cloud — 6 seats', 'Software subscriptions', 53994);
    expense(
      inMonth(m, 9),
      'Autodesk AutoCAD and Revit subscriptions',
      'Software subscriptions',
      72500,
    );
    expense(inMonth(m, 10), 'Microsoft 365 Business Standard', 'Software subscriptions', 18750);
    expense(inMonth(m, 14), 'Dropbox Business', 'Software subscriptions', 10800);
    expense(
      inMonth(m, 25),
      'Evergreen Facilities — office cleaning',
      'Cleaning & maintenance',
      95000,
      { vendorId: vendorIds.get('facilities'), paymentMethod: 'check' },
    );
    expense(inMonth(m, 15), 'QuickBooks Online Plus', 'Accounting', 9000);
    if (mm % 3 === 1)
      expense(inMonth(m, 20), 'Baxter & Lund CPAs — quarterly review', 'Accounting', 250000, {
        paymentMethod: 'check',
      });
    for (let k = 0; k < 2; k++)
      expense(
        randomDay(m),
        rng.pick([
          'Northeast Office Supply — desk supplies',
          'Northeast Office Supply — pens and notebooks',
          'Northeast Office Supply — filing supplies',
        ]),
        'Office supplies',
        rng.int(40, 350) * 100 + rng.int(0, 99),
        { vendorId: vendorIds.get('northeast') },
      );
    for (let k = 0; k < 2; k++)
      expense(
        randomDay(m),
        rng.pick([
          'PrintWorks — plotter ink',
          'PrintWorks — toner',
          'Portland Paper — copy paper',
          'FedEx Office — presentation boards',
        ]),
        'Printing & paper',
        rng.int(90, 520) * 100 + rng.int(0, 99),
      );
    for (let k = 0; k < 3; k++)
      expense(
        randomDay(m),
        rng.pick([
          'Casco Bay Coffee — beans',
          'Hannaford — milk and snacks',
          'Casco Bay Coffee — beans and tea',
        ]),
        'Breakroom',
        rng.int(35, 190) * 100 + rng.int(0, 99),
      );
    expense(
      randomDay(m),
      'Harbor Courier — drawing deliveries',
      'Office supplies',
      rng.int(45, 160) * 100,
      { vendorId: vendorIds.get('courier'), paymentMethod: 'check' },
    );
    if (rng.chance(0.55))
      expense(
        randomDay(m),
        rng.pick([
          'Client lunch — Eventide',
          'Team lunch — Duckfat',
          'Coffee with client — Tandem',
        ]),
        'Meals',
        rng.int(40, 260) * 100 + rng.int(0, 99),
      );
    if (rng.chance(0.65))
      expense(
        randomDay(m),
        rng.pick([
          'Client lunch — Street & Co.',
          'Working dinner — project deadline',
          'Breakfast meeting — Dutch’s',
        ]),
        'Meals',
        rng.int(30, 190) * 100 + rng.int(0, 99),
      );
    if (rng.chance(0.8))
      expense(
        randomDay(m),
        rng.pick([
          'Mileage — site visit Fore St',
          'Amtrak Downeaster — Boston client meeting',
          'Parking — Boston',
          'Rental car — Bangor site visit',
        ]),
        'Client travel',
        rng.int(25, 340) * 100 + rng.int(0, 99),
      );
    if (rng.chance(0.65))
      expense(
        randomDay(m),
        rng.pick([
          'Instagram ads — portfolio campaign',
          'Printing — project brochures',
          'AIA Maine directory listing',
          'Website hosting and domain',
        ]),
        'Marketing',
        rng.int(80, 650) * 100,
      );
    if (rng.chance(0.45))
      expense(
        randomDay(m),
        rng.pick(['LinkedIn job posting', 'Indeed sponsored job', 'Background check — candidate']),
        'Recruiting',
        rng.int(90, 420) * 100,
      );
    if (rng.chance(0.4))
      expense(
        randomDay(m),
        rng.pick([
          'Online course — Revit families',
          'AIA continuing education credits',
          'Conference registration — BuildExpo',
        ]),
        'Training',
        rng.int(120, 690) * 100,
      );
    if (rng.chance(0.5))
      expense(
        randomDay(m),
        rng.pick([
          'TechPoint — USB-C dock',
          'TechPoint — 27-in monitor',
          'TechPoint — keyboard and mouse',
          'TechPoint — external SSD 2 TB',
        ]),
        'Hardware',
        rng.int(60, 700) * 100 + rng.int(0, 99),
        { vendorId: vendorIds.get('tech') },
      );
    if (rng.chance(0.5))
      expense(
        randomDay(m),
        rng.pick([
          'Evergreen Facilities — HVAC filter change',
          'Locksmith — rekey front door',
          'Light bulbs and ballast repair',
        ]),
        'Cleaning & maintenance',
        rng.int(80, 450) * 100,
        { vendorId: vendorIds.get('facilities') },
      );
    if (rng.chance(0.3))
      expense(
        randomDay(m),
        rng.pick([
          'Team outing — bowling',
          'Birthday cake — Standard Baking',
          'Quarterly team dinner',
        ]),
        'Team events',
        rng.int(60, 480) * 100,
      );
    if (rng.chance(0.15))
      expense(
        randomDay(m),
        'Pierce Atwood LLP — contract review',
        'Legal',
        rng.int(600, 1800) * 100,
        { paymentMethod: 'check' },
      );
    if (rng.chance(0.25))
      expense(
        randomDay(m),
        rng.pick([
          'Refund — returned monitor',
          'Refund — duplicate charge',
          'Credit — damaged toner',
        ]),
        rng.pick(['Hardware', 'Office supplies', 'Printing & paper']),
        -rng.int(30, 300) * 100,
      );
    if (rng.chance(0.3))
      expense(
        randomDay(m),
        rng.pick([
          'Post office — certified mail',
          'Hardware store — picture hooks',
          'Flowers for reception',
        ]),
        undefined,
        rng.int(8, 90) * 100 + rng.int(0, 99),
        { paymentMethod: 'cash' },
      );
  }
  for (const inv of invoices) {
    if (inv.status !== 'paid' || !inv.paidDate) continue;
    const v = vendors.find((x) => x.id === inv.vendorId)!;
    const category = v.name.startsWith('Casco')
      ? 'Breakroom'
      : v.name.startsWith('PrintWorks') || v.name.startsWith('Portland Paper')
        ? 'Printing & paper'
        : v.name.startsWith('CleanRight')
          ? 'Cleaning & maintenance'
          : v.name.startsWith('TechPoint')
            ? 'Hardware'
            : 'Office supplies';
    expense(inv.paidDate, `${v.name} — invoice ${inv.number}`, category, inv.amountCents, {
      vendorId: v.id,
      invoiceId: inv.id,
      reference: inv.number,
      paymentMethod: 'bank-transfer',
    });
  }
  expenses.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  return expenses;
}
