/** Vendors feature. */
export * from './repository';
export * from './hooks';
// Building blocks for pages that combine vendors with other features (renderer/pages).
export { RatingStars } from './components/RatingInput';
export { VendorForm } from './components/VendorForm';
export { vendorSchema, vendorDraftSchema, type Vendor, type VendorDraft } from '../../../shared/domain/vendors';
