import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tableToCsvBytes, tableToXlsxBytes } from './export';

describe('grid export', () => {
  const headers = ['Name', 'Qty', 'Notes'];
  const rows = [
    ['=HYPERLINK("http://x")', 5, '+1 call'],
    ['Pens', -3, '@home'],
    ['-minus', 0, 'plain'],
  ];

  it('CSV neutralizes formula-looking text but keeps numbers numeric', () => {
    const text = new TextDecoder().decode(tableToCsvBytes(headers, rows));
    expect(text).toContain(`"'=HYPERLINK(""http://x"")",5,'+1 call`);
    expect(text).toContain("Pens,-3,'@home");
    expect(text).toContain("'-minus,0,plain");
  });

  it('XLSX writes formula-looking text as literal strings starting with an apostrophe', async () => {
    const bytes = await tableToXlsxBytes(headers, rows, 'Items');
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toMatch(/<f>/);
    const shared = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : sheet;
    expect(shared).toContain(`<t>'=HYPERLINK("http://x")</t>`);
    expect(shared).toContain("<t>'+1 call</t>");
    expect(shared).toContain("'@home");
    expect(shared).toContain("'-minus");
    // Numbers stay numbers (no t="s"/inlineStr on them).
    expect(sheet).toMatch(/<c r="B3"[^>]*><v>-3<\/v><\/c>/);
  });
});
