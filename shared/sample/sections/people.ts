/** Employees (with a manager chain, one on leave, one who left) and their HR file entries. */
import { addDays, toIsoDate } from '../../lib/dates';
import type { Employee, HrRecord } from '../../domain';
import { EMAIL_DOMAIN, EMPLOYEES } from '../catalog';
import { asciiEmail, compact, instant, type SampleContext } from '../context';

export interface SamplePeople {
  employees: Employee[];
  hrRecords: HrRecord[];
  /** Employees at work today: the ones who take stock, attend meetings, get events. */
  activeEmployees: Employee[];
  /** The id of the employee with this catalog key. */
  emp(key: string): string;
}

export function generatePeople(ctx: SampleContext): SamplePeople {
  const { rng, today, setupDate, base } = ctx;
  const employeeIds = new Map<string, string>();
  for (const e of EMPLOYEES) employeeIds.set(e.key, ctx.newId());
  const employees: Employee[] = EMPLOYEES.map((e, i) => {
    const startDate =
      e.startYearsAgo === 0
        ? addDays(today, -45)
        : addDays(today, -Math.round(e.startYearsAgo * 365) - rng.int(0, 200));
    const status = e.status ?? 'active';
    const createdAt = instant(setupDate, 8 * 60 + i);
    return compact<Employee>({
      id: employeeIds.get(e.key)!,
      createdAt: startDate > setupDate ? instant(startDate, 8 * 60) : createdAt,
      updatedAt: startDate > setupDate ? instant(startDate, 8 * 60) : createdAt,
      deletedAt: null,
      name: e.name,
      email: asciiEmail(e.name, EMAIL_DOMAIN),
      phone: `(207) 555-0${String(300 + i * 7).padStart(3, '0')}`,
      extension: e.ext,
      title: e.title,
      department: e.department,
      managerId: e.manager ? employeeIds.get(e.manager) : undefined,
      startDate,
      endDate: status === 'left' ? addDays(today, -140) : undefined,
      status,
      salaryCents: e.salary * 100,
      salaryPeriod: 'year',
      birthDate: toIsoDate(ctx.year - rng.int(24, 58), rng.int(1, 12), rng.int(1, 28)),
      homeAddress: `${rng.int(10, 990)} ${rng.pick(['Brackett', 'Congress', 'Deering', 'Ocean', 'Washington', 'Pine', 'Spring'])} St\n${rng.pick(['Portland', 'South Portland', 'Westbrook', 'Falmouth', 'Scarborough'])}, ME`,
      emergencyContact: `${rng.pick(['Alex', 'Sam', 'Jordan', 'Chris', 'Robin', 'Pat'])} ${e.name.split(' ').slice(-1)[0]} — (207) 555-0${rng.int(400, 999)}`,
      notes: status === 'on-leave' ? `Parental leave until ${addDays(today, 60)}.` : undefined,
    });
  });
  const activeEmployees = employees.filter((e) => e.status === 'active');
  const emp = (key: string) => employeeIds.get(key)!;

  const hrRecords: HrRecord[] = [
    {
      emp: 'priya',
      kind: 'training',
      daysAgo: 120,
      title: 'Revit advanced workshop (2 days)',
      details: 'Completed with certificate. Paid from the training budget.',
    },
    {
      emp: 'grace',
      kind: 'training',
      daysAgo: 90,
      title: 'First aid and CPR certification',
      details: 'Red Cross course; renewal due in two years.',
    },
    {
      emp: 'elena',
      kind: 'training',
      daysAgo: 90,
      title: 'First aid and CPR certification',
      details: 'Red Cross course; renewal due in two years.',
    },
    {
      emp: 'jonas',
      kind: 'training',
      daysAgo: 30,
      title: 'Enscape rendering masterclass',
      details: 'Online, 6 sessions.',
    },
    {
      emp: 'aisha',
      kind: 'training',
      daysAgo: 20,
      title: 'QuickBooks Online onboarding',
      details: 'Completed with Benjamin.',
    },
    {
      emp: 'liam',
      kind: 'disciplinary',
      daysAgo: 200,
      title: 'Documented verbal warning',
      details:
        'Missed a client submission deadline without notice. Agreed weekly check-ins with David for six weeks.',
    },
    {
      emp: 'liam',
      kind: 'termination',
      daysAgo: 140,
      title: 'Resignation',
      details:
        'Voluntary resignation to relocate. Exit interview done; equipment returned; final pay processed.',
    },
  ].map((r) => {
    const date = addDays(today, -r.daysAgo);
    return {
      ...base(date, 16 * 60),
      employeeId: emp(r.emp),
      kind: r.kind as HrRecord['kind'],
      date,
      title: r.title,
      details: r.details,
      attachmentIds: [],
    };
  });

  return { employees, hrRecords, activeEmployees, emp };
}
