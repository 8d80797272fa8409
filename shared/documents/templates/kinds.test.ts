import { describe, expect, it } from 'vitest';
import { renderDocumentHtml } from '../index';

const company = { name: 'Acme Ltd', logoDataUrl: 'data:image/png;base64,AAAA' };
const base = { date: '2026-03-14', to: 'Sam <b>', from: 'Jo', subject: 'Re <i>', body: 'Hello {{x}}' };

describe('document kinds', () => {
  it.each(['memo', 'letter', 'fax', 'minutes', 'message', 'report'] as const)('%s renders escaped content', (type) => {
    const html = renderDocumentHtml({ ...base, type, message: { flags: ['Urgent'], phone: '555' } }, company);
    expect(html).toContain('Sam &lt;b&gt;');
    expect(html).not.toMatch(/<b>|<i>/);
    expect(html).toContain(`doc-${type}`);
  });

  it('applies layout choices: logo position and the signature block', () => {
    const html = renderDocumentHtml(
      { ...base, type: 'letter', layout: { logoPosition: 'right', signature: true, signatureText: 'Kind regards,\n\nJo' } },
      company,
    );
    expect(html).toContain('letterhead-logo-right');
    expect(html).toContain('<div class="doc-signature">Kind regards,<br><br>Jo</div>');
    expect(renderDocumentHtml({ ...base, type: 'letter' }, company)).not.toContain('class="doc-signature"');
  });

  it('ticks the message slip boxes it was given', () => {
    const html = renderDocumentHtml({ ...base, type: 'message', message: { flags: ['Please call'] } }, company);
    expect(html).toContain('WHILE YOU WERE OUT');
    expect(html).toMatch(/slip-flag slip-flag-on[^]*Please call/);
  });
});
