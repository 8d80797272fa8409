/**
 * Kind 'candidates' (issue 5 item 9). An email identifies a candidate, so it is required and
 * may appear once per file, compared without case (Ann@X.com and ann@x.com are one inbox); the
 * later row is refused and names the earlier line.
 */
import type { CandidateImportDraft } from '../types';
import {
  nameField,
  personName,
  put,
  quoteValue,
  RowReader,
  startLine,
  type KindInput,
  type KindOutput,
} from './common';

export function mapCandidates(input: KindInput): KindOutput<CandidateImportDraft> {
  const { table } = input;
  const errors: KindOutput<CandidateImportDraft>['errors'] = [];
  const records: CandidateImportDraft[] = [];
  const lines: number[] = [];
  const r = new RowReader('candidates', input, errors);
  const emailLines = new Map<string, number>();

  for (let i = 0; i < table.rows.length; i++) {
    const line = startLine(table, i);
    if (!r.begin(table.rows[i]!, line)) continue;

    const name = personName(r);
    const nameAt = nameField(r);
    if (name === '') r.fail(nameAt, 'The name is empty; every candidate needs a name.');
    else if (nameAt) r.fits(nameAt, name, 120);

    const email = r.email('email');
    if (r.text('email') === '') {
      r.fail('email', 'The email is empty; every candidate needs an email address.');
    } else if (email !== undefined) {
      const key = email.toLowerCase();
      const earlier = emailLines.get(key);
      if (earlier !== undefined) {
        r.fail(
          'email',
          `The email ${quoteValue(email)} already appears on line ${earlier}; this row was not imported.`,
        );
      } else {
        emailLines.set(key, line);
      }
    }

    const record: CandidateImportDraft = { name, email: email ?? '' };
    put(record, 'phone', r.optional('phone', 40));
    put(record, 'position', r.optional('position', 120));
    put(record, 'source', r.optional('source', 80));

    if (r.ok) {
      records.push(record);
      lines.push(line);
    }
  }
  return { records, lines, errors };
}
