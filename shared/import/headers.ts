/**
 * Header names: making them unique, and matching them to the fields of each import kind.
 *
 * Matching ignores case, spaces and punctuation ("Item No." = "item_no" = "ITEMNO"). Each
 * field lists its known names best first; a column is given to at most one field by automatic
 * matching, and a column the user mapped by hand is never taken by automatic matching, so one
 * value can never feed two fields unless the user asked for it.
 */
import type { ImportKind, RowError } from './types';

export interface KnownField {
  /** Target field name, the key of `mapping`. */
  field: string;
  label: string;
  required: boolean;
  /** A required field is also satisfied when any of these fields is mapped (First/Last name, Debit/Credit). */
  requiredUnlessMapped?: readonly string[];
  /** Header names matched automatically, best first. */
  names: readonly string[];
}

/** Known names are written "best|next|…" to keep this table readable. */
const f = (
  field: string,
  label: string,
  names: string,
  required = false,
  requiredUnlessMapped?: readonly string[],
): KnownField => ({
  field,
  label,
  required,
  ...(requiredUnlessMapped ? { requiredUnlessMapped } : {}),
  names: names.split('|'),
});

const NOTES = 'notes|note|comments|comment|remarks';
const EMAIL = 'email|email address|mail|work email';
const PHONE = 'phone|phone number|telephone|tel|mobile|cell|mobile phone|work phone';
const FIRST_NAME = 'first name|given name|forename|first';
const LAST_NAME = 'last name|surname|family name|last';

