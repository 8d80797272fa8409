/**
 * The fixed cast of the sample office: people, vendors, supplies, equipment, budget
 * categories. Randomness (quantities, dates, which calls came in) is layered on top in
 * generate.ts; keeping the names here makes the sample readable and reviewable.
 */

export const COMPANY = {
  name: 'Harbor Lane Design Studio',
  address: '214 Harbor Lane, Suite 3\nPortland, ME 04101',
  phone: '(207) 555-0142',
  email: 'office@harborlane.example',
  website: 'https://harborlane.example',
  currency: 'USD',
  locale: 'en-US',
  fiscalYearStartMonth: 1,
} as const;

export const EMAIL_DOMAIN = 'harborlane.example';

export interface EmployeeSeed {
  key: string;
  name: string;
  title: string;
  department: string;
  manager?: string;
  ext: string;
  startYearsAgo: number;
  salary: number; // whole dollars per year
  status?: 'active' | 'on-leave' | 'left';
}

export const EMPLOYEES: EmployeeSeed[] = [
  { key: 'margaret', name: 'Margaret Chen', title: 'Principal', department: 'Leadership', ext: '101', startYearsAgo: 14, salary: 168000 },
  { key: 'david', name: 'David Okafor', title: 'Studio Director', department: 'Design', manager: 'margaret', ext: '102', startYearsAgo: 9, salary: 132000 },
  { key: 'sofia', name: 'Sofia Álvarez', title: 'Senior Designer', department: 'Design', manager: 'david', ext: '110', startYearsAgo: 6, salary: 98000 },
  { key: 'liam', name: "Liam O'Brien", title: 'Designer', department: 'Design', manager: 'david', ext: '111', startYearsAgo: 3, salary: 76000, status: 'left' },
  { key: 'priya', name: 'Priya Raman', title: 'Junior Designer', department: 'Design', manager: 'sofia', ext: '112', startYearsAgo: 1, salary: 61000 },
  { key: 'jonas', name: 'Jonas Lindqvist', title: '3D Visualizer', department: 'Design', manager: 'david', ext: '113', startYearsAgo: 2, salary: 72000 },
  { key: 'noah', name: 'Noah Fischer', title: 'Project Manager', department: 'Projects', manager: 'margaret', ext: '120', startYearsAgo: 5, salary: 94000 },
  { key: 'hannah', name: 'Hannah Kowalski', title: 'Project Coordinator', department: 'Projects', manager: 'noah', ext: '121', startYearsAgo: 2, salary: 58000 },
  { key: 'chloe', name: 'Chloé Dubois', title: 'Marketing Coordinator', department: 'Projects', manager: 'noah', ext: '122', startYearsAgo: 3, salary: 57000, status: 'on-leave' },
  { key: 'marcus', name: 'Marcus Reed', title: 'Operations Manager', department: 'Operations', manager: 'margaret', ext: '130', startYearsAgo: 8, salary: 88000 },
  { key: 'elena', name: 'Elena Rossi', title: 'Office Manager', department: 'Operations', manager: 'marcus', ext: '131', startYearsAgo: 7, salary: 64000 },
  { key: 'tomas', name: 'Tomás Herrera', title: 'IT & Facilities Coordinator', department: 'Operations', manager: 'marcus', ext: '132', startYearsAgo: 4, salary: 62000 },
  { key: 'grace', name: 'Grace Park', title: 'Receptionist', department: 'Operations', manager: 'elena', ext: '100', startYearsAgo: 2, salary: 44000 },
  { key: 'benjamin', name: 'Benjamin Wright', title: 'Finance Manager', department: 'Finance', manager: 'margaret', ext: '140', startYearsAgo: 6, salary: 105000 },
  { key: 'aisha', name: 'Aisha Mensah', title: 'Bookkeeper', department: 'Finance', manager: 'benjamin', ext: '141', startYearsAgo: 0, salary: 52000 },
];

export interface VendorSeed {
  key: string;
  name: string;
  contactName: string;
  email: string;
  phone: string;
  address: string;
  website?: string;
  accountNumber: string;
  paymentTerms: string;
  /** Invoice number prefix. */
  invoicePrefix: string;
}

