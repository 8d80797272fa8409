import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_PROFILE } from '../../domain/settings';
import { renderRecoveryKeyHtml } from './recoveryKey';

describe('the printed recovery key', () => {
  it('shows the office, the date and the key in two lines of four groups; escapes the office name', () => {
    const key = 'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH';
    const html = renderRecoveryKeyHtml({ recoveryKey: key, date: '2026-12-04', pageSize: 'A4' }, { ...DEFAULT_COMPANY_PROFILE, name: 'Acme <b>&</b> Co', locale: 'en-US' });
    expect(html).toContain('<div class="key">ABCDE FGHJK MNPQR STVWX</div>');
    expect(html).toContain('<div class="key">YZ012 34567 89ABC DEFGH</div>');
    expect(html).toContain('Acme &lt;b&gt;&amp;&lt;/b&gt; Co');
    expect(html).not.toContain('<b>&</b>');
    expect(html).toMatch(/December 4, 2026|Dec 4, 2026/);
    expect(html).toContain('Forgot the passphrase?');
    expect(html).not.toContain('<script');
  });
});
