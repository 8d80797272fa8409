/** The office's suppliers, created on the setup day. */
import type { Vendor } from '../../domain';
import { VENDORS, type VendorSeed } from '../catalog';
import { compact, type SampleContext } from '../context';

export interface SampleVendors {
  vendors: Vendor[];
  /** Record id by catalog key. */
  vendorIds: Map<string, string>;
}

export function generateVendors(ctx: SampleContext): SampleVendors {
  const vendorIds = new Map<string, string>();
  const vendors: Vendor[] = VENDORS.map((v, i) => {
    const record = compact<Vendor>({
      ...ctx.base(ctx.setupDate, 9 * 60 + i),
      name: v.name,
      contactName: v.contactName,
      email: v.email,
      phone: v.phone,
      address: v.address,
      website: v.website,
      accountNumber: v.accountNumber,
      paymentTerms: v.paymentTerms,
    });
    vendorIds.set(v.key, record.id);
    return record;
  });
  return { vendors, vendorIds };
}

/** The catalog entry behind a vendor key. */
export const vendorSeed = (key: string): VendorSeed => VENDORS.find((v) => v.key === key)!;
