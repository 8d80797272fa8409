import { describe, expect, it } from 'vitest';
import { mapRows, parseTable } from '../index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'people.csv');

describe("mapRows('employees')", () => {
  it('joins first and last names and reads title, department and start date', () => {
    const r = mapRows(
      'employees',
      table(
        'First Name,Last Name,Email,Job Title,Dept,Hire Date\nAda,Lovelace,ada@example.com,Analyst,Finance,2022-03-18\nJuan,,,,,\n',
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        title: 'Analyst',
        department: 'Finance',
        startDate: '2022-03-18',
      },
      { name: 'Juan' },
    ]);
  });

  it('prefers a full name column, and refuses rows with no name or a bad email', () => {
    const r = mapRows('employees', table('Name,Email\nAda,ada@example\n,bob@example.com\n'));
    expect(r.errors).toEqual([
      {
        line: 2,
        column: 'Email',
        message: 'The email "ada@example" in column "Email" is not a valid email address.',
      },
      { line: 3, column: 'Name', message: 'The name is empty; every employee needs a name.' },
    ]);
  });

  it('reads day-first start dates when the column shows it', () => {
    const r = mapRows('employees', table('Name,Start Date\nA,25/12/2021\nB,01/02/2022\n'));
    expect(r.records.map((x) => x.startDate)).toEqual(['2021-12-25', '2022-02-01']);
  });
});
