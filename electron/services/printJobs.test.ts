import { describe, expect, it } from 'vitest';
import {
  ensurePdfExtension,
  isPrintRequestUrl,
  pdfFileName,
  PRINT_CSP,
  PrintJobs,
  printJobId,
  printOutcome,
} from './printJobs';
import { paperForCountry } from '../../shared/lib/paper';

describe('PrintJobs', () => {
  it('serves a page at its app://print URL until removed', () => {
    const jobs = new PrintJobs();
    const { id, url } = jobs.add('<p>Memo</p>');
    expect(url).toBe(`app://print/${id}`);
    expect(jobs.pageFor(url)).toBe('<p>Memo</p>');
    expect(jobs.pageFor(`${url}?x=1`)).toBe('<p>Memo</p>');
    jobs.remove(id);
    expect(jobs.pageFor(url)).toBeUndefined();
    expect(jobs.size).toBe(0);
  });

  it('answers nothing for other hosts, ports, credentials, paths or schemes', () => {
    const jobs = new PrintJobs();
    const { id } = jobs.add('<p>x</p>');
    for (const url of [
      `app://backdesk/${id}`,
      `app://print.evil/${id}`,
      `app://print@evil/${id}`,
      `app://user@print/${id}`,
      `app://print:8080/${id}`,
      `app://print/${id}/extra`,
      `https://print/${id}`,
      `file:///print/${id}`,
      'app://print/not-a-job',
      'not a url',
    ]) {
      expect(printJobId(url), url).toBeNull();
      expect(jobs.pageFor(url), url).toBeUndefined();
    }
  });

  it('lets the print session load its jobs and data: URLs only', () => {
    const jobs = new PrintJobs();
    const { url } = jobs.add('<p>x</p>');
    expect(isPrintRequestUrl(url)).toBe(true);
    expect(isPrintRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    for (const other of [
      'app://backdesk/',
      'https://example.com/logo.png',
      'file:///etc/passwd',
      'blob:app://print/x',
      'nonsense',
    ]) {
      expect(isPrintRequestUrl(other), other).toBe(false);
    }
  });

  it('lets printed pages load nothing but inline styles and data: images', () => {
    expect(PRINT_CSP).toContain("default-src 'none'");
    expect(PRINT_CSP).not.toContain('script');
  });
});

describe('pdfFileName', () => {
  it('keeps a readable title', () => {
    expect(pdfFileName('Memo to staff – 2025-03-01')).toBe('Memo to staff – 2025-03-01.pdf');
    expect(pdfFileName('Invoice.pdf')).toBe('Invoice.pdf');
  });

  it('removes separators and characters Windows refuses', () => {
    expect(pdfFileName('../../etc/passwd')).toBe('etc passwd.pdf');
    expect(pdfFileName('a<b>c:d"e|f?g*h\\i')).toBe('a b c d e f g h i.pdf');
    expect(pdfFileName('line\nbreak\ttab\u0000nul')).toBe('line break tab nul.pdf');
  });

  it('avoids hidden, empty and reserved names', () => {
    expect(pdfFileName('.hidden')).toBe('hidden.pdf');
    expect(pdfFileName('  ...  ')).toBe('Document.pdf');
    expect(pdfFileName('')).toBe('Document.pdf');
    expect(pdfFileName('CON')).toBe('CON document.pdf');
    expect(pdfFileName('lpt1')).toBe('lpt1 document.pdf');
    expect(pdfFileName('trailing dots...')).toBe('trailing dots.pdf');
  });

  it('caps the length', () => {
    const name = pdfFileName('x'.repeat(500));
    expect(name).toBe(`${'x'.repeat(120)}.pdf`);
  });

  it('adds .pdf to a chosen path only when missing', () => {
    expect(ensurePdfExtension('/home/a/memo')).toBe('/home/a/memo.pdf');
    expect(ensurePdfExtension('/home/a/memo.PDF')).toBe('/home/a/memo.PDF');
  });
});

describe('printOutcome', () => {
  it('maps the print callback', () => {
    expect(printOutcome(true, '')).toEqual({ status: 'printed' });
    expect(printOutcome(false, 'Print job canceled')).toEqual({ status: 'cancelled' });
    expect(printOutcome(false, 'Print job failed')).toEqual({
      status: 'failed',
      message: 'The document could not be printed (Print job failed).',
    });
  });
});

describe('paperForCountry (the paper for the system country)', () => {
  it('uses Letter in North America and A4 elsewhere', () => {
    expect(paperForCountry('US')).toBe('Letter');
    expect(paperForCountry('ca')).toBe('Letter');
    expect(paperForCountry('DE')).toBe('A4');
    expect(paperForCountry('')).toBe('A4');
  });
});
