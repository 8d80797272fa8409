/**
 * vCard 2.1 / 3.0 / 4.0 reading and vCard 3.0 writing (DESIGN.md "Contacts").
 *
 * One small line parser reads all three versions, because what breaks real files is the line
 * layer, which differs between them: 3.0/4.0 fold long lines with CRLF + one space or tab
 * (removed when unfolding); 2.1 folds RFC 822 style (the CRLF goes, the white space stays) and
 * its QUOTED-PRINTABLE values continue over "soft line breaks" (a line ending in `=`, the next
 * line taken whole). A QP value's bytes are decoded with its CHARSET (UTF-8 when none is given
 * and the bytes are valid UTF-8, else Windows-1252, the superset of Latin-1 that Outlook writes).
 *
 * What becomes of a card (ContactDraft):
 * - name: FN; else N assembled as "prefix given additional family, suffix" (empty parts left
 *   out); else ORG's first part (company cards); else the first email, else the first phone
 *   number as written (a card that is only a number still shows something).
 * - nameParts: N's components (list values joined by a space, suffixes by ", "), kept only when
 *   they differ from what `deriveNameParts` makes of the name and organization (so a card this
 *   module wrote reads back as it was written).
 * - organization: ORG's first part. title: TITLE. notes: every NOTE, joined by a line break.
 * - phones: every TEL as written (a `tel:` prefix dropped; an exact repeat left out); kind FAX →
 *   'fax' (a WORK FAX is a fax), else CELL → 'mobile', WORK → 'work', HOME → 'home', else
 *   'other'; TYPE=… lists, bare 2.1 parameters (`TEL;CELL;VOICE:`) and, for grouped
 *   properties (`item1.TEL`), the group's X-ABLabel (Apple's "_$!<Mobile>!$_", "iPhone",
 *   "Work Fax") all count.
 * - emails: every EMAIL (a `mailto:` prefix dropped; repeats, whatever their case, left out).
 * - address: the ADR marked PREF, else the first, as one line: "street, extended, PO box,
 *   city region postcode, country" with empty parts left out and the street's own line
 *   breaks (Apple, Google) turned into ", ".
 * - birthday: the first BDAY that names a whole date (19960415, 1996-04-15, or a date-time
 *   whose date part is taken as written: 1953-10-15T23:10:00Z → 1953-10-15). A birthday
 *   without a year (--0415, Apple's X-APPLE-OMIT-YEAR=1604) or an impossible date is left
 *   out: a draft's birthday is a whole date.
 * - name, organization, title and address are single lines (line breaks inside become spaces,
 *   or ", " for the address); every text is trimmed; absent parts are absent keys.
 * - Photos, logos, sounds and keys (BASE64 / `b` / data URIs) are skipped, however many lines
 *   they span; so is everything else this model does not hold.
 * - AGENT: a nested card (2.1 writes it as lines of its own after `AGENT:`) is skipped whole;
 *   it never ends the outer card and never becomes a contact.
 *
 * Errors (RowError, at the 1-based line where the card begins; the other cards still import):
 * a card never closed (no END:VCARD before the file ends or before another BEGIN:VCARD that is
 * not an AGENT's), and a card with neither name, organization, phone nor email. A file with no
 * card at all is one error on line 1.
 */
import { isIsoDate } from '../lib/dates';
import { phoneKindOfLabel } from './phoneKind';
import type { ContactDraft, NameParts, PhoneKind, RowError } from './types';

// ─── Lines ────────────────────────────────────────────────────────────────────────────────────

interface LogicalLine {
  text: string;
  /** 1-based physical line where it starts. */
  line: number;
}

const BEGIN_RE = /^begin:vcard$/i;
const END_RE = /^end:vcard$/i;
const VERSION_21_RE = /^version:\s*2\.1\s*$/i;
const VERSION_RE = /^version:/i;

/** The part before the first ':' that is not inside a double-quoted parameter value. */
function headOf(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return text.slice(0, i);
  }
  return text;
}

const QP_HINT_RE = /quoted-printable/i;

function isQuotedPrintableHead(head: string): boolean {
  return /(^|;)\s*(encoding\s*=\s*)?quoted-printable\s*(;|$)/i.test(head);
}

const isBlank = (s: string) => /^\s*$/.test(s);

