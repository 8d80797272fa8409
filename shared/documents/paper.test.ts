/** Every document kind prints on the office's paper unless the document names its own (issue 16.13). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_PROFILE } from '../domain/settings';
import { DOCUMENT_KIND_LABELS, defaultPageSize, renderDocumentHtml, type DocumentInput, type DocumentKind } from './index';

const KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[];

function doc(type: DocumentKind): DocumentInput {
  const base: DocumentInput = { type, date: '2026-12-03', title: 'Paper', body: 'Hello' };
  if (type !== 'purchaseOrder') return base;
  return {
    ...base,
    purchaseOrder: {
      number: 'PO-0001',
      orderDate: '2026-12-03',
      expectedDate: null,
      vendor: { name: 'Vendor', contactName: null, address: null, accountNumber: null, email: null, phone: null },
      paymentTerms: null,
      deliveryAddress: null,
      lines: [{ quantity: 1, unit: null, sku: null, description: 'Paper', unitCostCents: 100 }],
      shippingCents: 0,
      taxCents: 0,
      notes: null,
    },
  };
}

/** The CSS paper size of a rendered page ('A4' or 'letter'). */
const pageCss = (html: string) => /@page\s*\{\s*size:\s*([A-Za-z0-9]+)/.exec(html)?.[1];

describe('the office paper setting', () => {
  const usOnA4 = { ...DEFAULT_COMPANY_PROFILE, locale: 'en-US', country: 'US', paperSize: 'A4' as const };
  const ukOnLetter = { ...DEFAULT_COMPANY_PROFILE, locale: 'en-GB', country: 'GB', paperSize: 'Letter' as const };

  it.each(KINDS)('%s prints on the size chosen in Settings, whatever the locale or country', (kind) => {
    expect(pageCss(renderDocumentHtml(doc(kind), usOnA4))).toBe('A4');
    expect(pageCss(renderDocumentHtml(doc(kind), ukOnLetter))).toBe('letter');
  });

  it.each(KINDS)('%s without a chosen size takes the country’s usual paper', (kind) => {
    expect(pageCss(renderDocumentHtml(doc(kind), { ...DEFAULT_COMPANY_PROFILE, locale: 'en-GB', country: 'US' }))).toBe('letter');
    expect(pageCss(renderDocumentHtml(doc(kind), { ...DEFAULT_COMPANY_PROFILE, locale: 'en-US', country: 'DE' }))).toBe('A4');
  });

  it('a document that names its paper (one print, or the editor’s Paper menu) keeps it', () => {
    expect(pageCss(renderDocumentHtml({ ...doc('memo'), pageSize: 'Letter' }, usOnA4))).toBe('letter');
    expect(pageCss(renderDocumentHtml({ ...doc('purchaseOrder'), pageSize: 'A4' }, ukOnLetter))).toBe('A4');
  });

  it('defaultPageSize reads the profile; a bare locale still answers the locale’s paper', () => {
    expect(defaultPageSize(usOnA4)).toBe('A4');
    expect(defaultPageSize(ukOnLetter)).toBe('Letter');
    expect(defaultPageSize({ locale: 'en-US' })).toBe('Letter');
    expect(defaultPageSize('en-GB')).toBe('A4');
  });
});
