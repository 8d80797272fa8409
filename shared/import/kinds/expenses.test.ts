import { describe, expect, it } from 'vitest';
import { expenseDuplicateKey, mapRows, parseTable, suggestExpenseOptions } from '../index';

const table = (s: string) => parseTable(new TextEncoder().encode(s), 'bank.csv');

describe("mapRows('expenses')", () => {
  it('reads dates per dateFormat and applies the amount sign', () => {
    const t = table(
      'Date;Description;Amount\n05.03.2026;Coffee beans;-12,50\n06.03.2026;Refund;4,00\n',
    );
    const r = mapRows('expenses', t, undefined, {
      dateFormat: 'DD.MM.YYYY',
      amountSign: 'negative-is-spend',
    });
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      { date: '2026-03-05', description: 'Coffee beans', amountCents: 1250 },
      { date: '2026-03-06', description: 'Refund', amountCents: -400 },
    ]);
    const positive = mapRows('expenses', t, undefined, {
      dateFormat: 'DD.MM.YYYY',
      amountSign: 'positive-is-spend',
    });
    expect(positive.records.map((x) => x.amountCents)).toEqual([-1250, 400]);
  });

  it.each([
    ['MM/DD/YYYY', '03/05/2026', '2026-03-05'],
    ['DD/MM/YYYY', '03/05/2026', '2026-05-03'],
    ['YYYY-MM-DD', '2026-03-05', '2026-03-05'],
    ['DD.MM.YYYY', '03.05.2026', '2026-05-03'],
  ] as const)('dateFormat %s reads %s as %s', (dateFormat, text, iso) => {
    const r = mapRows('expenses', table(`Date,Description,Amount\n${text},x,1\n`), undefined, {
      dateFormat,
      amountSign: 'positive-is-spend',
    });
    expect(r.records[0]!.date).toBe(iso);
  });

  it('refuses impossible dates by line', () => {
    const r = mapRows(
      'expenses',
      table('Date,Description,Amount\n2026-02-30,a,1\n13/45/2026,b,1\n02/28/2026,c,1\n'),
      undefined,
      {
        dateFormat: 'MM/DD/YYYY',
        amountSign: 'positive-is-spend',
      },
    );
    expect(r.records).toEqual([{ date: '2026-02-28', description: 'c', amountCents: 100 }]);
    expect(r.errors).toEqual([
      {
        line: 2,
        column: 'Date',
        message:
          'The date "2026-02-30" in column "Date" is not a real date: February 2026 has 28 days.',
      },
      {
        line: 3,
        column: 'Date',
        message: 'The date "13/45/2026" in column "Date" is not a real date: there is no month 13.',
      },
    ]);
  });

  it('supports separate Debit and Credit columns', () => {
    const t = table(
      'Posted Date,Memo,Debit,Credit,Payee\n2026-01-02,Toner,"1,234.00",,Staples\n2026-01-03,Return,,50.00,Staples\n2026-01-04,Both,1,2,\n2026-01-05,Neither,,,\n',
    );
    const r = mapRows('expenses', t);
    expect(r.records).toEqual([
      { date: '2026-01-02', description: 'Toner', amountCents: 123400, vendorName: 'Staples' },
      { date: '2026-01-03', description: 'Return', amountCents: -5000, vendorName: 'Staples' },
    ]);
    expect(r.errors).toEqual([
      {
        line: 4,
        column: 'Debit',
        message:
          'This row has both a debit ("1") and a credit ("2"); only one of them may hold an amount.',
      },
      {
        line: 5,
        column: 'Debit',
        message: 'This row has no amount ("Debit", "Credit" are empty); every expense needs one.',
      },
    ]);
  });

  it('treats a bank export with negative debits the same as positive ones', () => {
    const r = mapRows(
      'expenses',
      table('Date,Description,Debit,Credit\n2026-01-02,Toner,-12.00,\n'),
    );
    expect(r.records[0]!.amountCents).toBe(1200);
  });

  it('requires a description and an amount', () => {
    const r = mapRows(
      'expenses',
      table('Date,Description,Amount\n2026-01-02,,5\n2026-01-02,x,\n2026-01-02,y,0\n'),
      undefined,
      {
        amountSign: 'positive-is-spend',
      },
    );
    expect(r.records).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual([
      'The description is empty; every expense needs a description.',
      'This row has no amount ("Amount" is empty); every expense needs one.',
      'The amount is 0, so there is no money to record.',
    ]);
  });
});

