import { describe, expect, it } from 'vitest';
import { mapRows, parseTable } from '../index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'candidates.csv');

describe("mapRows('candidates')", () => {
  it('maps name, email, phone, position and source', () => {
    const r = mapRows(
      'candidates',
      table(
        'Full Name,E-mail,Phone,Applied For,Source\nAda Lovelace,ada@example.com,555-0100,Office manager,Referral\n',
      ),
    );
    expect(r).toEqual({
      records: [
        {
          name: 'Ada Lovelace',
          email: 'ada@example.com',
          phone: '555-0100',
          position: 'Office manager',
          source: 'Referral',
        },
      ],
      errors: [],
    });
  });

  it('requires a name and a valid email', () => {
    const r = mapRows('candidates', table('Name,Email\n,a@example.com\nBob,\nCy,not-an-email\n'));
    expect(r.records).toEqual([]);
    expect(r.errors).toEqual([
      { line: 2, column: 'Name', message: 'The name is empty; every candidate needs a name.' },
      {
        line: 3,
        column: 'Email',
        message: 'The email is empty; every candidate needs an email address.',
      },
      {
        line: 4,
        column: 'Email',
        message: 'The email "not-an-email" in column "Email" is not a valid email address.',
      },
    ]);
  });

  it('refuses an email seen earlier in the file, compared without case', () => {
    const r = mapRows(
      'candidates',
      table('Name,Email\nAda,ada@example.com\nBob,bob@example.com\nAda again,ADA@Example.com\n'),
    );
    expect(r.records.map((x) => x.name)).toEqual(['Ada', 'Bob']);
    expect(r.errors).toEqual([
      {
        line: 4,
        column: 'Email',
        message:
          'The email "ADA@Example.com" already appears on line 2; this row was not imported.',
      },
    ]);
  });

  it('joins first and last name columns', () => {
    const r = mapRows(
      'candidates',
      table('First Name,Last Name,Email\nGrace,Hopper,grace@example.com\n'),
    );
    expect(r.records).toEqual([{ name: 'Grace Hopper', email: 'grace@example.com' }]);
  });
});
