/**
 * The front desk of the sample office (issue 14.7): the address book, the last two weeks of
 * calls with their messages, and the office's recurring errands and chores. Generated after
 * every other section (see generate.ts), so every record before them keeps its ids and values.
 *
 * The address book is written the way real ones are: numbers in every format people type them
 * ('207.555.0181', '+1 (207) 555-0246', '0044 20 7946 0321', '+49 (0)30 2345 6789', with an
 * extension), several numbers of different kinds, a card that is only a company, two email
 * addresses, a birthday, tags. Calls come from those numbers written differently again (a
 * vendor's '(207) 555-0180' rings as '207.555.0180'), so caller lookup has something to show.
 */
import { addDays, dayOfWeek } from '../../lib/dates';
import type { Call, Candidate, Contact, ContactPhone, Item, PurchaseOrder, Task, Vendor } from '../../domain';
import { compact, instant, isWorkday, type SampleContext } from '../context';

export interface SampleFrontDesk {
  contacts: Contact[];
  calls: Call[];
  tasks: Task[];
  /** The order behind the back-ordered toner story (toner from Northeast, ordered before the call). */
  purchaseOrders: PurchaseOrder[];
}

type PhoneSeed = [number: string, kind: ContactPhone['kind']];

interface ContactSeed {
  key: string;
  name: string;
  organization?: string;
  title?: string;
  phones: PhoneSeed[];
  emails?: string[];
  address?: string;
  birthday?: string;
  notes?: string;
  tags: string[];
  /** A vendor's catalog key: this person is that vendor's contact. */
  vendor?: string;
}