/** Per kind, the fields an import fills, for the wizard's mapping screen. */
export const KNOWN_FIELDS: Readonly<Record<ImportKind, readonly KnownField[]>> = {
  items: [
    f('name', 'Name', 'name|item name|item|product name|product|consumable|description', true),
    f(
      'sku',
      'SKU',
      'sku|item number|item no|item #|item code|part number|part no|product code|article number|catalog number|stock code|code|model number',
    ),
    f('category', 'Category', 'category|item category|type|group|class'),
    f('unit', 'Unit', 'unit|units|uom|unit of measure|pack'),
    f('location', 'Location', 'location|storage location|shelf|cupboard|bin|room|where'),
    f(
      'quantity',
      'Quantity',
      'quantity|qty|on hand|qty on hand|quantity on hand|stock|in stock|current stock|count',
    ),
    f(
      'minQuantity',
      'Minimum',
      'min quantity|minimum|min|min qty|min amount|min amt|reorder point|reorder level|minimum stock|min stock',
    ),
    f(
      'targetQuantity',
      'Target level',
      'target quantity|target|target qty|target level|par|par level|max|maximum|max qty',
    ),
    f('packSize', 'Pack size', 'pack size|pack qty|pack quantity|units per pack|per pack|case size'),
    f(
      'unitCostCents',
      'Unit cost',
      'unit cost|unit price|cost|price|purchase cost|purchase price|cost each|price each',
    ),
    f('vendorName', 'Vendor', 'vendor|vendor name|supplier|supplier name|preferred vendor'),
    f('notes', 'Notes', NOTES),
  ],
  vendors: [
    f('name', 'Name', 'name|vendor|vendor name|supplier|supplier name|company|company name', true),
    f(
      'contactName',
      'Contact person',
      'contact|contact name|contact person|attention|attn|manager',
    ),
    f('email', 'Email', EMAIL),
    f('phone', 'Phone', PHONE),
    f('address', 'Address', 'address|address 1|address line 1|street|street address'),
    f('address2', 'Address line 2', 'address 2|address line 2'),
    f('city', 'City', 'city|town'),
    f('state', 'State or region', 'state|province|region|county'),
    f('postalCode', 'Postal code', 'zip|zip code|postal code|postcode'),
    f('country', 'Country', 'country'),
  ],
  expenses: [
    f(
      'date',
      'Date',
      'date|transaction date|trans date|posted date|posting date|post date|booking date|value date',
      true,
    ),
    f(
      'description',
      'Description',
      'description|memo|details|transaction description|narrative|particulars|transaction|reference',
      true,
    ),
    f('amountCents', 'Amount', 'amount|transaction amount|value|total|sum', true, ['debit', 'credit']),
    f(
      'debit',
      'Debit (money out)',
      'debit|debits|debit amount|withdrawal|withdrawals|money out|paid out',
    ),
    f(
      'credit',
      'Credit (money in)',
      'credit|credits|credit amount|deposit|deposits|money in|paid in',
    ),
    f('category', 'Category', 'category|type'),
    f('vendorName', 'Vendor', 'vendor|payee|merchant|supplier|counterparty|merchant name'),
  ],
  candidates: [
    f('name', 'Name', 'name|full name|candidate|candidate name|applicant|applicant name', true, [
      'firstName',
      'lastName',
    ]),
    f('firstName', 'First name', FIRST_NAME),
    f('lastName', 'Last name', LAST_NAME),
    f('email', 'Email', EMAIL, true),
    f('phone', 'Phone', PHONE),
    f('position', 'Position', 'position|job|role|applied for|job title|opening|vacancy'),
    f('source', 'Source', 'source|referral source|channel|how heard|referred by'),
  ],
  employees: [
    f('name', 'Name', 'name|full name|employee|employee name', true, ['firstName', 'lastName']),
    f('firstName', 'First name', FIRST_NAME),
    f('lastName', 'Last name', LAST_NAME),
    f('email', 'Email', EMAIL),
    f('title', 'Job title', 'title|job title|position|role'),
    f('department', 'Department', 'department|dept|team|division'),
    f(
      'startDate',
      'Start date',
      'start date|hire date|date hired|date of hire|started|employment start',
    ),
  ],
  equipment: [
    f('name', 'Name', 'name|item name|asset name|equipment|device|description', true),
    f('assetTag', 'Asset tag', 'asset tag|tag|asset number|asset no|asset id|inventory number'),
    f('category', 'Category', 'category|type|equipment type|asset type'),
    f('manufacturer', 'Manufacturer', 'manufacturer|make|brand|maker'),
    f('model', 'Model', 'model|model name|model number'),
    f('serial', 'Serial number', 'serial|serial number|serial no|s/n'),
    f('location', 'Location', 'location|room|where'),
    f('purchaseDate', 'Purchase date', 'purchase date|purchased|date purchased|bought'),
    f('purchaseCostCents', 'Purchase cost', 'purchase cost|purchase price|cost|price'),
    f(
      'warrantyEnd',
      'Warranty end',
      'warranty end|warranty ends|warranty end date|warranty expires|warranty expiry|warranty expiration|warranty expiration date|warranty until',
    ),
    // Snipe-IT's "Warranty" is a number of months from the purchase date.
    f('warrantyMonths', 'Warranty (months)', 'warranty months|warranty|warranty period|warranty term'),
    f('vendorName', 'Vendor', 'vendor|vendor name|supplier|supplier name|bought from'),
    f('notes', 'Notes', `${NOTES}|asset notes`),
  ],
  events: [
    f('title', 'Title', 'title|subject|event|event name|summary|name', true),
    f('start', 'Start', 'start|start date|starts|begin|start datetime|date|dtstart', true),
    f('startTime', 'Start time', 'start time|time'),
    f('end', 'End', 'end|end date|ends|finish|end datetime|dtend'),
    f('endTime', 'End time', 'end time'),
    f('allDay', 'All day', 'all day|all day event'),
    f('location', 'Location', 'location|where|place|room'),
    f('description', 'Description', 'description|notes|details|body'),
    f('timeZone', 'Time zone', 'time zone|tz|tzid|zone'),
  ],
  // Outlook's CSV ("First Name", "Job Title", "Mobile Phone", "Business Phone", "E-mail
  // Address", "Business Street"…; its "Title" is Mr/Ms, so "Job Title" is tried first) and
  // Google's ("Name" or "First Name", "Organization Name", "Phone 1 - Label"/"Phone 1 - Value",
  // "E-mail 1 - Value", "Address 1 - Formatted", "Labels").
  contacts: [
    f('name', 'Name', 'name|full name|display name|contact name|contact', true, [
      'firstName',
      'lastName',
      'organization',
    ]),
    f('firstName', 'First name', FIRST_NAME),
    f('middleName', 'Middle name', 'middle name|additional name|middle'),
    f('lastName', 'Last name', LAST_NAME),
    f(
      'organization',
      'Organization',
      'organization|organisation|company|company name|organization name|organization 1 name|org|employer',
    ),
    f(
      'title',
      'Job title',
      'job title|title|position|role|organization title|organization 1 title',
    ),
    f(
      'phone',
      'Phone',
      'phone|phone number|telephone|tel|primary phone|main phone|company main phone|other phone',
    ),
    f('mobile', 'Mobile phone', 'mobile|mobile phone|cell|cell phone|mobile number|cell number|handy'),
    f('workPhone', 'Work phone', 'work phone|business phone|office phone|work number|work tel'),
    f('homePhone', 'Home phone', 'home phone|home number|private phone|home tel'),
    f('fax', 'Fax', 'fax|fax number|business fax|work fax|home fax|other fax'),
    f('phone1', 'Phone 1', 'phone 1 value|phone 1'),
    f('phone1Label', 'Phone 1 label', 'phone 1 label|phone 1 type'),
    f('phone2', 'Phone 2', 'phone 2 value|phone 2'),
    f('phone2Label', 'Phone 2 label', 'phone 2 label|phone 2 type'),
    f('phone3', 'Phone 3', 'phone 3 value|phone 3'),
    f('phone3Label', 'Phone 3 label', 'phone 3 label|phone 3 type'),
    f('email', 'Email', 'email|email address|mail|work email|email 1|email 1 value|primary email'),
    f(
      'email2',
      'Email 2',
      'email 2|email 2 address|email 2 value|home email|personal email|other email|secondary email',
    ),
    f('email3', 'Email 3', 'email 3|email 3 address|email 3 value'),
    f(
      'address',
      'Address',
      'address|full address|mailing address|postal address|address 1 formatted|business address|work address|home address',
    ),
    f(
      'street',
      'Street',
      'street|street address|address 1|address line 1|business street|home street|address 1 street',
    ),
    f('city', 'City', 'city|town|business city|home city|address 1 city'),
    f(
      'state',
      'State or region',
      'state|province|region|county|business state|home state|address 1 region',
    ),
    f(
      'postalCode',
      'Postal code',
      'zip|zip code|postal code|postcode|business postal code|home postal code|address 1 postal code',
    ),
    f(
      'country',
      'Country',
      'country|country/region|business country|business country/region|home country|home country/region|address 1 country',
    ),
    f('birthday', 'Birthday', 'birthday|birth date|date of birth|dob'),
    f('notes', 'Notes', NOTES),
    f('tags', 'Tags', 'tags|tag|labels|categories|category|groups|group membership|group'),
  ],
};