export const VENDORS: VendorSeed[] = [
  { key: 'northeast', name: 'Northeast Office Supply Co.', contactName: 'Karen Boucher', email: 'orders@neofficesupply.example', phone: '(207) 555-0180', address: '88 Commercial St\nPortland, ME 04101', website: 'https://neofficesupply.example', accountNumber: 'HLD-20931', paymentTerms: 'Net 30', invoicePrefix: 'NEO-' },
  { key: 'paper', name: 'Portland Paper & Packaging', contactName: 'Jim Tran', email: 'sales@portlandpaper.example', phone: '(207) 555-0117', address: '12 Industrial Way\nWestbrook, ME 04092', accountNumber: '44817', paymentTerms: 'Net 30', invoicePrefix: 'PPP' },
  { key: 'printworks', name: 'PrintWorks Imaging', contactName: 'Dana Whitfield', email: 'service@printworks.example', phone: '(207) 555-0164', address: '301 Forest Ave\nPortland, ME 04101', website: 'https://printworks.example', accountNumber: 'PW-7719', paymentTerms: 'Net 15', invoicePrefix: 'PWI-' },
  { key: 'coffee', name: 'Casco Bay Coffee Roasters', contactName: 'Maya Lopes', email: 'wholesale@cascobaycoffee.example', phone: '(207) 555-0129', address: '5 Wharf St\nPortland, ME 04101', accountNumber: 'W-0342', paymentTerms: 'Due on receipt', invoicePrefix: 'CBC' },
  { key: 'clean', name: 'CleanRight Janitorial Supply', contactName: 'Peter Novak', email: 'orders@cleanright.example', phone: '(207) 555-0195', address: '740 Riverside St\nPortland, ME 04103', accountNumber: 'CR-55120', paymentTerms: 'Net 30', invoicePrefix: 'CR' },
  { key: 'tech', name: 'TechPoint Computers', contactName: 'Ali Hassan', email: 'business@techpoint.example', phone: '(207) 555-0151', address: '200 Maine Mall Rd\nSouth Portland, ME 04106', website: 'https://techpoint.example', accountNumber: 'TP-HARB', paymentTerms: 'Net 30', invoicePrefix: 'TPC-' },
  { key: 'courier', name: 'Harbor Courier Services', contactName: 'Luis Ortega', email: 'dispatch@harborcourier.example', phone: '(207) 555-0108', address: '19 Thames St\nPortland, ME 04101', accountNumber: 'HC-1180', paymentTerms: 'Net 15', invoicePrefix: 'HCS' },
  { key: 'facilities', name: 'Evergreen Facilities Maintenance', contactName: 'Sarah Mitchell', email: 'service@evergreenfm.example', phone: '(207) 555-0173', address: '45 Warren Ave\nWestbrook, ME 04092', accountNumber: 'EFM-3306', paymentTerms: 'Net 30', invoicePrefix: 'EFM-' },
];

export interface ItemSeed {
  name: string;
  sku: string;
  category: string;
  unit: string;
  location: string;
  min: number;
  target: number;
  pack: number;
  cost: number; // cents per unit
  vendor: string;
  /** Typical units used per week. */
  weekly: number;
}

const I = (
  name: string,
  sku: string,
  category: string,
  unit: string,
  location: string,
  min: number,
  target: number,
  pack: number,
  cost: number,
  vendor: string,
  weekly: number,
): ItemSeed => ({ name, sku, category, unit, location, min, target, pack, cost, vendor, weekly });