/** The address book. Numbers stay inside the 555-01xx / 555-02xx ranges the sample uses for outsiders. */
const CONTACTS: ContactSeed[] = [
  // Clients.
  { key: 'sanderson', name: 'Paul Sanderson', organization: 'Sanderson Builders', title: 'Owner', phones: [['(207) 555-0211', 'work'], ['207-555-0212', 'mobile']], emails: ['paul@sandersonbuilders.example', 'psanderson@mail.example'], address: '60 Industrial Pkwy\nSaco, ME 04072', tags: ['client'] },
  { key: 'hale', name: 'Rebecca Hale', organization: 'City of Portland Planning', title: 'Senior Planner', phones: [['207.555.0299', 'work']], emails: ['rhale@portlandmaine.example'], address: '389 Congress St, Room 315\nPortland, ME 04101', tags: ['client', 'city'] },
  { key: 'alcott', name: 'Tom Alcott', organization: 'Alcott & Reyes Architects', title: 'Partner', phones: [['+1 617 555 0133', 'work'], ['(617) 555-0135', 'mobile']], emails: ['tom@alcottreyes.example'], tags: ['client'] },
  { key: 'reyes', name: 'Monica Reyes', organization: 'Alcott & Reyes Architects', title: 'Partner', phones: [['617-555-0134', 'work']], emails: ['monica@alcottreyes.example'], tags: ['client'] },
  { key: 'moreau', name: 'Linda Moreau', organization: 'Moreau Family Trust', title: 'Trustee', phones: [['+1 (207) 555-0246', 'home'], ['(207) 555-0247', 'mobile']], emails: ['linda.moreau@mail.example'], birthday: '1961-04-18', notes: 'Prefers calls in the afternoon. Sends a card every Christmas.', tags: ['client'] },
  { key: 'shah', name: 'Kevin Shah', organization: 'Bayside Hotel Group', title: 'Development Manager', phones: [['tel:+12075550277', 'work'], ['207 555 0278', 'mobile']], emails: ['kshah@baysidehotels.example'], tags: ['client'] },
  { key: 'cole', name: 'Dr. Janet Cole', organization: 'Cole Dental Care', phones: [['(207) 555-0230 ext. 12', 'work'], ['(207) 555-0231', 'fax']], emails: ['office@coledental.example'], tags: ['client'] },
  { key: 'fraser', name: 'Ian Fraser', organization: 'Fraser Landscape Co.', title: 'Landscape architect', phones: [['1-207-555-0252', 'work']], emails: ['ian@fraserlandscape.example'], tags: ['client', 'consultant'] },
  { key: 'hartley', name: 'Oliver Hartley', organization: 'Hartley & Finch Surveyors', title: 'Director', phones: [['+44 20 7946 0321', 'work'], ['+44 7700 900461', 'mobile']], emails: ['oliver.hartley@hartleyfinch.example'], address: '14 Clerkenwell Green\nLondon EC1R 0DP\nUnited Kingdom', notes: 'London office. Five hours ahead of us.', tags: ['client', 'overseas'] },
  { key: 'weber', name: 'Anja Weber', organization: 'Weber Möbel GmbH', title: 'Export sales', phones: [['+49 (0)30 2345 6789', 'work'], ['0049 171 2345678', 'mobile']], emails: ['a.weber@weber-moebel.example'], address: 'Torstraße 140\n10119 Berlin\nGermany', notes: 'Furniture for the Bayside lobby. Six hours ahead.', tags: ['supplier', 'overseas'] },
  { key: 'dubois', name: 'Marc Dubois', organization: 'Atelier Lumière', phones: [['+33 1 42 68 53 00', 'work']], emails: ['marc@atelier-lumiere.example'], tags: ['supplier', 'overseas'] },

  // The vendors' people (linked to their vendor).
  { key: 'boucher', name: 'Karen Boucher', organization: 'Northeast Office Supply Co.', title: 'Account manager', phones: [['(207) 555-0181 x204', 'work'], ['207.555.0182', 'mobile']], emails: ['karen.boucher@neofficesupply.example'], tags: ['supplier'], vendor: 'northeast' },
  { key: 'tran', name: 'Jim Tran', organization: 'Portland Paper & Packaging', title: 'Sales', phones: [['207-555-0118', 'mobile']], emails: ['jim@portlandpaper.example'], tags: ['supplier'], vendor: 'paper' },
  { key: 'whitfield', name: 'Dana Whitfield', organization: 'PrintWorks Imaging', title: 'Service coordinator', phones: [['(207) 555-0165', 'work'], ['(207) 555-0166', 'mobile']], emails: ['dana@printworks.example', 'service@printworks.example'], notes: 'Copier service contract: quote the serial number 3VE0174512.', tags: ['supplier', 'service'], vendor: 'printworks' },
  { key: 'lopes', name: 'Maya Lopes', organization: 'Casco Bay Coffee Roasters', phones: [['207 555 0128', 'mobile']], emails: ['maya@cascobaycoffee.example'], tags: ['supplier'], vendor: 'coffee' },
  { key: 'novak', name: 'Peter Novak', organization: 'CleanRight Janitorial Supply', phones: [['+1 207 555 0196', 'work']], tags: ['supplier'], vendor: 'clean' },
  { key: 'hassan', name: 'Ali Hassan', organization: 'TechPoint Computers', title: 'Business accounts', phones: [['(207) 555-0152', 'work'], ['(207) 555-0153', 'mobile']], emails: ['ali.hassan@techpoint.example'], tags: ['supplier', 'it'], vendor: 'tech' },
  { key: 'ortega', name: 'Luis Ortega', organization: 'Harbor Courier Services', title: 'Dispatcher', phones: [['207-555-0109', 'work']], emails: ['dispatch@harborcourier.example'], notes: 'Same-day pickups booked before 2 pm.', tags: ['courier'], vendor: 'courier' },
  { key: 'mitchell', name: 'Sarah Mitchell', organization: 'Evergreen Facilities Maintenance', title: 'Service manager', phones: [['(207) 555-0174', 'work'], ['(207) 555-0175', 'mobile']], emails: ['sarah@evergreenfm.example'], tags: ['supplier', 'service'], vendor: 'facilities' },

  // The building, couriers and services.
  { key: 'doyle', name: 'Richard Doyle', organization: 'Harbor Lane Properties LLC', title: 'Property manager', phones: [['(207) 555-0220', 'work'], ['(207) 555-0221', 'mobile'], ['(207) 555-0222', 'fax']], emails: ['rdoyle@harborlaneproperties.example'], address: '200 Harbor Lane\nPortland, ME 04101', notes: 'Lease renews every March. After hours: mobile only for emergencies (water, alarm).', tags: ['landlord'] },
  { key: 'building', name: 'Harbor Lane Properties LLC', organization: 'Harbor Lane Properties LLC', phones: [['207.555.0223', 'work']], emails: ['frontdesk@harborlaneproperties.example'], notes: 'Building front desk: keys, parking permits, deliveries to the loading dock.', tags: ['landlord'] },
  { key: 'fedex', name: 'FedEx Office Marginal Way', organization: 'FedEx Office', phones: [['(207) 555-0224', 'work']], address: '210 Marginal Way\nPortland, ME 04101', notes: 'Board mounting and large-format prints, same day if in by 11.', tags: ['courier', 'printing'] },
  { key: 'ups', name: 'The UPS Store Congress St', organization: 'The UPS Store', phones: [['207-555-0225', 'work']], tags: ['courier'] },
  { key: 'usps', name: 'Portland Main Post Office', organization: 'United States Postal Service', phones: [['(207) 555-0226', 'work']], address: '125 Forest Ave\nPortland, ME 04101', notes: 'Open 8:00–17:00 weekdays; the Friday run goes before 15:30.', tags: ['post'] },
  { key: 'water', name: 'Portland Water District', organization: 'Portland Water District', phones: [['(207) 555-0227', 'work']], tags: ['utility'] },
  { key: 'plants', name: 'Jess Whitman', organization: 'Green Corners Plant Care', phones: [['207 555 0228', 'mobile']], emails: ['jess@greencorners.example'], notes: 'Comes the first Tuesday of the month; we water on Mondays in between.', tags: ['service'] },
  { key: 'locksmith', name: 'Bob Lacroix', organization: 'Casco Lock & Key', phones: [['(207) 555-0229', 'work'], ['(207) 555-0232', 'mobile']], tags: ['service'] },
  { key: 'cleaner', name: 'Rosa Medeiros', organization: 'Sparkle Office Cleaning', phones: [['207-555-0233', 'mobile']], notes: 'Tuesday and Friday evenings. Has a key and the alarm code.', tags: ['service'] },
  { key: 'catering', name: 'Becky Nguyen', organization: 'Harbor Fish & Catering', phones: [['(207) 555-0234', 'work']], emails: ['events@harborcatering.example'], tags: ['catering'] },

  // Advisers.
  { key: 'accountant', name: 'Martin Levesque', organization: 'Hughes & Levesque CPAs', title: 'CPA', phones: [['(207) 555-0235', 'work'], ['(207) 555-0236', 'fax']], emails: ['mlevesque@hlcpa.example'], birthday: '1970-12-03', tags: ['accountant'] },
  { key: 'insurance', name: 'Carol Pike', organization: 'Pike Insurance Agency', title: 'Broker', phones: [['207.555.0237', 'work']], emails: ['carol@pikeinsurance.example'], notes: 'Business owner policy and the pool car.', tags: ['insurance'] },
  { key: 'lawyer', name: 'Samuel Ortiz', organization: 'Ortiz Bell LLP', title: 'Attorney', phones: [['+1 207 555 0238', 'work']], emails: ['sortiz@ortizbell.example', 'samuel.ortiz@mail.example'], tags: ['legal'] },
  { key: 'bank', name: 'Bangor Savings Bank, Exchange St', organization: 'Bangor Savings Bank', phones: [['(207) 555-0239', 'work']], address: '1 Exchange St\nPortland, ME 04101', notes: 'Business banking: ask for Diane.', tags: ['bank'] },
  { key: 'it', name: 'Chris Amato', organization: 'Amato IT Consulting', phones: [['(603) 555-0140', 'mobile']], emails: ['chris@amatoit.example'], notes: 'Network and backups. Remote support: call first.', tags: ['it', 'consultant'] },
  { key: 'photo', name: 'Hannah Becker', organization: 'Becker Architectural Photography', phones: [['(207) 555-0240', 'mobile']], emails: ['studio@beckerphoto.example'], birthday: '1988-06-21', tags: ['consultant'] },
  { key: 'recruiter', name: 'Jordan Blake', organization: 'Seaside Staffing', title: 'Recruiter', phones: [['207-555-0241', 'work']], emails: ['jordan@seasidestaffing.example'], tags: ['recruiting'] },
  { key: 'journalist', name: 'Erin Walsh', organization: 'Portland Press Herald', title: 'Reporter', phones: [['(207) 555-0242', 'work']], emails: ['ewalsh@pressherald.example'], tags: ['press'] },
  { key: 'taxi', name: 'Old Port Taxi', organization: 'Old Port Taxi', phones: [['(207) 555-0243', 'work']], tags: ['transport'] },
];

