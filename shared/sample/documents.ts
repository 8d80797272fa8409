/** Realistic bodies for the sample office's documents (plain text: blank lines split paragraphs). */
import { addDays, formatDate } from '../lib/dates';

export interface DocumentSeed {
  type: 'memo' | 'letter' | 'fax' | 'minutes' | 'message' | 'report' | 'scan';
  title: string;
  daysAgo: number;
  status: 'draft' | 'final' | 'sent';
  to?: string;
  /** A letter's inside address (merge letters use {{recipient.address}}). */
  recipientAddress?: string;
  from?: string;
  cc?: string;
  subject?: string;
  tags: string[];
  body: (today: string) => string;
}

const long = (date: string) => formatDate(date, 'en-US', 'long');

export const DOCUMENTS: DocumentSeed[] = [
  {
    type: 'memo',
    title: 'Holiday office hours',
    daysAgo: 3,
    status: 'final',
    to: 'All staff',
    from: 'Elena Rossi, Office Manager',
    subject: 'Office hours over Thanksgiving and the December holidays',
    tags: ['office', 'holidays'],
    body: (today) => `The studio will be closed on Thursday and Friday of Thanksgiving week. We reopen at 8:30 on the following Monday.

For the December holidays we will keep the usual hours until ${long(addDays(today, 31))}, then close until the new year. Please note the following:

- Client deadlines that fall in the closure need to be agreed with Noah by the end of this month.
- The plotter queue is cleared every evening during the closure; save your print sets locally.
- Reception will forward the main line to the on-call mobile (207) 555-0142.

If you are planning time off in December and have not yet entered it in the calendar, please do so this week so we can plan cover.`,
  },
  {
    type: 'memo',
    title: 'Supply closet sign-out',
    daysAgo: 40,
    status: 'final',
    to: 'All staff',
    from: 'Elena Rossi, Office Manager',
    subject: 'Signing out supplies from the closets',
    tags: ['inventory', 'procedures'],
    body: () => `We have run out of toner and copy paper twice this quarter because items left the closet without being recorded. From Monday, please write down what you take on the sheet by the door, or tell Grace at reception.

Items that must always be signed out:

- Toner cartridges and plotter ink
- Reams of copy paper (any size)
- Tracing and bond paper rolls
- Batteries and cables from the IT cabinet

Everything else can be taken as needed. Grace enters the sheet into Backdesk every afternoon so reorders go out before we run short.`,
  },
  {
    type: 'letter',
    title: 'Letter to PrintWorks about plotter service',
    daysAgo: 12,
    status: 'sent',
    to: 'Dana Whitfield\nPrintWorks Imaging\n301 Forest Ave\nPortland, ME 04101',
    from: 'Tomás Herrera, IT & Facilities Coordinator',
    subject: 'Service agreement for the HP DesignJet T830 (asset HL-0001)',
    tags: ['equipment', 'vendors'],
    body: () => `Dear Ms. Whitfield,

Thank you for your visit last month to recalibrate our DesignJet T830. The banding on large prints has returned, and we would like to schedule a service visit under our agreement at your earliest convenience.

Our preferred times are weekday mornings before 11:00, when the print room is quiet. Please call me on extension 132 to confirm a date.

We would also like a quote for extending the service agreement by two years, including printheads.

Sincerely,`,
  },
  {
    // Made for mail merge (issue 16.6): every part that differs per vendor is a merge field.
    type: 'letter',
    title: 'Letter to vendors with an open order',
    daysAgo: 1,
    status: 'final',
    to: '{{recipient.name}}',
    recipientAddress: '{{recipient.address}}',
    from: 'Benjamin Wright, Finance Manager',
    subject: 'Your open orders with {{company.name}}: delivery over the holidays',
    tags: ['vendors', 'purchasing', 'mail merge'],
    body: (today) => `Dear {{recipient.greeting}},

We still have orders open with {{recipient.name}}: {{vendor.openOrders}}. Please let us know when you expect to deliver them.

The studio is closed from ${long(addDays(today, 31))} until the new year. Deliveries during the closure cannot be received; please plan them before then, or for the first week of January.

Invoices should quote our account number, {{vendor.accountNumber}}, and go to {{company.email}}. We pay on your usual terms ({{vendor.paymentTerms}}).

Thank you for your help this year.

Yours sincerely,`,
  },
  {
    type: 'letter',
    title: 'Offer letter — Senior Architectural Designer',
    daysAgo: 2,
    status: 'draft',
    to: 'Olivia Bennett',
    from: 'Margaret Chen, Principal',
    subject: 'Offer of employment',
    tags: ['recruiting', 'confidential'],
    body: (today) => `Dear Olivia,

It is a pleasure to offer you the position of Senior Architectural Designer at Harbor Lane Design Studio, reporting to David Okafor, Studio Director.

We propose a start date of ${long(addDays(today, 35))}. The details of compensation and benefits are set out in the enclosed summary.

Please let us know your decision within ten working days. We are looking forward to working with you.

Kind regards,`,
  },
  {
    type: 'minutes',
    title: 'Staff meeting minutes',
    daysAgo: 7,
    status: 'final',
    to: 'All staff',
    from: 'Hannah Kowalski',
    subject: 'Weekly staff meeting',
    tags: ['meetings'],
    body: () => `Present: Margaret, David, Sofia, Priya, Jonas, Noah, Hannah, Marcus, Elena, Tomás, Grace, Benjamin, Aisha.

Projects: the Bayside Hotel lobby drawings go to the client on Friday. Sanderson Builders asked for a revised schedule for the Fore Street townhouses.

Office: the shredder is out for repair; use the locked bin in the mailroom for confidential paper until it is back.

Actions:

- Noah to send the revised Sanderson schedule by Wednesday.
- Tomás to book the plotter service visit.
- Elena to collect December time-off requests.`,
  },
  {
    type: 'fax',
    title: 'Fax cover — permit drawings to City Planning',
    daysAgo: 18,
    status: 'sent',
    to: 'Rebecca Hale, City of Portland Planning — fax (207) 555-0298',
    from: 'Noah Fischer',
    subject: 'Revised site plan, 88 Fore Street',
    tags: ['projects', 'permits'],
    body: () => `Pages: 4 including this cover.

Please find the revised site plan for 88 Fore Street showing the widened accessible entrance requested at the pre-application meeting. The full drawing set follows by courier.

Call me on (207) 555-0142 extension 120 with any questions.`,
  },
  {
    type: 'report',
    title: 'Supply spending review',
    daysAgo: 25,
    status: 'final',
    to: 'Margaret Chen',
    from: 'Benjamin Wright',
    subject: 'Quarterly review of office supply and printing costs',
    tags: ['finance', 'inventory'],
    body: () => `Printing and paper remain our largest supply cost, driven by plotter ink and bond rolls for client presentations.

Findings:

- Ink spend is up about 18% on last quarter, in line with the Bayside Hotel presentation sets.
- Copy paper use fell after the switch to double-sided defaults.
- Breakroom spend is on budget.

Recommendation: keep the plotter service agreement, and ask PrintWorks for volume pricing on HP 728 cartridges.`,
  },
  {
    type: 'message',
    title: 'Note for Marcus — courier account',
    daysAgo: 5,
    status: 'final',
    to: 'Marcus Reed',
    from: 'Grace Park',
    tags: ['vendors'],
    body: () => `Harbor Courier called: our account needs an updated billing contact since Liam left. Could you confirm who should receive the invoices? Luis Ortega is at (207) 555-0108.`,
  },
  {
    type: 'memo',
    title: 'New printer defaults',
    daysAgo: 60,
    status: 'final',
    to: 'All staff',
    from: 'Tomás Herrera',
    subject: 'Double-sided printing is now the default',
    tags: ['it', 'procedures'],
    body: () => `All office printers now print double-sided and in black and white by default. Choose colour or single-sided in the print dialog when a client set needs it.

The plotter is unchanged. Please collect your prints promptly; unclaimed prints are recycled at the end of each day.`,
  },
  {
    type: 'letter',
    title: 'Reference request — Aisha Mensah',
    daysAgo: 70,
    status: 'sent',
    to: 'HR Department\nCole Dental Care\n410 Brighton Ave\nPortland, ME 04102',
    from: 'Benjamin Wright, Finance Manager',
    subject: 'Employment reference',
    tags: ['recruiting'],
    body: () => `To whom it may concern,

Aisha Mensah has applied for the position of part-time Bookkeeper with our studio and has named you as a reference. We would be grateful for a short note confirming her dates of employment and role.

Thank you for your help.

Yours faithfully,`,
  },
];