export const ITEMS: ItemSeed[] = [
  I('Copy paper A4 80gsm, 500 sheets', 'PAP-A4-80', 'Paper', 'ream', 'Supply closet A', 20, 60, 5, 649, 'paper', 9),
  I('Copy paper Letter 20 lb, 500 sheets', 'PAP-LTR-20', 'Paper', 'ream', 'Supply closet A', 20, 60, 10, 599, 'paper', 11),
  I('Cardstock Letter 110 lb white, 250 sheets', 'PAP-CARD-110', 'Paper', 'pack', 'Supply closet A', 2, 6, 1, 1899, 'paper', 0.6),
  I('Tracing paper roll 24 in × 50 yd', 'PAP-TRC-24', 'Paper', 'roll', 'Print room', 3, 8, 1, 2450, 'paper', 0.8),
  I('Plotter bond paper roll 36 in × 150 ft', 'PAP-BND-36', 'Paper', 'roll', 'Print room', 2, 6, 1, 3899, 'printworks', 0.9),
  I('Glossy photo paper Letter, 50 sheets', 'PAP-PHO-LTR', 'Paper', 'pack', 'Print room', 2, 5, 1, 2199, 'printworks', 0.4),
  I('Legal pads yellow, 12 pack', 'PAP-LGL-12', 'Paper', 'pack', 'Supply closet A', 3, 8, 1, 1399, 'northeast', 0.9),
  I('Spiral notebook A5, ruled', 'NB-A5-SPR', 'Paper', 'each', 'Supply closet A', 10, 30, 5, 349, 'northeast', 2),
  I('Ballpoint pens black, box of 12', 'WR-BP-BLK', 'Writing', 'box', 'Supply closet A', 4, 12, 1, 899, 'northeast', 1.2),
  I('Ballpoint pens blue, box of 12', 'WR-BP-BLU', 'Writing', 'box', 'Supply closet A', 3, 10, 1, 899, 'northeast', 0.8),
  I('Gel pens assorted colours, 8 pack', 'WR-GEL-8', 'Writing', 'pack', 'Supply closet A', 2, 6, 1, 1249, 'northeast', 0.4),
  I('Fineliner pen 0.3 mm black', 'WR-FL-03', 'Writing', 'each', 'Supply closet A', 10, 30, 10, 229, 'northeast', 3),
  I('Permanent markers black, 12 pack', 'WR-PM-12', 'Writing', 'pack', 'Supply closet A', 2, 5, 1, 1099, 'northeast', 0.3),
  I('Highlighters assorted, 6 pack', 'WR-HL-6', 'Writing', 'pack', 'Supply closet A', 3, 8, 1, 749, 'northeast', 0.6),
  I('Whiteboard markers, 4 pack', 'WR-WB-4', 'Writing', 'pack', 'Supply closet A', 3, 8, 1, 899, 'northeast', 0.8),
  I('Pencils HB, box of 12', 'WR-PC-HB', 'Writing', 'box', 'Supply closet A', 2, 6, 1, 499, 'northeast', 0.4),
  I('Vinyl erasers', 'WR-ERS', 'Writing', 'each', 'Supply closet A', 5, 15, 5, 99, 'northeast', 0.8),
  I('Sticky notes 3×3 in yellow, 12 pads', 'DS-STK-33', 'Desk supplies', 'pack', 'Supply closet A', 4, 12, 1, 1099, 'northeast', 1.5),
  I('Sticky notes 3×3 in neon, 6 pads', 'DS-STK-NEON', 'Desk supplies', 'pack', 'Supply closet A', 2, 6, 1, 899, 'northeast', 0.5),
  I('Staples standard, box of 5000', 'DS-STP-5K', 'Desk supplies', 'box', 'Supply closet B', 2, 6, 1, 349, 'northeast', 0.3),
  I('Stapler, full strip', 'DS-STPLR', 'Desk supplies', 'each', 'Supply closet B', 1, 3, 1, 1599, 'northeast', 0.1),
  I('Paper clips jumbo, box of 100', 'DS-CLP-J', 'Desk supplies', 'box', 'Supply closet B', 3, 10, 1, 249, 'northeast', 0.6),
  I('Binder clips medium, box of 12', 'DS-BCL-M', 'Desk supplies', 'box', 'Supply closet B', 3, 10, 1, 399, 'northeast', 0.7),
  I('Clear tape refills, 6 rolls', 'DS-TAPE-6', 'Desk supplies', 'pack', 'Supply closet B', 2, 6, 1, 1199, 'northeast', 0.4),
  I('Scissors 8 in', 'DS-SCI-8', 'Desk supplies', 'each', 'Supply closet B', 2, 5, 1, 899, 'northeast', 0.1),
  I('Rubber bands assorted, 1 lb bag', 'DS-RB-1LB', 'Desk supplies', 'bag', 'Supply closet B', 1, 3, 1, 799, 'northeast', 0.1),
  I('Manila file folders Letter, box of 100', 'FL-MAN-100', 'Filing', 'box', 'Supply closet B', 2, 5, 1, 1599, 'northeast', 0.3),
  I('Hanging file folders, box of 25', 'FL-HNG-25', 'Filing', 'box', 'Supply closet B', 2, 4, 1, 1899, 'northeast', 0.2),
  I('3-ring binder 1 in, white', 'FL-BND-1', 'Filing', 'each', 'Supply closet B', 6, 20, 6, 449, 'northeast', 1.5),
  I('Sheet protectors, box of 100', 'FL-SP-100', 'Filing', 'box', 'Supply closet B', 1, 3, 1, 1299, 'northeast', 0.2),
  I('Index dividers 8-tab', 'FL-DIV-8', 'Filing', 'pack', 'Supply closet B', 5, 15, 5, 299, 'northeast', 0.9),
  I('Archive storage box with lid', 'FL-ARC-BOX', 'Filing', 'each', 'Supply closet B', 5, 20, 10, 399, 'paper', 1),
  I('Toner cartridge HP 58A black', 'TN-HP58A', 'Printer supplies', 'each', 'Print room', 2, 4, 1, 11999, 'printworks', 0.4),
  I('Toner cartridge Brother TN-760 black', 'TN-BR760', 'Printer supplies', 'each', 'Print room', 1, 3, 1, 6999, 'printworks', 0.25),
  I('Drum unit Brother DR-730', 'TN-DR730', 'Printer supplies', 'each', 'Print room', 1, 2, 1, 8999, 'printworks', 0.05),
  I('Plotter ink HP 728 cyan 130 ml', 'IN-HP728-C', 'Printer supplies', 'each', 'Print room', 1, 3, 1, 10499, 'printworks', 0.25),
  I('Plotter ink HP 728 magenta 130 ml', 'IN-HP728-M', 'Printer supplies', 'each', 'Print room', 1, 3, 1, 10499, 'printworks', 0.25),
  I('Plotter ink HP 728 yellow 130 ml', 'IN-HP728-Y', 'Printer supplies', 'each', 'Print room', 1, 3, 1, 10499, 'printworks', 0.25),
  I('Plotter ink HP 728 matte black 300 ml', 'IN-HP728-MK', 'Printer supplies', 'each', 'Print room', 1, 2, 1, 15999, 'printworks', 0.2),
  I('Coffee beans medium roast, 2 lb bag', 'BR-COF-MED', 'Breakroom', 'bag', 'Kitchen', 4, 10, 1, 2899, 'coffee', 3),
  I('Coffee beans decaf, 1 lb bag', 'BR-COF-DEC', 'Breakroom', 'bag', 'Kitchen', 1, 3, 1, 1699, 'coffee', 0.4),
  I('Tea bags assorted, box of 100', 'BR-TEA-100', 'Breakroom', 'box', 'Kitchen', 1, 3, 1, 1499, 'coffee', 0.3),
  I('Oat milk, 32 oz carton', 'BR-OAT-32', 'Breakroom', 'carton', 'Kitchen', 4, 12, 6, 349, 'coffee', 4),
  I('Sugar packets, box of 1000', 'BR-SUG-1K', 'Breakroom', 'box', 'Kitchen', 1, 2, 1, 1299, 'northeast', 0.1),
  I('Paper cups 12 oz, sleeve of 50', 'BR-CUP-12', 'Breakroom', 'sleeve', 'Kitchen', 2, 6, 1, 699, 'clean', 0.8),
  I('Paper towels, case of 12 rolls', 'BR-PTW-12', 'Breakroom', 'case', 'Janitor closet', 1, 3, 1, 2899, 'clean', 0.4),
  I('Bottled water, case of 24', 'BR-WAT-24', 'Breakroom', 'case', 'Kitchen', 2, 5, 1, 599, 'northeast', 1),
  I('Disinfecting wipes, canister of 75', 'CL-WIPE-75', 'Cleaning', 'canister', 'Janitor closet', 4, 12, 6, 649, 'clean', 1.5),
  I('All-purpose cleaner spray, 32 oz', 'CL-APC-32', 'Cleaning', 'bottle', 'Janitor closet', 2, 6, 1, 499, 'clean', 0.5),
  I('Dish soap, 24 oz', 'CL-DISH-24', 'Cleaning', 'bottle', 'Kitchen', 2, 4, 1, 399, 'clean', 0.4),
  I('Hand soap refill, 56 oz', 'CL-HS-56', 'Cleaning', 'bottle', 'Janitor closet', 2, 5, 1, 899, 'clean', 0.5),
  I('Trash bags 33 gal, box of 40', 'CL-TB-33', 'Cleaning', 'box', 'Janitor closet', 2, 5, 1, 1799, 'clean', 0.4),
  I('Toilet paper, case of 48 rolls', 'CL-TP-48', 'Cleaning', 'case', 'Janitor closet', 1, 3, 1, 4299, 'clean', 0.3),
  I('Envelopes #10 white, box of 500', 'ML-ENV-10', 'Mailing', 'box', 'Mailroom', 1, 3, 1, 2499, 'northeast', 0.15),
  I('Catalog envelopes 9×12 in, box of 100', 'ML-ENV-912', 'Mailing', 'box', 'Mailroom', 1, 2, 1, 1899, 'northeast', 0.1),
  I('Bubble mailers 10×13 in, 25 pack', 'ML-BUB-25', 'Mailing', 'pack', 'Mailroom', 1, 3, 1, 1699, 'paper', 0.2),
  I('Shipping labels 2×4 in, box of 1000', 'ML-LBL-24', 'Mailing', 'box', 'Mailroom', 1, 2, 1, 2999, 'northeast', 0.05),
  I('Packing tape with dispenser', 'ML-PTAPE', 'Mailing', 'each', 'Mailroom', 3, 8, 6, 449, 'paper', 0.5),
  I('First aid kit refill', 'FA-REFILL', 'Safety', 'each', 'Kitchen', 1, 2, 1, 3499, 'northeast', 0.05),
  I('AA batteries, 24 pack', 'TE-AA-24', 'Tech accessories', 'pack', 'IT cabinet', 1, 3, 1, 1899, 'tech', 0.2),
  I('USB-C charging cable 6 ft', 'TE-USBC-6', 'Tech accessories', 'each', 'IT cabinet', 2, 6, 1, 1299, 'tech', 0.3),
  I('HDMI cable 6 ft', 'TE-HDMI-6', 'Tech accessories', 'each', 'IT cabinet', 1, 4, 1, 999, 'tech', 0.1),
  I('Wireless mouse', 'TE-MOUSE', 'Tech accessories', 'each', 'IT cabinet', 2, 4, 1, 2499, 'tech', 0.1),
];

