/**
 * Test helper: phone sources for vendors and employees that read their tables the way the
 * real ones (registered by those features) do, so calls' tests do not depend on them. Import
 * only from tests.
 */
import { registerPhoneSource, type PhoneMatch } from '../../core/phoneDirectory';

export function registerFakePhoneSources(): void {
  registerPhoneSource({
    table: 'vendors',
    tables: ['vendors'],
    async lookup(db, e164) {
      const rows = await db.vendors.where('phoneKeys').equals(e164).toArray();
      return rows
        .filter((v) => v.deletedAt === null)
        .map((v): PhoneMatch => ({ table: 'vendors', id: v.id, name: v.name, role: 'Vendor', phone: v.phone ?? '', href: `#/vendors/${v.id}` }));
    },
    async searchByName(db, text, limit) {
      const rows = await db.vendors.where('name').startsWithIgnoreCase(text).limit(limit).toArray();
      return rows.map((v): PhoneMatch => ({ table: 'vendors', id: v.id, name: v.name, role: 'Vendor', phone: v.phone ?? '', href: `#/vendors/${v.id}` }));
    },
  });
  registerPhoneSource({
    table: 'employees',
    tables: ['employees'],
    async lookup(db, e164) {
      const rows = await db.employees.where('phoneKeys').equals(e164).toArray();
      return rows.map((e): PhoneMatch => ({ table: 'employees', id: e.id, name: e.name, role: 'Staff', phone: e.phone ?? '', href: `#/people/${e.id}` }));
    },
  });
  registerPhoneSource({
    table: 'contacts',
    tables: ['contacts'],
    async lookup(db, e164) {
      const rows = await db.contacts.where('phoneKeys').equals(e164).toArray();
      return rows
        .filter((c) => c.deletedAt === null)
        .map(
          (c): PhoneMatch => ({
            table: 'contacts',
            id: c.id,
            name: c.name,
            role: 'Contact',
            phone: c.phones[0]?.number ?? '',
            href: `#/contacts/${c.id}`,
            phoneKeys: (c as { phoneKeys?: string[] }).phoneKeys ?? [],
            ...(c.vendorId ? { vendorId: c.vendorId } : {}),
          }),
        );
    },
  });
}
