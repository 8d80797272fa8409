/** Vendors feature. */
export * from './repository';
export * from './hooks';
export { vendorSchema, vendorDraftSchema, type Vendor, type VendorDraft } from '../../../shared/domain/vendors';