/** "Item No." → "itemno": case, spaces and punctuation do not matter when matching names. */
export function normalizeHeader(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}#]+/gu, '');
}

const normalizedNames = new Map<ImportKind, string[][]>();
function namesOf(kind: ImportKind): string[][] {
  let names = normalizedNames.get(kind);
  if (!names) {
    names = KNOWN_FIELDS[kind].map((k) => k.names.map(normalizeHeader));
    normalizedNames.set(kind, names);
  }
  return names;
}

/**
 * Makes header names unique and non-empty, in column order, so a mapping by name always picks
 * exactly one column: a blank header becomes "Column 4"; a repeat of "Name" becomes
 * "Name (2)" (skipping names already present in the file).
 */
export function makeUniqueHeaders(raw: readonly string[]): {
  headers: string[];
  warnings: string[];
} {
  const warnings: string[] = [];
  const present = new Set(raw);
  const used = new Set<string>();
  const firstColumn = new Map<string, number>();
  const headers = raw.map((name, index) => {
    const column = index + 1;
    if (name === '') {
      let generated = `Column ${column}`;
      for (let k = 2; present.has(generated) || used.has(generated); k++)
        generated = `Column ${column} (${k})`;
      used.add(generated);
      warnings.push(
        `Column ${column} has no header name; its values are not imported unless you map it (it is listed as "${generated}").`,
      );
      return generated;
    }
    if (!used.has(name)) {
      used.add(name);
      firstColumn.set(name, column);
      return name;
    }
    let k = 2;
    let renamed = `${name} (${k})`;
    while (present.has(renamed) || used.has(renamed)) renamed = `${name} (${++k})`;
    used.add(renamed);
    warnings.push(
      `The header "${name}" appears in columns ${firstColumn.get(name)} and ${column}; column ${column} is named "${renamed}".`,
    );
    return renamed;
  });
  return { headers, warnings };
}

export interface ResolvedColumns {
  /** Field → column index, -1 when unmapped. */
  index: Record<string, number>;
  /** Field → the file's header for that column ('' when unmapped). */
  header: Record<string, string>;
  /** Problems with the mapping itself (reported on the header line). */
  errors: RowError[];
}