const at = (date: string, h: number, m = 0) => instant(date, h * 60 + m);

/** The dates of the last `count` workdays before `today`, newest first. */
function workdaysBefore(today: string, count: number): string[] {
  const out: string[] = [];
  for (let d = addDays(today, -1); out.length < count; d = addDays(d, -1)) if (isWorkday(d)) out.push(d);
  return out;
}

/** The first date on or after `date` that falls on `weekday` (0 = Sunday). */
function onOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - dayOfWeek(date) + 7) % 7);
}

export interface FrontDeskInput {
  emp: (key: string) => string;
  vendors: readonly Vendor[];
  vendorIds: ReadonlyMap<string, string>;
  candidates: readonly Candidate[];
  purchaseOrders: readonly PurchaseOrder[];
  items: readonly Item[];
}

export function generateFrontDesk(ctx: SampleContext, input: FrontDeskInput): SampleFrontDesk {
  const { rng, today, base } = ctx;
  const { emp, vendorIds } = input;

  // --- Contacts ---------------------------------------------------------------------------
  const contactIds = new Map<string, string>();
  const contacts: Contact[] = CONTACTS.map((s, i) => {
    const c = compact<Contact>({
      ...base(addDays(ctx.setupDate, rng.int(0, 150)), 9 * 60 + i),
      name: s.name,
      organization: s.organization,
      title: s.title,
      phones: s.phones.map(([number, kind]) => ({ number, kind })),
      emails: s.emails ?? [],
      address: s.address,
      birthday: s.birthday,
      notes: s.notes,
      tags: s.tags,
      vendorId: s.vendor ? vendorIds.get(s.vendor) : undefined,
    });
    contactIds.set(s.key, c.id);
    return c;
  });
  // A candidate who left a personal number with reception (linked to the candidate's record).
  const candidate = input.candidates.find((c) => c.stage === 'Interview' && c.phone) ?? input.candidates.find((c) => c.phone);
  if (candidate) {
    const digits = candidate.phone!.replace(/\D/g, '');
    const c = compact<Contact>({
      ...base(addDays(today, -12), 11 * 60),
      name: candidate.name,
      phones: [[`${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`, 'mobile'] as PhoneSeed].map(([number, kind]) => ({ number, kind })),
      emails: candidate.email ? [candidate.email] : [],
      notes: 'Applicant. Prefers a call after 5 pm.',
      tags: ['candidate'],
      candidateId: candidate.id,
    });
    contactIds.set('candidate', c.id);
    contacts.push(c);
  }
  const contact = (key: string) => contacts.find((c) => c.id === contactIds.get(key))!;

  // --- Calls: this week and last ------------------------------------------------------------
  const days = workdaysBefore(today, 9); // days[0] = the last workday before today
  type CallSeed = {
    day: string;
    time: [number, number];
    direction?: Call['direction'];
    who: { caller: string; company?: string; phone?: string; table?: Call['callerTable']; id?: string };
    subject?: string;
    outcome?: Call['outcome'];
    minutes?: number;
    for?: string;
    message?: string;
    followUp?: Call['followUp'];
    urgent?: boolean;
    /** Open ('new' / 'seen') or closed after this many minutes. */
    state: 'new' | 'seen' | number;
  };
  const fromContact = (key: string, phone: string) => {
    const c = contact(key);
    return { caller: c.name, company: c.organization === c.name ? undefined : c.organization, phone, table: 'contacts' as const, id: c.id };
  };
  const vendorByKey = (key: string) => input.vendors.find((v) => v.id === vendorIds.get(key))!;
  const fromVendor = (key: string, phone: string) => {
    const v = vendorByKey(key);
    return { caller: v.contactName ?? v.name, company: v.name, phone, table: 'vendors' as const, id: v.id };
  };
  const seeds: CallSeed[] = [
    // Today: only the calls taken before the office is loaded stay (keepUpToNow), so nothing the
    // rest of the sample leans on (the urgent message, the call behind a task) is taken today.
    { day: today, time: [9, 5], who: fromContact('doyle', '207 555 0221'), subject: 'Fire alarm test', for: 'elena', message: 'Fire alarm test in the building Thursday 10:00. Will call again to confirm access to the server room.', followUp: 'will-call-again', minutes: 2, state: 'new' },
    { day: today, time: [9, 40], direction: 'outgoing', who: fromVendor('courier', '207-555-0108'), subject: 'Pickup for the Bayside boards', outcome: 'talked', minutes: 2, for: 'grace', state: 'new' },
    // The last workday.
    { day: days[0]!, time: [16, 10], who: fromContact('shah', '(207) 555 0277'), subject: 'Lobby concept', for: 'david', message: 'Board liked the lobby concept; wants a call about the budget range.', followUp: 'please-call', minutes: 4, state: 'new' },
    { day: days[0]!, time: [16, 40], who: fromContact('sanderson', '+1 207-555-0211'), subject: 'Site meeting moved', for: 'noah', message: 'The inspector moved the site meeting up to 7:30. Needs to know first thing if you can make it.', followUp: 'please-call', urgent: true, minutes: 3, state: 'new' },
    { day: days[0]!, time: [10, 15], who: fromContact('hartley', '0044 20 7946 0321'), subject: 'Survey drawings for the Bayside site', for: 'margaret', message: 'Survey drawings sent by courier; please confirm they arrived.', followUp: 'please-call', minutes: 6, state: 'seen' },
    { day: days[0]!, time: [11, 30], who: { caller: 'Unknown caller', phone: '(207) 555-0297' }, subject: 'Asked for a dentist', outcome: 'wrong-number', minutes: 1, state: 'new' },
    { day: days[0]!, time: [14, 10], direction: 'outgoing', who: fromContact('weber', '+49 30 23456789'), subject: 'Lead time for the lobby chairs', outcome: 'voicemail', minutes: 1, for: 'marcus', state: 'new' },
    { day: days[0]!, time: [15, 45], who: fromVendor('printworks', '+1 207 555 0164'), subject: 'Printer repair parts', for: 'tomas', message: 'The fuser for the front desk printer arrives Monday; technician can come Tuesday morning.', followUp: 'returned-call', minutes: 5, state: 95 },
    // Two and three workdays ago: one message still open, over a day old.
    { day: days[1]!, time: [9, 35], who: fromVendor('northeast', '207.555.0180'), subject: 'Back-ordered toner', for: 'elena', message: 'The HP 58A toner on the last order is back-ordered two weeks. Substitute or wait?', followUp: 'please-call', minutes: 4, state: 'seen' },
    { day: days[1]!, time: [13, 0], who: fromContact('moreau', '207-555-0247'), subject: 'Kitchen drawings', for: 'sofia', message: 'Has comments on the kitchen elevations.', followUp: 'please-call', minutes: 3, state: 150 },
    { day: days[1]!, time: [16, 20], direction: 'outgoing', who: fromContact('hale', '(207) 555-0299'), subject: 'Permit drawings status', outcome: 'no-answer', for: 'noah', state: 'new' },
    { day: days[2]!, time: [10, 0], who: fromContact('accountant', '(207) 555-0235'), subject: 'Year-end meeting', for: 'benjamin', message: 'Proposes the year-end planning meeting on the 10th.', followUp: 'please-call', minutes: 2, state: 240 },
    { day: days[2]!, time: [11, 45], who: candidate ? { caller: candidate.name, phone: contact('candidate').phones[0]!.number, table: 'candidates' as const, id: candidate.id } : { caller: 'An applicant' }, subject: 'Interview time', for: 'margaret', message: 'Asks whether the interview can start half an hour later.', followUp: 'please-call', minutes: 2, state: 70 },
    { day: days[2]!, time: [14, 30], direction: 'outgoing', who: fromVendor('coffee', '207-555-0129'), subject: 'Coffee order', outcome: 'talked', minutes: 4, for: 'elena', state: 'new' },
    // Last week.
    { day: days[3]!, time: [9, 10], who: fromContact('alcott', '617.555.0133'), subject: 'Joint bid', for: 'margaret', message: 'Wants to discuss a joint bid for the library renovation.', followUp: 'wants-to-see-you', minutes: 5, state: 1440 },
    { day: days[3]!, time: [15, 0], who: fromVendor('facilities', '207 555 0173'), subject: 'Heating service', for: 'tomas', message: 'Can service the heat pumps next week.', followUp: 'will-call-again', minutes: 3, state: 1500 },
    { day: days[4]!, time: [10, 40], direction: 'outgoing', who: fromContact('insurance', '(207) 555-0237'), subject: 'Pool car renewal', outcome: 'talked', minutes: 12, for: 'marcus', state: 'new' },
    { day: days[4]!, time: [13, 25], who: fromContact('cole', '(207) 555-0230'), subject: 'Reception desk samples', for: 'sofia', message: 'Received the samples, prefers the oak.', followUp: 'returned-call', minutes: 4, state: 200 },
    { day: days[5]!, time: [9, 55], who: fromVendor('tech', '+1 (207) 555-0151'), subject: 'Laptop quote', for: 'tomas', message: 'Quote for two laptops ready; valid until month end.', followUp: 'please-call', minutes: 3, state: 300 },
    { day: days[5]!, time: [16, 5], who: fromContact('plants', '207-555-0228'), subject: 'Plant care visit', for: 'elena', message: 'Moving the visit to the first Tuesday.', followUp: 'none', minutes: 2, state: 'new' },
    { day: days[6]!, time: [11, 10], who: fromContact('building', '(207) 555-0223'), subject: 'Parking permits', for: 'elena', message: 'New parking permits ready to collect at the building front desk.', followUp: 'please-call', minutes: 2, state: 180 },
    { day: days[7]!, time: [14, 50], direction: 'outgoing', who: fromContact('fraser', '207-555-0252'), subject: 'Planting plan', outcome: 'voicemail', minutes: 1, for: 'sofia', state: 'new' },
    { day: days[8]!, time: [10, 30], who: fromContact('journalist', '207 555 0242'), subject: 'Interview request', for: 'margaret', message: 'Writing about the waterfront projects; would like 20 minutes.', followUp: 'please-call', minutes: 3, state: 2880 },
  ];

  const calls: Call[] = seeds.map((s) => {
    const takenAt = at(s.day, s.time[0], s.time[1]);
    const followUp = s.followUp ?? 'none';
    const closed = typeof s.state === 'number';
    const closedAt = closed ? new Date(Date.parse(takenAt) + (s.state as number) * 60_000).toISOString() : undefined;
    const c = compact<Call>({
      ...base(s.day, s.time[0] * 60 + s.time[1]),
      direction: s.direction ?? 'incoming',
      caller: s.who.caller,
      company: s.who.company,
      phone: s.who.phone,
      callerTable: s.who.table,
      callerId: s.who.id,
      subject: s.subject,
      outcome: s.outcome ?? 'talked',
      durationMinutes: s.minutes,
      forEmployeeId: s.for ? emp(s.for) : undefined,
      message: s.message,
      takenAt,
      takenByEmployeeId: emp('grace'),
      followUp,
      urgent: s.urgent ?? false,
      status: closed ? 'done' : (s.state as 'new' | 'seen'),
      closedAt,
      closedByEmployeeId: closed && s.for ? emp(s.for) : undefined,
    });
    c.createdAt = takenAt;
    c.updatedAt = closedAt ?? takenAt;
    return c;
  });
  const shahCall = calls.find((c) => c.subject === 'Lobby concept')!;
  const tonerCall = calls.find((c) => c.subject === 'Back-ordered toner')!;

  // --- The toner order: Northeast's, two workdays before Karen's back-order call -------------
  const purchaseOrders: PurchaseOrder[] = [];
  const toner = input.items.find((i) => i.sku === 'TN-HP58A');
  const northeast = vendorIds.get('northeast');
  if (toner && northeast) {
    const orderDate = days[3]!;
    const seq = Math.max(40, ...input.purchaseOrders.map((po) => Number(po.number.slice(-4)) || 0)) + 1;
    purchaseOrders.push({
      ...base(orderDate, 10 * 60 + 30),
      number: `PO-${orderDate.slice(0, 4)}-${String(seq).padStart(4, '0')}`,
      vendorId: northeast,
      status: 'ordered',
      orderDate,
      expectedDate: addDays(orderDate, 4),
      lines: [
        { id: ctx.newId(), itemId: toner.id, description: toner.name, quantity: 2, unitCostCents: toner.unitCostCents, receivedQuantity: 0 },
      ],
      shippingCents: 0,
    });
  }

  // --- Tasks: recurring errands and chores, a checklist, links ------------------------------
  const tasks: Task[] = [];
  const task = (date: string, fields: Omit<Task, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'checklist' | 'completedAt' | 'status' | 'priority' | 'kind'> & Partial<Pick<Task, 'checklist' | 'completedAt' | 'status' | 'priority' | 'kind'>>) => {
    const t = compact<Task>({
      ...base(date, 9 * 60 + tasks.length),
      kind: 'task',
      status: 'open',
      priority: 'normal',
      checklist: [],
      completedAt: null,
      ...fields,
    } as Task);
    if (t.completedAt) t.updatedAt = t.completedAt;
    tasks.push(t);
    return t;
  };
  /** A weekly or monthly series: done occurrences on `doneDues` (oldest first), then the open one due `openDue`. */
  const series = (doneDues: string[], openDue: string, fields: Parameters<typeof task>[1], doneAt: [number, number]) => {
    const all = [...doneDues, openDue];
    const first = task(addDays(all[0]!, -3), { ...fields, due: all[0], status: doneDues.length ? 'done' : 'open', completedAt: doneDues.length ? at(all[0]!, doneAt[0], doneAt[1]) : null });
    first.seriesId = first.id;
    for (const due of all.slice(1)) {
      const open = due === openDue;
      const prev = addDays(due, -1);
      const t = task(prev < today ? prev : today, { ...fields, due, seriesId: first.id, status: open ? 'open' : 'done', completedAt: open ? null : at(due, doneAt[0], doneAt[1]) });
      // Each occurrence was made when the one before it was completed.
      const made = tasks[tasks.length - 2]!.completedAt;
      if (made) t.createdAt = made;
      if (open && made) t.updatedAt = made;
    }
  };

  const friday = onOrAfter(today, 5);
  series([addDays(friday, -14), addDays(friday, -7)], friday, {
    title: 'Post office run',
    kind: 'errand',
    assigneeId: emp('grace'),
    dueTime: '15:00',
    location: 'Post office',
    bring: 'outgoing mail and parcels',
    rrule: 'FREQ=WEEKLY;BYDAY=FR',
    notes: 'Certified mail needs the green card filled in. Parcels over 10 lb go at the counter.',
  }, [15, 20]);
  const monday = onOrAfter(today, 1);
  series([addDays(monday, -14), addDays(monday, -7)], monday, {
    title: 'Water the plants',
    kind: 'errand',
    assigneeId: emp('grace'),
    location: 'Studio and reception',
    bring: 'the watering can from the kitchen',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    notes: 'Not the cactus on the reception desk.',
  }, [9, 10]);
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const nextFirst = firstOfMonth === today ? today : `${addDays(firstOfMonth, 32).slice(0, 8)}01`;
  const lastFirst = `${addDays(nextFirst, -1).slice(0, 8)}01`;
  series([lastFirst], nextFirst, {
    title: 'Order coffee and milk',
    assigneeId: emp('elena'),
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=1',
    notes: 'Two 5 lb bags of the house blend; milk from the market on the way in.',
    linkedTable: 'vendors',
    linkedId: vendorIds.get('coffee'),
  }, [10, 0]);

  task(addDays(today, -2), {
    title: 'Set up the board room for the Bayside presentation',
    due: today,
    dueTime: '13:30',
    assigneeId: emp('grace'),
    priority: 'high',
    checklist: [
      { id: ctx.newId(), text: 'Projector and HDMI adapter', done: true },
      { id: ctx.newId(), text: 'Print 8 handouts', done: true },
      { id: ctx.newId(), text: 'Coffee and water for 8', done: false },
      { id: ctx.newId(), text: 'Presentation boards from FedEx Office', done: false },
    ],
  });
  // Made from the call when it ended (the call page's "Make call-back task").
  const callBack = task(shahCall.takenAt.slice(0, 10), {
    title: `Call back ${shahCall.caller}`,
    due: today,
    assigneeId: emp('david'),
    priority: 'high',
    notes: shahCall.message,
    linkedTable: 'calls',
    linkedId: shahCall.id,
  });
  callBack.createdAt = callBack.updatedAt = afterCall(shahCall);
  const tonerOrder = purchaseOrders[0];
  if (tonerOrder) {
    const chase = task(tonerCall.takenAt.slice(0, 10), {
      title: `Chase the back-ordered toner on ${tonerOrder.number}`,
      due: addDays(today, -1),
      assigneeId: emp('elena'),
      priority: 'high',
      notes: tonerCall.message,
      linkedTable: 'purchaseOrders',
      linkedId: tonerOrder.id,
    });
    chase.createdAt = chase.updatedAt = afterCall(tonerCall);
  }
  task(addDays(today, -6), { title: 'Collect keys for the new hire from the building office', kind: 'errand', due: addDays(today, -3), assigneeId: emp('grace'), location: 'Building front desk', bring: 'the signed key form' });
  task(addDays(today, -3), { title: 'Bank deposit', kind: 'errand', due: today, dueTime: '11:00', assigneeId: emp('aisha'), location: 'Bangor Savings Bank, Exchange St', bring: 'the deposit bag and slip' });
  task(addDays(today, -9), { title: 'Find a second plant-care quote', assigneeId: emp('elena'), priority: 'low' });
  task(addDays(today, -9), { title: 'Return the sample chairs to Weber Möbel', kind: 'errand', due: addDays(today, -6), assigneeId: emp('tomas'), location: 'The UPS Store Congress St', bring: 'two chairs, boxed, and the return label', status: 'done', completedAt: at(addDays(today, -6), 14, 40) });
  task(addDays(today, -8), { title: 'Send the lease renewal questions to the landlord', due: addDays(today, -5), assigneeId: emp('marcus'), status: 'done', completedAt: at(addDays(today, -5), 11, 15) });

  return { contacts, calls, tasks, purchaseOrders };
}

