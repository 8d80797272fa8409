/** Live company profile and app state for screens (every feature formats with them). */
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_COMPANY_PROFILE, type AppState, type CompanyProfile } from '../../shared/domain/settings';
import { getDb, type BackdeskDb } from '../db';
import { getAppState, getCompanyProfile } from './settings';

/**
 * The company profile, or the defaults until it has loaded, so money and dates can always be
 * formatted. Use `useCompanyProfileState` where the difference matters (printing).
 */
export function useCompanyProfile(db?: BackdeskDb): CompanyProfile {
  return useCompanyProfileState(db).profile;
}

export function useCompanyProfileState(db?: BackdeskDb): { profile: CompanyProfile; loaded: boolean } {
  const profile = useLiveQuery(() => getCompanyProfile(db ?? getDb()), [db]);
  return profile ? { profile, loaded: true } : { profile: DEFAULT_COMPANY_PROFILE, loaded: false };
}

/** undefined while loading. */
export function useAppState(db?: BackdeskDb): AppState | undefined {
  return useLiveQuery(() => getAppState(db ?? getDb()), [db]);
}
