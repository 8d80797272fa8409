import { describe, expect, it } from 'vitest';
import type { PhoneMatch } from '../../core/phoneDirectory';
import { callerFillFor, organizationOf } from './callerFill';

const vendor: PhoneMatch = { table: 'vendors', id: 'v1', name: 'Northeast Office Supply Co.', role: 'Vendor · Karen Boucher', phone: '207-555-0180', href: '#/vendors/v1' };
const karen: PhoneMatch = { table: 'contacts', id: 'c1', name: 'Karen Boucher', role: 'Contact · Northeast Office Supply Co.', phone: '207-555-0180', href: '#/contacts/c1' };
const other: PhoneMatch = { table: 'contacts', id: 'c2', name: 'Lee Park', role: 'Contact · Elsewhere Ltd', phone: '207-555-0180', href: '#/contacts/c2' };

describe('callerFillFor', () => {
  it('a vendor fills Company; Caller is its contact with that number, else its contact name, never the company twice', () => {
    expect(callerFillFor(vendor, [other, karen, vendor], 'Someone Else')).toEqual({ caller: 'Karen Boucher', company: 'Northeast Office Supply Co.' });
    expect(callerFillFor(vendor, [other, vendor], 'Karen Boucher ')).toEqual({ caller: 'Karen Boucher', company: 'Northeast Office Supply Co.' });
    expect(callerFillFor(vendor, [vendor], undefined)).toEqual({ caller: '', company: 'Northeast Office Supply Co.' });
  });

  it('a contact fills their name and organization; staff and candidates their name only', () => {
    expect(callerFillFor(karen, [karen, vendor])).toEqual({ caller: 'Karen Boucher', company: 'Northeast Office Supply Co.' });
    expect(callerFillFor({ ...karen, role: 'Contact' }, [])).toEqual({ caller: 'Karen Boucher', company: '' });
    expect(callerFillFor({ ...karen, table: 'employees', role: 'Staff · Finance' }, [])).toEqual({ caller: 'Karen Boucher', company: '' });
    expect(organizationOf({ ...karen, role: 'Contact · A · B' })).toBe('A · B');
  });
});