/** The moment a call ended: when a task made from it was made. */
function afterCall(call: Call): string {
  return new Date(Date.parse(call.takenAt) + ((call.durationMinutes ?? 0) + 1) * 60_000).toISOString();
}

/**
 * Nothing after the moment the office is loaded (`now`, an instant): a call not yet taken is
 * left out, and so is a task not yet made or made from a call left out; a message closed later
 * than now is still open ('seen'), a task done later than now still open. Records are drawn in
 * full before this cut, so their ids and values never depend on the hour of loading.
 */
export function keepUpToNow(now: string, calls: readonly Call[], tasks: readonly Task[]): { calls: Call[]; tasks: Task[] } {
  const taken = calls.filter((c) => c.takenAt <= now);
  const kept = new Set(taken.map((c) => c.id));
  const dropped = new Set(calls.filter((c) => !kept.has(c.id)).map((c) => c.id));
  return {
    calls: taken.map((c) => {
      if (!c.closedAt || c.closedAt <= now) return c;
      const { closedAt: _closed, closedByEmployeeId: _by, ...open } = c;
      return { ...open, status: 'seen', updatedAt: c.takenAt };
    }),
    tasks: tasks
      .filter((t) => t.createdAt <= now && !(t.linkedTable === 'calls' && t.linkedId && dropped.has(t.linkedId)))
      .map((t) => (t.completedAt && t.completedAt > now ? { ...t, status: 'open', completedAt: null, updatedAt: t.createdAt } : t)),
  };
}