export interface EquipmentSeed {
  name: string;
  tag: string;
  category: string;
  make: string;
  model: string;
  serial: string;
  location: string;
  assignedTo?: string;
  purchasedDaysAgo: number;
  cost: number; // cents
  vendor: string;
  warrantyYears: number;
  serviceIntervalDays?: number;
  status?: 'in-use' | 'in-storage' | 'in-repair' | 'retired';
}

export const EQUIPMENT: EquipmentSeed[] = [
  { name: 'Large-format plotter', tag: 'HL-0001', category: 'Printers', make: 'HP', model: 'DesignJet T830 36-in', serial: 'CN8A41F0QX', location: 'Print room', purchasedDaysAgo: 1100, cost: 389900, vendor: 'printworks', warrantyYears: 3, serviceIntervalDays: 180 },
  { name: 'Office laser printer', tag: 'HL-0002', category: 'Printers', make: 'HP', model: 'LaserJet Pro M404n', serial: 'PHBBM21734', location: 'Print room', purchasedDaysAgo: 900, cost: 34900, vendor: 'printworks', warrantyYears: 1, serviceIntervalDays: 365 },
  { name: 'Front desk printer', tag: 'HL-0003', category: 'Printers', make: 'Brother', model: 'HL-L2350DW', serial: 'U64180K2N512', location: 'Reception', purchasedDaysAgo: 700, cost: 15999, vendor: 'tech', warrantyYears: 1 },
  { name: 'Document scanner', tag: 'HL-0004', category: 'Scanners', make: 'Fujitsu', model: 'ScanSnap iX1600', serial: 'A5FD004512', location: 'Reception', assignedTo: 'grace', purchasedDaysAgo: 500, cost: 49900, vendor: 'tech', warrantyYears: 1 },
  { name: 'Design workstation 1', tag: 'HL-0010', category: 'Computers', make: 'Apple', model: 'MacBook Pro 16-in M3 Pro', serial: 'C02FK3ZXQ6L4', location: 'Design studio', assignedTo: 'sofia', purchasedDaysAgo: 400, cost: 289900, vendor: 'tech', warrantyYears: 3 },
  { name: 'Design workstation 2', tag: 'HL-0011', category: 'Computers', make: 'Apple', model: 'MacBook Pro 14-in M3', serial: 'C02FL8B1Q05N', location: 'Design studio', assignedTo: 'priya', purchasedDaysAgo: 350, cost: 199900, vendor: 'tech', warrantyYears: 3 },
  { name: 'Rendering PC', tag: 'HL-0012', category: 'Computers', make: 'Dell', model: 'Precision 3680 Tower', serial: '7HQ3KT3', location: 'Design studio', assignedTo: 'jonas', purchasedDaysAgo: 600, cost: 348000, vendor: 'tech', warrantyYears: 3, serviceIntervalDays: 365 },
  { name: 'Network storage', tag: 'HL-0020', category: 'Network', make: 'Synology', model: 'DS923+', serial: '2260QVR81403', location: 'IT cabinet', assignedTo: 'tomas', purchasedDaysAgo: 800, cost: 119900, vendor: 'tech', warrantyYears: 3, serviceIntervalDays: 90 },
  { name: 'Office router and firewall', tag: 'HL-0021', category: 'Network', make: 'Ubiquiti', model: 'UniFi Dream Machine Pro', serial: '74ACB9E0F1C2', location: 'IT cabinet', assignedTo: 'tomas', purchasedDaysAgo: 950, cost: 37900, vendor: 'tech', warrantyYears: 1 },
  { name: 'Conference room display', tag: 'HL-0030', category: 'AV', make: 'Samsung', model: 'QM65C 65-in', serial: '0A1N3CRW500812', location: 'Conference room', purchasedDaysAgo: 750, cost: 159900, vendor: 'tech', warrantyYears: 3 },
  { name: 'Espresso machine', tag: 'HL-0040', category: 'Kitchen', make: 'Jura', model: 'GIGA X3 Professional', serial: 'JX3-118204', location: 'Kitchen', purchasedDaysAgo: 1300, cost: 489900, vendor: 'coffee', warrantyYears: 2, serviceIntervalDays: 120 },
  { name: 'Paper shredder', tag: 'HL-0041', category: 'Office', make: 'Fellowes', model: 'Powershred 99Ci', serial: 'FW99C-552310', location: 'Mailroom', purchasedDaysAgo: 1500, cost: 42999, vendor: 'northeast', warrantyYears: 1, status: 'in-repair' },
];

