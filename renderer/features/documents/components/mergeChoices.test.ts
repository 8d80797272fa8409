import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../../shared/domain';
import { generateSampleOffice } from '../../../../shared/sample';
import { mergeChoices } from './mergeChoices';

const office = generateSampleOffice(1, '2026-12-03');
const company = { name: 'Harbor Lane Design Studio', locale: 'en-US' };

describe('the letters a mail merge offers (issue 16.6)', () => {
  it("starts the sample office on its merge letter, never the confidential offer letter", () => {
    const choices = mergeChoices(office.documents, company, '2026-12-03');
    expect(choices[0]!.label).toBe('Letter: Letter to vendors with an open order');
    expect(choices[0]!.mergeReady).toBe(true);
    const offer = choices.find((c) => c.label.startsWith('Letter: Offer letter'))!;
    expect(offer.label).toBe('Letter: Offer letter — Senior Architectural Designer (confidential)');
    expect(offer.mergeReady).toBe(false);
    // Letters addressed to one person come after the merge letters, confidential ones last.
    expect(choices.indexOf(offer)).toBe(choices.filter((c) => c.doc).length - 1);
    expect(choices.find((c) => c.label.includes('PrintWorks about plotter'))!.mergeReady).toBe(false);
  });

  it('offers the Business letter starter first in an office with no merge letter', () => {
    const choices = mergeChoices([], company, '2026-12-03');
    expect(choices.map((c) => c.label)).toEqual(['Starter: Business letter']);
  });

  it('shows titles with their fields filled, not {{company.name}}', () => {
    const letter = {
      id: 'd1',
      type: 'letter',
      title: '',
      subject: 'Re: your account with {{company.name}} for {{recipient.name}}',
      to: '{{recipient.name}}',
      body: 'Dear {{recipient.greeting}},',
      tags: [],
      date: '2026-12-01',
      status: 'draft',
    } as unknown as DocumentRecord;
    const [first] = mergeChoices([letter], company, '2026-12-03');
    expect(first!.label).toBe('Letter: Re: your account with Harbor Lane Design Studio for [Recipient name]');
  });
});