/**
 * Physical lines → logical lines: unfolding (3.0/4.0: drop CRLF + one white space; 2.1: drop
 * the CRLF only) and quoted-printable soft line breaks. Blank lines end a logical line and are
 * dropped (2.1 ends a BASE64 value with one).
 */
function logicalLines(text: string): LogicalLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: LogicalLine[] = [];
  let current: LogicalLine | null = null;
  let currentIsQp = false;
  let version21 = false;

  const finish = () => {
    if (!current) return;
    const first = current.text[0];
    if (first === 'B' || first === 'b' || first === 'V' || first === 'v') {
      const t = current.text.trim();
      if (BEGIN_RE.test(t)) version21 = false;
      else if (VERSION_RE.test(t)) version21 = VERSION_21_RE.test(t);
    }
    out.push(current);
    current = null;
    currentIsQp = false;
  };

  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    const cur = current as LogicalLine | null;
    if (cur && currentIsQp && cur.text.endsWith('=') && !/^(begin|end):vcard\s*$/i.test(raw)) {
      // Soft line break: the '=' goes, the next line continues the value whole.
      cur.text = cur.text.slice(0, -1) + raw;
      continue;
    }
    if (isBlank(raw)) {
      finish();
      continue;
    }
    if (cur && (raw[0] === ' ' || raw[0] === '\t')) {
      cur.text += version21 ? raw : raw.slice(1);
      continue;
    }
    finish();
    current = { text: raw, line: i + 1 };
    currentIsQp = QP_HINT_RE.test(raw) && isQuotedPrintableHead(headOf(raw));
  }
  finish();
  return out;
}

// ─── Properties ───────────────────────────────────────────────────────────────────────────────

interface Property {
  /** Lower case; '' when ungrouped. */
  group: string;
  /** Upper case. */
  name: string;
  /** Lower-case TYPE values and bare 2.1 parameters. */
  types: Set<string>;
  /** Other KEY=VALUE parameters, keys upper case. */
  params: Map<string, string>;
  /** 'quoted-printable' | 'base64' | '' */
  encoding: string;
  charset: string;
  /** The raw value (not yet decoded or unescaped). */
  value: string;
  line: number;
}

/** Splits on `sep` outside double quotes. */
function splitOutsideQuotes(text: string, sep: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const unquote = (s: string) => s.trim().replace(/^"(.*)"$/s, '$1');

function parseProperty(logical: LogicalLine): Property | null {
  const head = headOf(logical.text);
  if (head.length === logical.text.length) return null; // no ':' — a stray BASE64 line or junk
  const value = logical.text.slice(head.length + 1);
  const [nameWithGroup = '', ...paramTexts] = splitOutsideQuotes(head, ';');
  const dot = nameWithGroup.lastIndexOf('.');
  const group = dot >= 0 ? nameWithGroup.slice(0, dot).trim().toLowerCase() : '';
  const name = nameWithGroup
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (name === '') return null;
  const types = new Set<string>();
  const params = new Map<string, string>();
  let encoding = '';
  let charset = '';
  for (const p of paramTexts) {
    const eq = p.indexOf('=');
    if (eq < 0) {
      const bare = p.trim().toLowerCase();
      if (bare === 'quoted-printable') encoding = 'quoted-printable';
      else if (bare === 'base64' || bare === 'b') encoding = 'base64';
      else if (bare !== '') types.add(bare);
      continue;
    }
    const key = p.slice(0, eq).trim().toUpperCase();
    const val = unquote(p.slice(eq + 1));
    if (key === 'TYPE') {
      for (const t of splitOutsideQuotes(val, ',')) {
        const type = unquote(t).toLowerCase();
        if (type) types.add(type);
      }
    } else if (key === 'ENCODING') {
      const e = val.toLowerCase();
      encoding = e === 'quoted-printable' ? e : e === 'b' || e === 'base64' ? 'base64' : e;
    } else if (key === 'CHARSET') {
      charset = val.toLowerCase();
    } else {
      params.set(key, val);
    }
  }
  return { group, name, types, params, encoding, charset, value, line: logical.line };
}

// ─── Values ───────────────────────────────────────────────────────────────────────────────────

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

function decodeBytes(bytes: Uint8Array, charset: string): string {
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown charset label: fall through to the guess.
    }
  }
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}