/** [code, name, children: [name, monthly budget in dollars][]] */
export const BUDGET_TREE: [string, string, [string, number][]][] = [
  ['6100', 'Office & supplies', [['Office supplies', 900], ['Printing & paper', 1100], ['Breakroom', 650]]],
  ['6200', 'Facilities', [['Rent', 6800], ['Utilities', 950], ['Cleaning & maintenance', 1200]]],
  ['6300', 'Technology', [['Software subscriptions', 1850], ['Hardware', 1500], ['Internet & phone', 420]]],
  ['6400', 'People', [['Training', 700], ['Recruiting', 600], ['Team events', 400]]],
  ['6500', 'Travel & meals', [['Client travel', 900], ['Meals', 450]]],
  ['6600', 'Professional services', [['Accounting', 1100], ['Legal', 500]]],
  ['6700', 'Marketing', [['Marketing', 800]]],
];

export const CANDIDATE_NAMES = [
  'Olivia Bennett', 'Mateo García', 'Ava Thompson', 'Ethan Nguyen', 'Isabella Moore', 'Lucas Müller',
  'Mia Johansson', 'Amara Okonkwo', 'Henry Walsh', 'Zoë Martin', 'Daniel Kim', 'Fatima Haddad',
  'Samuel Brooks', 'Emily Carter', 'Rafael Souza', 'Charlotte Evans', 'Kenji Watanabe', 'Nora Ahmed',
  'Jack Sullivan', 'Leah Goldberg', 'Victor Petrov', 'Ruby Collins', 'Omar Farouk', 'Grace Liu',
  'Miguel Ángel Torres',
];

