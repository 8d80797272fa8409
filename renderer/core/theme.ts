/**
 * Light and dark themes. The choice is UI state (zustand, kept in localStorage) rather than
 * office data, so it never travels in a backup. 'system' follows the operating system.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemeChoice = 'light' | 'dark' | 'system';

interface ThemeState {
  theme: ThemeChoice;
  setTheme(theme: ThemeChoice): void;
}

export const useThemeStore = create<ThemeState>()(
  persist((set) => ({ theme: 'system', setTheme: (theme) => set({ theme }) }), {
    name: 'backdesk.theme',
  }),
);

function resolve(theme: ThemeChoice): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
function subscribeToSystemTheme(onChange: () => void): () => void {
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}
const systemPrefersDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

/**
 * The theme in effect ('system' resolved), from the store rather than from <html>: the
 * attribute is set in an effect after render, so reading it while rendering lags one change
 * behind (a second click on the theme toggle did nothing).
 */
export function useResolvedTheme(): 'light' | 'dark' {
  const theme = useThemeStore((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark);
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/** Applies the chosen theme to <html data-theme> and keeps following the system when asked. */
export function useApplyTheme(): void {
  const theme = useThemeStore((s) => s.theme);
  useEffect(() => {
    const apply = () => {
      document.documentElement.dataset.theme = resolve(theme);
    };
    apply();
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener('change', apply);
    return () => media?.removeEventListener('change', apply);
  }, [theme]);
}
