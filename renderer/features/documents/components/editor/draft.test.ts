import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../../../shared/domain';
import { parseTags } from '../tags';
import { fieldsOf, isBlank, sameFields, titleOf, toInput } from './draft';
import { addressedTo, linkedRecipient } from './recipients';

const company = { name: 'Acme Ltd', locale: 'en-GB' };

describe('the editor draft', () => {
  it('starts a new letter signed off and a new memo without a signature', () => {
    expect(fieldsOf(undefined, 'letter').signature).toBe(true);
    expect(fieldsOf(undefined, 'memo').signature).toBe(false);
  });

  it('reads a plain-text body from before the rich editor as paragraphs', () => {
    const fields = fieldsOf({
      body: 'First\n\nSecond',
      tags: ['a', 'b'],
    } as unknown as DocumentRecord);
    expect(fields.body.blocks.length).toBeGreaterThan(0);
    expect(fields.tags).toBe('a, b');
  });

  it('counts a draft that differs only in its date as blank', () => {
    const fields = { ...fieldsOf(undefined, 'memo'), date: '2020-01-01' };
    expect(isBlank(fields, 'memo')).toBe(true);
    expect(isBlank({ ...fields, subject: 'x' }, 'memo')).toBe(false);
    expect(sameFields(fields, { ...fields })).toBe(true);
  });

  it('names a document by its subject, or as untitled of its kind', () => {
    expect(titleOf({ ...fieldsOf(undefined), subject: '  Rota  ' }, 'memo')).toBe('Rota');
    expect(titleOf(fieldsOf(undefined), 'fax')).toBe('Untitled fax');
  });

  it('fills placeholders for the page only when asked (templates print them as written)', () => {
    const fields = {
      ...fieldsOf(undefined, 'letter'),
      to: 'Jo',
      subject: 'Hello {{recipient.name}}',
    };
    expect(toInput('letter', fields, 'A4', company, true).subject).toBe('Hello Jo');
    expect(toInput('letter', fields, 'A4', company, false).subject).toBe(
      'Hello {{recipient.name}}',
    );
  });

  it('addresses a draft to a record, and a fax to its number', () => {
    const vendor = {
      table: 'vendors' as const,
      id: 'v1',
      name: 'Paper Mill',
      address: '1 Mill Lane',
      phone: '555',
    };
    const fax = addressedTo(fieldsOf(undefined, 'fax'), vendor, 'fax');
    expect(fax).toMatchObject({
      to: 'Paper Mill',
      recipientAddress: '1 Mill Lane',
      linkedTable: 'vendors',
      linkedId: 'v1',
    });
    expect(fax.message.phone).toBe('555');
    expect(addressedTo(fieldsOf(undefined, 'letter'), vendor, 'letter').message.phone).toBe('');
    expect(linkedRecipient([vendor], fax)).toBe(vendor);
    expect(linkedRecipient(null, fax)).toBeUndefined();
  });
});

describe('parseTags', () => {
  it('trims, drops blanks and repeats', () => {
    expect(parseTags(' HR, 2026 budget,, HR ')).toEqual(['HR', '2026 budget']);
  });
});
