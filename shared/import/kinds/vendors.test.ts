import { describe, expect, it } from 'vitest';
import { mapRows, parseTable } from '../index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'vendors.csv');

describe("mapRows('vendors')", () => {
  it('maps contact details and joins address parts', () => {
    const r = mapRows(
      'vendors',
      table(
        'Supplier,Contact Person,Email,Telephone,Address,City,State,Zip,Country\nStaples,Sam,sam@staples.example,555-0101,1 Main St,Springfield,IL,62701,US\nAcme,,,,,,,,\n',
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      {
        name: 'Staples',
        contactName: 'Sam',
        email: 'sam@staples.example',
        phone: '555-0101',
        address: '1 Main St, Springfield, IL 62701, US',
      },
      { name: 'Acme' },
    ]);
  });

  it('requires a name and a valid email when one is given', () => {
    const r = mapRows('vendors', table('Name,Email\n,x@y.example\nB,nope\n'));
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Name'],
      [3, 'Email'],
    ]);
  });
});
