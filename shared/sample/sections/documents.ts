/** Letters, memos and notes from the document catalog, dated back from today. */
import { addDays } from '../../lib/dates';
import type { DocumentRecord } from '../../domain';
import { DOCUMENTS } from '../documents';
import { compact, instant, type SampleContext } from '../context';

export function generateDocuments(ctx: SampleContext): DocumentRecord[] {
  const { today, base } = ctx;
  return DOCUMENTS.map((d) => {
    const date = addDays(today, -d.daysAgo);
    return compact<DocumentRecord>({
      ...base(date, 10 * 60 + 30),
      type: d.type,
      title: d.title,
      date,
      status: d.status,
      to: d.to,
      recipientAddress: d.recipientAddress,
      from: d.from,
      cc: d.cc,
      subject: d.subject,
      body: d.body(today),
      tags: d.tags,
      printedAt: d.status === 'sent' ? instant(date, 15 * 60) : null,
    });
  });
}