/**
 * Quoted-printable → text. Each run of =XX escapes is decoded as bytes in the value's charset
 * (a UTF-8 sequence such as =C3=A9 is one run, so it becomes é); literal characters stay.
 */
function decodeQuotedPrintable(raw: string, charset: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(raw.slice(i + 1, i + 3))) {
      const bytes: number[] = [];
      while (raw[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(raw.slice(i + 1, i + 3))) {
        bytes.push(parseInt(raw.slice(i + 1, i + 3), 16));
        i += 3;
      }
      out += decodeBytes(Uint8Array.from(bytes), charset);
    } else if (raw[i] === '=' && i === raw.length - 1) {
      i++; // a soft break at the very end
    } else {
      out += raw[i];
      i++;
    }
  }
  return out;
}

/** Google Contacts writes its own groups into CATEGORIES on every card; they are not the user's tags. */
const GOOGLE_SYSTEM_GROUPS = new Set(['mycontacts', 'starred']);

/** Removes vCard text escapes: \\ \, \; \: \n \N. Any other backslash is kept as written. */
function unescapeText(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\([\\,;:nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits on `sep` where it is not escaped with a backslash. */
function splitUnescaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === sep) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

const normalizeBreaks = (s: string) => (s.includes('\r') ? s.replace(/\r\n|\r/g, '\n') : s);

/** One raw (possibly QP) piece → plain text. */
function decodePiece(raw: string, prop: Property): string {
  const decoded =
    prop.encoding === 'quoted-printable' ? decodeQuotedPrintable(raw, prop.charset) : raw;
  return normalizeBreaks(unescapeText(decoded));
}

function textValue(prop: Property): string {
  return decodePiece(prop.value, prop).trim();
}

/**
 * A structured value (N, ADR, ORG) → components, each a list of trimmed non-empty values.
 * Commas separate list values only from vCard 3.0 on (`lists`); in 2.1 they are text.
 */
function structuredValue(prop: Property, lists: boolean): string[][] {
  return splitUnescaped(prop.value, ';').map((component) =>
    (lists ? splitUnescaped(component, ',') : [component])
      .map((v) => decodePiece(v, prop).trim())
      .filter((v) => v !== ''),
  );
}

const singleLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

function isBinary(prop: Property): boolean {
  return prop.encoding === 'base64' || /^data:/i.test(prop.value.trimStart());
}

// ─── Cards ────────────────────────────────────────────────────────────────────────────────────

interface RawCard {
  line: number;
  props: Property[];
}

type CardScan =
  { kind: 'card'; card: RawCard } | { kind: 'unclosed'; card: RawCard; nextLine?: number };

/** Logical lines → cards (closed or not), skipping nested AGENT cards whole. */
function scanCards(lines: LogicalLine[]): CardScan[] {
  const out: CardScan[] = [];
  let card: RawCard | null = null;
  /** > 0 while inside an AGENT's nested card. */
  let agentDepth = 0;
  /** The last property was `AGENT:` with nothing after it: a nested card may follow. */
  let agentPending = false;

  for (const logical of lines) {
    const t = logical.text.trim();
    if (!card) {
      if (BEGIN_RE.test(t)) card = { line: logical.line, props: [] };
      continue;
    }
    if (agentDepth > 0) {
      if (BEGIN_RE.test(t)) agentDepth++;
      else if (END_RE.test(t)) agentDepth--;
      continue;
    }
    if (BEGIN_RE.test(t)) {
      if (agentPending) {
        agentDepth = 1;
        agentPending = false;
        continue;
      }
      out.push({ kind: 'unclosed', card, nextLine: logical.line });
      card = { line: logical.line, props: [] };
      continue;
    }
    agentPending = false;
    if (END_RE.test(t)) {
      out.push({ kind: 'card', card });
      card = null;
      continue;
    }
    const prop = parseProperty(logical);
    if (!prop) continue;
    if (prop.name === 'AGENT') {
      const v = prop.value.trim();
      if (v === '') agentPending = true;
      else if (BEGIN_RE.test(v)) agentDepth = 1; // 2.1: "AGENT:BEGIN:VCARD" then the card's lines
      continue;
    }
    card.props.push(prop);
  }
  if (card) out.push({ kind: 'unclosed', card });
  return out;
}

function phoneKind(types: Set<string>, label: string | undefined): PhoneKind {
  if (types.has('fax')) return 'fax';
  if (types.has('cell') || types.has('mobile') || types.has('iphone')) return 'mobile';
  if (types.has('work')) return 'work';
  if (types.has('home')) return 'home';
  return phoneKindOfLabel(label);
}

function birthdayOf(prop: Property): string | undefined {
  const v = textValue(prop);
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/i.exec(v);
  if (!m) return undefined; // --0415 (no year), a year or month alone, free text
  const omitYear = prop.params.get('X-APPLE-OMIT-YEAR');
  if (omitYear !== undefined && omitYear === m[1]) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(date) ? date : undefined;
}

function nameFromN(parts: string[][]): string {
  const [family = [], given = [], additional = [], prefix = [], suffix = []] = parts;
  const main = [...prefix, ...given, ...additional, ...family].join(' ');
  const tail = suffix.join(', ');
  return main && tail ? `${main}, ${tail}` : main || tail;
}

const N_KEYS = ['family', 'given', 'additional', 'prefix', 'suffix'] as const;

function namePartsOf(parts: string[][]): NameParts {
  const out: NameParts = {};
  N_KEYS.forEach((key, i) => {
    const value = singleLine((parts[i] ?? []).join(key === 'suffix' ? ', ' : ' '));
    if (value) out[key] = value;
  });
  return out;
}

function sameNameParts(a: NameParts, b: NameParts): boolean {
  return N_KEYS.every((k) => (a[k] ?? '') === (b[k] ?? ''));
}

const PREFIX_RE = /^(?:dr|mr|mrs|ms|miss|mx|prof)\.?$/i;
const SUFFIX_RE = /^(?:jr|sr|ii|iii|iv|phd|ph\.d|md|m\.d|esq|dds|cpa)\.?$/i;

/**
 * N made from a display name, when a contact keeps none of its own. A company card names no
 * person: its name is its organization, or starts with it (a branch: "FedEx Office Marginal
 * Way" of "FedEx Office") → all empty. A person's name: leading honorifics (Dr., Mr., Mrs.,
 * Ms., Prof.) are the prefix, trailing ones (Jr., Sr., II, III, PhD, MD, Esq., after a comma
 * or not) the suffix; "Family, Given" is read that way round; otherwise the last word is the
 * family name, the first the given name, the words between additional names.
 */
export function deriveNameParts(c: Pick<ContactDraft, 'name' | 'organization'>): NameParts {
  const name = singleLine(c.name);
  const org = c.organization ? singleLine(c.organization) : '';
  if (org && (name.toLowerCase() === org.toLowerCase() || name.toLowerCase().startsWith(`${org.toLowerCase()} `))) return {};
  const segments = name.split(',').map((s) => s.trim());
  const suffixes: string[] = [];
  // Trailing comma-separated suffixes ("John Public, Esq., PhD").
  while (segments.length > 1 && segments[segments.length - 1]!.split(/\s+/).every((w) => SUFFIX_RE.test(w))) {
    suffixes.unshift(segments.pop()!);
  }
  let words: string[];
  let familyFirst: string[] | null = null;
  if (segments.length === 2 && segments[0] && segments[1]) {
    familyFirst = segments[0].split(/\s+/).filter(Boolean);
    words = segments[1].split(/\s+/).filter(Boolean);
  } else {
    words = segments.join(', ').split(/\s+/).filter(Boolean);
  }
  const prefixes: string[] = [];
  while (words.length > 1 && PREFIX_RE.test(words[0]!)) prefixes.push(words.shift()!);
  const tailSuffixes: string[] = [];
  while (words.length > 1 && SUFFIX_RE.test(words[words.length - 1]!)) tailSuffixes.unshift(words.pop()!);
  const out: NameParts = {};
  if (familyFirst) {
    out.family = familyFirst.join(' ');
    if (words.length) out.given = words.join(' ');
  } else if (words.length === 1) {
    out.given = words[0]!;
  } else if (words.length > 1) {
    out.family = words[words.length - 1]!;
    out.given = words[0]!;
    if (words.length > 2) out.additional = words.slice(1, -1).join(' ');
  }
  if (prefixes.length) out.prefix = prefixes.join(' ');
  const suffix = [...tailSuffixes, ...suffixes].join(', ');
  if (suffix) out.suffix = suffix;
  return out;
}

function addressOf(parts: string[][]): string {
  const [
    poBox = [],
    extended = [],
    street = [],
    locality = [],
    region = [],
    code = [],
    country = [],
  ] = parts;
  const lines = (values: string[]) =>
    values
      .flatMap((v) => v.split('\n'))
      .map((v) => v.trim())
      .filter((v) => v !== '');
  const place = [...lines(locality), ...lines(region), ...lines(code)].join(' ');
  return [...lines(street), ...lines(extended), ...lines(poBox), place, ...lines(country)]
    .filter((v) => v !== '')
    .join(', ');
}

interface CardResult {
  draft?: ContactDraft;
  /** A name for messages, when one can be read. */
  label?: string;
}

function readCard(card: RawCard): CardResult {
  const version = card.props.find((p) => p.name === 'VERSION');
  const lists = !(version && textValue(version) === '2.1');
  const labels = new Map<string, string>();
  for (const p of card.props)
    if (p.group && p.name === 'X-ABLABEL' && !labels.has(p.group))
      labels.set(p.group, textValue(p));

  let fn = '';
  let nName = '';
  let nParts: NameParts | undefined;
  let organization = '';
  let title = '';
  let birthday: string | undefined;
  let address = '';
  let addressIsPref = false;
  const notes: string[] = [];
  const phones: ContactDraft['phones'] = [];
  const seenPhones = new Set<string>();
  const emails: string[] = [];
  const seenEmails = new Set<string>();
  const tags: string[] = [];

  for (const p of card.props) {
    if (isBinary(p)) continue;
    switch (p.name) {
      case 'FN':
        if (!fn) fn = singleLine(textValue(p));
        break;
      case 'N':
        if (!nParts) {
          const parts = structuredValue(p, lists);
          nName = singleLine(nameFromN(parts));
          nParts = namePartsOf(parts);
        }
        break;
      case 'ORG':
        if (!organization) organization = singleLine(structuredValue(p, false)[0]?.[0] ?? '');
        break;
      case 'TITLE':
        if (!title) title = singleLine(textValue(p));
        break;
      case 'NOTE': {
        const note = textValue(p);
        if (note) notes.push(note);
        break;
      }
      case 'BDAY':
        birthday ??= birthdayOf(p);
        break;
      case 'CATEGORIES':
        // A comma-separated list in every version (escaped commas stay in a tag).
        for (const tag of splitUnescaped(p.value, ',').map((v) => singleLine(decodePiece(v, p)))) {
          if (tag && !GOOGLE_SYSTEM_GROUPS.has(tag.toLowerCase()) && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
        }
        break;
      case 'ADR': {
        const pref = p.types.has('pref') || p.params.has('PREF');
        if (address && (addressIsPref || !pref)) break;
        const line = addressOf(structuredValue(p, lists));
        if (line) {
          address = line;
          addressIsPref = pref;
        }
        break;
      }
      case 'TEL': {
        const number = singleLine(textValue(p).replace(/^tel:/i, ''));
        if (!number || seenPhones.has(number)) break;
        seenPhones.add(number);
        phones.push({ number, kind: phoneKind(p.types, labels.get(p.group)) });
        break;
      }
      case 'EMAIL': {
        const email = singleLine(textValue(p).replace(/^mailto:/i, ''));
        if (!email || seenEmails.has(email.toLowerCase())) break;
        seenEmails.add(email.toLowerCase());
        emails.push(email);
        break;
      }
      default:
        break;
    }
  }

  const name = fn || nName || organization || emails[0] || phones[0]?.number || '';
  if (!name) return {};
  const draft: ContactDraft = { name, phones, emails };
  if (organization) draft.organization = organization;
  if (title) draft.title = title;
  if (address) draft.address = address;
  if (birthday) draft.birthday = birthday;
  if (notes.length > 0) draft.notes = notes.join('\n');
  if (tags.length > 0) draft.tags = tags;
  if (nParts && !sameNameParts(nParts, deriveNameParts(draft))) draft.nameParts = nParts;
  return { draft, label: name };
}

/** Parses every card of a .vcf file; see the module comment for what each card becomes. */
export function parseVcards(text: string): { contacts: ContactDraft[]; errors: RowError[] } {
  const contacts: ContactDraft[] = [];
  const errors: RowError[] = [];
  const scans = scanCards(logicalLines(text));
  if (scans.length === 0) {
    errors.push({
      line: 1,
      message:
        text.trim() === ''
          ? 'The file is empty; there are no contacts in it.'
          : 'No contact card was found in this file; a vCard file (.vcf) has cards that start with BEGIN:VCARD.',
    });
    return { contacts, errors };
  }
  for (const scan of scans) {
    const { draft, label } = readCard(scan.card);
    if (scan.kind === 'unclosed') {
      const who = label ? `The card for "${label}"` : 'This card';
      const where =
        scan.nextLine !== undefined
          ? `before the next card starts on line ${scan.nextLine}`
          : 'before the end of the file';
      errors.push({
        line: scan.card.line,
        message: `${who} is never closed (its END:VCARD line is missing ${where}), so it was not imported.`,
      });
    } else if (!draft) {
      errors.push({
        line: scan.card.line,
        message:
          'This card has no name, organization, phone number or email address, so there is nothing to import from it.',
      });
    } else {
      contacts.push(draft);
    }
  }
  return { contacts, errors };
}

// ─── Writing ──────────────────────────────────────────────────────────────────────────────────

/** Text → vCard 3.0 escaped text. */
function escapeText(s: string): string {
  if (!/[\\,;\r\n]/.test(s)) return s;
  return normalizeBreaks(s).replace(/[\\,;\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

const MAX_OCTETS = 75;

/** Folds a content line at 75 octets, never inside a UTF-8 sequence (nor a surrogate pair). */
function fold(line: string): string {
  if (line.length <= MAX_OCTETS && !/[^ -~]/.test(line)) return line;
  const out: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > MAX_OCTETS) {
      out.push(line.slice(start, i));
      start = i;
      octets = 1; // the continuation line's leading space
    }
    octets += size;
    i += units;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

const TEL_TYPES: Record<PhoneKind, string> = {
  mobile: 'CELL',
  work: 'WORK,VOICE',
  home: 'HOME,VOICE',
  fax: 'FAX',
  other: 'VOICE',
};

/** N for a card: its own structured name when it keeps one, else the one derived from its name. */
function nameComponents(c: ContactDraft): string {
  const parts = c.nameParts ?? deriveNameParts(c);
  return N_KEYS.map((k) => escapeText(singleLine(parts[k] ?? ''))).join(';');
}

/**
 * Contacts → one vCard 3.0 file (CRLF line ends, lines folded at 75 octets, text escaped), so
 * `parseVcards(toVcf(x))` gives x back for drafts in the form parseVcards makes (trimmed
 * texts; single-line name, organization, title and address).
 */
export function toVcf(contacts: readonly ContactDraft[]): string {
  const lines: string[] = [];
  for (const c of contacts) {
    lines.push('BEGIN:VCARD', 'VERSION:3.0');
    lines.push(`FN:${escapeText(c.name)}`);
    lines.push(`N:${nameComponents(c)}`);
    if (c.organization) {
      lines.push(`ORG:${escapeText(c.organization)}`);
      if (singleLine(c.organization) === singleLine(c.name)) lines.push('X-ABSHOWAS:COMPANY');
    }
    if (c.title) lines.push(`TITLE:${escapeText(c.title)}`);
    for (const p of c.phones)
      lines.push(`TEL;TYPE=${TEL_TYPES[p.kind] ?? 'VOICE'}:${escapeText(p.number)}`);
    for (const e of c.emails) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(e)}`);
    if (c.address) lines.push(`ADR:;;${escapeText(c.address)};;;;`);
    if (c.birthday) lines.push(`BDAY:${c.birthday}`);
    if (c.notes) lines.push(`NOTE:${escapeText(c.notes)}`);
    if (c.tags?.length) lines.push(`CATEGORIES:${c.tags.map(escapeText).join(',')}`);
    lines.push('END:VCARD');
  }
  return lines.map(fold).join('\r\n') + (lines.length > 0 ? '\r\n' : '');
}
