/** Settings feature: company profile and app state. */
export {
  getCompanyProfile,
  saveCompanyProfile,
  updateCompanyProfile,
  getAppState,
  setFirstRunDone,
  getSettingRecord,
  putSetting,
} from './repository';
export { useCompanyProfile, useCompanyProfileState, useAppState } from './hooks';
export {
  DEFAULT_COMPANY_PROFILE,
  companyProfileSchema,
  type CompanyProfile,
  type AppState,
} from '../../../shared/domain/settings';