/**
 * Decides which column feeds each field: `mapping` first (field → header; '' means "do not
 * import"), then known names for the rest, never reusing a column.
 */
/**
 * Mapping keys earlier versions took before the contract named the record's own fields
 * (DESIGN §3): `amount` for expenses is `amountCents`. Still accepted so an old script keeps
 * working; naming both is a conflict to say, not to settle in silence.
 */
const LEGACY_KEYS: Partial<Record<ImportKind, Readonly<Record<string, string>>>> = {
  expenses: { amount: 'amountCents' },
};

function withLegacyKeys(kind: ImportKind, mapping: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const legacy = LEGACY_KEYS[kind];
  if (!legacy || !Object.keys(mapping).some((k) => Object.prototype.hasOwnProperty.call(legacy, k))) return mapping;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(mapping)) {
    const field = Object.prototype.hasOwnProperty.call(legacy, key) ? legacy[key]! : key;
    // The record's own name wins when both are given.
    if (field !== key && Object.prototype.hasOwnProperty.call(mapping, field)) continue;
    out[field] = value;
  }
  return out;
}

export function resolveColumns(
  kind: ImportKind,
  headers: readonly string[],
  mapping: Readonly<Record<string, string>> = {},
): ResolvedColumns {
  const fields = KNOWN_FIELDS[kind];
  const index: Record<string, number> = {};
  const header: Record<string, string> = {};
  const errors: RowError[] = [];
  const claimed = new Set<number>();

  mapping = withLegacyKeys(kind, mapping);
  // A mapping key is a field's own name; one this kind does not have is a mistake to say, not
  // a column to drop in silence.
  for (const key of Object.keys(mapping)) {
    if (fields.some((known) => known.field === key)) continue;
    errors.push({
      line: 1,
      message: `The mapping names a field "${key}" that the ${kind} import does not have; its fields are ${fields.map((k) => k.field).join(', ')}.`,
    });
  }

  for (const known of fields) {
    index[known.field] = -1;
    header[known.field] = '';
    if (!Object.prototype.hasOwnProperty.call(mapping, known.field)) continue;
    const source = mapping[known.field];
    if (source === undefined || source === '') continue;
    let col = headers.indexOf(source);
    if (col < 0) col = headers.indexOf(source.trim());
    if (col < 0) {
      errors.push({
        line: 1,
        column: source,
        message: `The column "${source}" chosen for ${known.label} is not in this file; choose one of its columns.`,
      });
      continue;
    }
    index[known.field] = col;
    header[known.field] = headers[col]!;
    claimed.add(col);
  }

  const normalizedHeaders = headers.map(normalizeHeader);
  const names = namesOf(kind);
  fields.forEach((known, fieldIndex) => {
    if (Object.prototype.hasOwnProperty.call(mapping, known.field)) return;
    for (const name of names[fieldIndex]!) {
      let col = -1;
      for (let c = 0; c < normalizedHeaders.length; c++) {
        if (normalizedHeaders[c] === name && !claimed.has(c)) {
          col = c;
          break;
        }
      }
      if (col >= 0) {
        index[known.field] = col;
        header[known.field] = headers[col]!;
        claimed.add(col);
        return;
      }
    }
  });

  for (const known of fields) {
    if (!known.required || index[known.field]! >= 0) continue;
    if (known.requiredUnlessMapped?.some((alt) => (index[alt] ?? -1) >= 0)) continue;
    const alternatives = known.requiredUnlessMapped
      ?.map((alt) => fields.find((k) => k.field === alt)?.label)
      .filter((label): label is string => !!label);
    const orText =
      alternatives && alternatives.length > 0 ? ` (or to ${alternatives.join(' or ')})` : '';
    errors.push({
      line: 1,
      message: `No column is mapped to ${known.label}${orText}; choose the column that holds it before importing.`,
    });
  }
  return { index, header, errors };
}

/** The automatic mapping for the wizard to show first: field → header, for matched fields only. */
export function suggestMapping(
  kind: ImportKind,
  headers: readonly string[],
): Record<string, string> {
  const { header } = resolveColumns(kind, headers);
  const out: Record<string, string> = {};
  for (const [field, name] of Object.entries(header)) if (name) out[field] = name;
  return out;
}
