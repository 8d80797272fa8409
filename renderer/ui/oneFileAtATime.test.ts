import { describe, expect, it } from 'vitest';
import { oneFileAtATime } from './oneFileAtATime';

describe('oneFileAtATime', () => {
  it('reads the first file and names every other one as not read', () => {
    expect(oneFileAtATime([{ name: 'a.vcf' }])).toEqual({ file: { name: 'a.vcf' }, notRead: null });
    expect(oneFileAtATime([])).toEqual({ file: undefined, notRead: null });
    expect(oneFileAtATime([{ name: 'a.vcf' }, { name: 'b.vcf' }]).notRead).toBe('One file at a time: b.vcf was not read. Import it after a.vcf.');
    const three = oneFileAtATime([{ name: 'a.vcf' }, { name: 'b.vcf' }, { name: 'c.vcf' }]);
    expect(three.file).toEqual({ name: 'a.vcf' });
    expect(three.notRead).toBe('One file at a time: b.vcf and c.vcf were not read. Import them after a.vcf.');
  });
});