/**
 * The month of calls generated before the front desk existed, brought in line with it without a
 * random draw (so nothing after them moves): a caller whose number is a vendor's or a
 * contact's as stored is matched to that record, and every message from before today is
 * closed ("called back") a few hours after it came, so the open messages are the ones above.
 */
export function settleEarlierCalls(calls: readonly Call[], today: string, vendors: readonly Vendor[], contacts: readonly Contact[]): Call[] {
  const owners = new Map<string, { table: 'vendors' | 'contacts'; id: string }>();
  for (const c of contacts) for (const p of c.phones) if (!owners.has(p.number)) owners.set(p.number, { table: 'contacts', id: c.id });
  for (const v of vendors) if (v.phone) owners.set(v.phone, { table: 'vendors', id: v.id });
  return calls.map((call, k) => {
    const owner = call.phone ? owners.get(call.phone) : undefined;
    const next: Call = owner ? { ...call, callerTable: owner.table, callerId: owner.id } : { ...call };
    if (call.followUp !== 'none' && call.takenAt.slice(0, 10) < today) {
      const closedAt = new Date(Date.parse(call.takenAt) + (1 + (k % 4)) * 3_600_000).toISOString();
      Object.assign(next, { status: 'done', closedAt, updatedAt: closedAt });
      if (call.forEmployeeId) next.closedByEmployeeId = call.forEmployeeId;
    }
    return next;
  });
}