describe('the mapping names the record\'s own fields (issue 16.16)', () => {
  const bank = table('Posting date,Details,Amount\n2026-03-05,Coffee beans,12.50\n');

  it('takes amountCents as DESIGN §3 names it', () => {
    const r = mapRows('expenses', bank, { date: 'Posting date', description: 'Details', amountCents: 'Amount' }, { dateFormat: 'YYYY-MM-DD' });
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([{ date: '2026-03-05', description: 'Coffee beans', amountCents: 1250 }]);
  });

  it('still takes the old key amount, and the record name wins when both are given', () => {
    const old = mapRows('expenses', bank, { date: 'Posting date', description: 'Details', amount: 'Amount' }, { dateFormat: 'YYYY-MM-DD' });
    expect(old.records.map((x) => x.amountCents)).toEqual([1250]);
    const both = table('Posting date,Details,Amount,Fee\n2026-03-05,Coffee beans,12.50,0.30\n');
    const r = mapRows('expenses', both, { date: 'Posting date', description: 'Details', amount: 'Fee', amountCents: 'Amount' }, { dateFormat: 'YYYY-MM-DD' });
    expect(r.records.map((x) => x.amountCents)).toEqual([1250]);
  });

  it('refuses an unknown key in a sentence that lists the fields, and imports nothing', () => {
    const r = mapRows('expenses', bank, { date: 'Posting date', description: 'Details', amountCents: 'Amount', memo: 'Details' });
    expect(r.records).toEqual([]);
    expect(r.errors).toEqual([
      {
        line: 1,
        message: 'The mapping names a field "memo" that the expenses import does not have; its fields are date, description, amountCents, debit, credit, category, vendorName.',
      },
    ]);
  });

  it('keeps debit/credit for split columns', () => {
    const split = table('Date,Details,Money out,Money in\n2026-03-05,Paper,12.50,\n2026-03-06,Refund,,4.00\n');
    const r = mapRows('expenses', split, { date: 'Date', description: 'Details', debit: 'Money out', credit: 'Money in' }, { dateFormat: 'YYYY-MM-DD' });
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => x.amountCents)).toEqual([1250, -400]);
  });
});

describe('suggestExpenseOptions', () => {
  it('suggests the day-first dotted format and negative spending from a bank account', () => {
    const t = table(
      'Buchungstag;Verwendungszweck;Betrag\n05.03.2026;A;-12,50\n06.03.2026;B;-3,00\n28.03.2026;Salary;1000,00\n',
    );
    expect(
      suggestExpenseOptions(t, {
        date: 'Buchungstag',
        description: 'Verwendungszweck',
        amountCents: 'Betrag',
      }),
    ).toEqual({
      dateFormat: 'DD.MM.YYYY',
      amountSign: 'negative-is-spend',
    });
  });

  it('suggests month-first and positive spending from a card statement', () => {
    const t = table(
      'Transaction Date,Description,Amount\n03/25/2026,Coffee,4.50\n03/26/2026,Paper,12.00\n03/27/2026,Payment,-16.50\n',
    );
    expect(suggestExpenseOptions(t)).toEqual({
      dateFormat: 'MM/DD/YYYY',
      amountSign: 'positive-is-spend',
    });
  });

  it('uses the suggestions when mapRows gets no options', () => {
    const t = table('Date,Description,Amount\n25/03/2026,Coffee,-4.50\n26/03/2026,Paper,-12.00\n');
    expect(mapRows('expenses', t).records).toEqual([
      { date: '2026-03-25', description: 'Coffee', amountCents: 450 },
      { date: '2026-03-26', description: 'Paper', amountCents: 1200 },
    ]);
  });
});

describe('expenseDuplicateKey', () => {
  it('ignores case and spacing of the description', () => {
    const a = expenseDuplicateKey({
      date: '2026-03-05',
      amountCents: 1250,
      description: 'Coffee  Beans ',
    });
    expect(a).toBe('2026-03-05|1250|coffee beans');
    expect(
      expenseDuplicateKey({ date: '2026-03-05', amountCents: 1250, description: 'coffee beans' }),
    ).toBe(a);
    expect(
      expenseDuplicateKey({ date: '2026-03-05', amountCents: 1251, description: 'coffee beans' }),
    ).not.toBe(a);
  });
});
