/**
 * The printed recovery key (issue 15.4): the office's name, the date, the key in large
 * monospace, and in plain words what it is for and where to keep it. Printed once, when the
 * passphrase is set or a new recovery key is made; the app never shows it again.
 */
import type { CompanyProfile, PageSize } from '../types';
import { bdi, escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';

export interface RecoveryKeyInput {
  /** 'ABCDE-FGHJK-…' as shown on screen. */
  recoveryKey: string;
  /** YYYY-MM-DD: when it was made. */
  date: string;
  pageSize: PageSize;
}

const STYLES = `
.recovery h1 { font-size: 20pt; margin: 0 0 4mm; }
.recovery .office { font-size: 13pt; margin: 0 0 8mm; }
.recovery .key-box { border: 0.6mm solid #000; border-radius: 2mm; padding: 7mm 6mm; margin: 0 0 8mm; text-align: center; }
.recovery .key { font-family: "DejaVu Sans Mono", "Consolas", "Courier New", monospace; font-size: 19pt; font-weight: 700; letter-spacing: 0.06em; word-spacing: 0.2em; line-height: 1.6; }
.recovery .key-label { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.12em; margin: 0 0 3mm; }
.recovery h2 { font-size: 12pt; margin: 6mm 0 2mm; }
.recovery ul { margin: 0; padding-left: 6mm; }
.recovery li { margin: 0 0 1.5mm; }
.recovery .fill { margin-top: 10mm; display: flex; gap: 10mm; }
.recovery .fill span { flex: 1; border-top: 0.3mm solid #000; padding-top: 1mm; font-size: 9pt; }
`;

export function renderRecoveryKeyHtml(input: RecoveryKeyInput, company: CompanyProfile): string {
  const office = (company.name ?? '').trim() || 'this office';
  // Two lines of four groups: easier to read back and to type.
  const groups = input.recoveryKey.split('-');
  const lines = [groups.slice(0, 4).join(' '), groups.slice(4).join(' ')].filter(Boolean);
  const content = [
    '<main class="doc recovery">',
    '<h1 class="doc-title">Backdesk recovery key</h1>',
    `<p class="office">For ${bdi(office)} · made on ${escapeHtml(formatDocumentDate(input.date, company.locale))}</p>`,
    '<div class="key-box">',
    '<p class="key-label">Recovery key</p>',
    ...lines.map((l) => `<div class="key">${escapeHtml(l)}</div>`),
    '</div>',
    '<h2>What it is for</h2>',
    '<ul>',
    '<li>If nobody remembers the office passphrase, this key opens the office’s confidential records (salaries, HR notes, medical notes, confidential documents) and lets you set a new passphrase.</li>',
    '<li>On the lock screen choose <strong>Forgot the passphrase?</strong> and type the key; dashes and spaces do not matter.</li>',
    '<li>Without the passphrase or this key, the confidential records cannot be opened by anyone, including Backdesk’s makers.</li>',
    '</ul>',
    '<h2>Keep it safe</h2>',
    '<ul>',
    '<li>Store this sheet somewhere locked, away from the computer (a safe, the owner’s files). Anyone holding it can read the confidential records.</li>',
    '<li>If a new recovery key is made in Settings ▸ Security, this one stops working: destroy it then.</li>',
    '</ul>',
    '<div class="fill"><span>Kept by</span><span>Where</span></div>',
    '</main>',
  ].join('\n');
  return renderPage({ title: `Recovery key — ${office}`, pageSize: input.pageSize, company, content, logoPosition: null, extraStyles: STYLES });
}