export const CLIENTS = [
  { name: 'Paul Sanderson', company: 'Sanderson Builders', phone: '(207) 555-0211' },
  { name: 'Rebecca Hale', company: 'City of Portland Planning', phone: '(207) 555-0299' },
  { name: 'Tom Alcott', company: 'Alcott & Reyes Architects', phone: '(617) 555-0133' },
  { name: 'Linda Moreau', company: 'Moreau Family Trust', phone: '(207) 555-0246' },
  { name: 'Kevin Shah', company: 'Bayside Hotel Group', phone: '(207) 555-0277' },
  { name: 'Janet Cole', company: 'Cole Dental Care', phone: '(207) 555-0230' },
  { name: 'Ian Fraser', company: 'Fraser Landscape Co.', phone: '(207) 555-0252' },
  { name: 'Monica Reyes', company: 'Alcott & Reyes Architects', phone: '(617) 555-0134' },
];

/**
 * Equipment added with the Equipment module (issue 12): the copier with its page meter, the
 * air conditioner, loaner laptops, the bookable projector and pool car. Generated after every
 * other section (see generate.ts) so the records before them keep their ids and values.
 */
export interface EquipmentModuleSeed extends EquipmentSeed {
  key: string;
  expectedLifeMonths?: number;
  bookable?: boolean;
  notes?: string;
}

