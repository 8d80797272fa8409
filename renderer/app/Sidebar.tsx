import { Lock, Moon, Search, Sun } from 'lucide-react';
import logoUrl from '../../assets/icons/backdesk.svg';
import { useRecordCounts } from '../core/stats';
import { useCompanyProfile } from '../core/settingsHooks';
import { usePalette } from './CommandPalette';
import { MODULES, type ModuleId } from '../core/modules';
import { hrefFor } from '../core/router';
import { useResolvedTheme, useThemeStore } from '../core/theme';
import { useVaultStatus } from '../core/vault';
import { lockVault } from '../db/vaultKeys';

export function Sidebar({ current }: { current: ModuleId }) {
  const counts = useRecordCounts();
  const profile = useCompanyProfile();
  const openPalette = usePalette((s) => s.setOpen);
  const theme = useThemeStore((s) => s.theme);
  const setTheme = useThemeStore((s) => s.setTheme);
  const isDark = useResolvedTheme() === 'dark';
  const vault = useVaultStatus();

  return (
    <aside className="sidebar">
      <div className="brand">
        <img src={logoUrl} alt="" />
        <span className="sidebar-text">Backdesk</span>
      </div>
      {profile ? <div className="brand-company">{profile.name}</div> : null}
      <nav aria-label="Modules">
        <ul>
          {MODULES.map((m) => {
            const count = counts?.[m.id];
            return (
              <li key={m.id}>
                <a
                  className="nav-link"
                  href={hrefFor(m.id)}
                  aria-current={m.id === current ? 'page' : undefined}
                  title={m.label}
                >
                  <m.icon size={16} aria-hidden="true" />
                  <span className="sidebar-text">{m.label}</span>
                  {count ? (
                    <span className="nav-count" aria-hidden="true">
                      {count.toLocaleString()}
                    </span>
                  ) : null}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <button type="button" className="btn" onClick={() => openPalette(true)}>
          <Search size={14} aria-hidden="true" /> <span className="sidebar-text">Search</span> <kbd className="sidebar-text">Ctrl K</kbd>
        </button>
        {/* Says what a press will do (issue 16.15): "Light theme" in dark mode, and back. */}
        <button
          type="button"
          className="btn"
          onClick={() => setTheme(isDark ? 'light' : 'dark')}
          aria-label={isDark ? 'Switch to light theme' : 'Switch to dark theme'}
          title={`Now ${isDark ? 'dark' : 'light'}${theme === 'system' ? ', following the system' : ''}`}
        >
          {isDark ? <Sun size={14} aria-hidden="true" /> : <Moon size={14} aria-hidden="true" />}
          <span className="sidebar-text">{isDark ? 'Light theme' : 'Dark theme'}</span>
        </button>
        {vault.state === 'unlocked' ? (
          <button type="button" className="btn" onClick={() => void lockVault('manual')} title={`${vault.user.name} — lock the office`}>
            <Lock size={14} aria-hidden="true" /> <span className="sidebar-text">Lock</span> <kbd className="sidebar-text">Ctrl L</kbd>
          </button>
        ) : null}
      </div>
    </aside>
  );
}