export const EQUIPMENT_MODULE: EquipmentModuleSeed[] = [
  { key: 'copier', name: 'Multifunction copier', tag: 'HL-0005', category: 'Printers', make: 'Canon', model: 'imageRUNNER ADVANCE DX 4725i', serial: '3VE0174512', location: 'Print room', purchasedDaysAgo: 820, cost: 649900, vendor: 'printworks', warrantyYears: 3, expectedLifeMonths: 84, notes: 'Service agreement with PrintWorks Imaging: parts and labour, toner billed separately.' },
  { key: 'loaner1', name: 'Loaner laptop 1', tag: 'HL-0013', category: 'Computers', make: 'Dell', model: 'Latitude 5450', serial: 'GX7K2Q3', location: 'IT cabinet', purchasedDaysAgo: 300, cost: 129900, vendor: 'tech', warrantyYears: 3, expectedLifeMonths: 48 },
  { key: 'loaner2', name: 'Loaner laptop 2', tag: 'HL-0014', category: 'Computers', make: 'Lenovo', model: 'ThinkPad T14 Gen 5', serial: 'PF4XK9L2', location: 'IT cabinet', purchasedDaysAgo: 420, cost: 119900, vendor: 'tech', warrantyYears: 3, expectedLifeMonths: 48 },
  { key: 'projector', name: 'Portable projector', tag: 'HL-0031', category: 'AV', make: 'Epson', model: 'PowerLite L210W', serial: 'X8FK1200457', location: 'Conference room cabinet', purchasedDaysAgo: 430, cost: 119900, vendor: 'tech', warrantyYears: 2, bookable: true, status: 'in-storage' },
  { key: 'aircon', name: 'Air conditioner (ductless split)', tag: 'HL-0042', category: 'Facilities', make: 'Mitsubishi Electric', model: 'MSZ-GL18NA', serial: '51M0428836', location: 'Design studio', purchasedDaysAgo: 1650, cost: 389000, vendor: 'facilities', warrantyYears: 5, expectedLifeMonths: 180 },
  { key: 'car', name: 'Pool car', tag: 'HL-0050', category: 'Vehicles', make: 'Toyota', model: 'Corolla Hybrid LE', serial: 'JTDEAMDE3N3012874', location: 'Harbor Lane garage, space 4', purchasedDaysAgo: 610, cost: 2395000, vendor: '', warrantyYears: 3, expectedLifeMonths: 96, bookable: true },
];

/** The copier's toner, stocked with the other printer supplies. */
export const EQUIPMENT_SUPPLIES: ItemSeed[] = [
  I('Toner cartridge Canon GPR-58 black', 'TN-GPR58', 'Printer supplies', 'each', 'Print room', 1, 3, 1, 15900, 'printworks', 0.2),
];
