import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from './menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function build(overrides: Partial<Pick<MenuOptions, 'isPackaged' | 'isMac'>> = {}) {
  const options = {
    isPackaged: false,
    isMac: false,
    send: vi.fn<MenuOptions['send']>(),
    about: vi.fn(),
    ...overrides,
  };
  const template = buildMenuTemplate(options);
  const byLabel = (label: string) => items(template).find((i) => i.label === label);
  const click = (label: string) => (byLabel(label)!.click as () => void)();
  return { template, options, byLabel, click };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help', () => {
    expect(build().template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('sends a typed event to the renderer for each File command', () => {
    const { click, options } = build();
    click('Print…');
    click('Save as PDF…');
    click('Back up…');
    click('Restore…');
    click('Log a call…');
    expect(options.send.mock.calls).toEqual([
      ['menu:print'],
      ['menu:save-pdf'],
      ['menu:backup'],
      ['menu:restore'],
      ['menu:log-call'],
    ]);
  });

  it('opens the quick call form with F2', () => {
    expect(build().byLabel('Log a call…')).toMatchObject({ accelerator: 'F2' });
    expect(build({ isMac: true }).byLabel('Log a call…')).toMatchObject({ accelerator: 'F2' });
  });

  it('ends File with Quit and offers About in Help', () => {
    const { template, click, options } = build();
    const file = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)).toMatchObject({ role: 'quit' });
    click('About Backdesk');
    expect(options.about).toHaveBeenCalled();
  });

  it('offers DevTools only when not packaged', () => {
    const hasDevTools = (t: MenuItemConstructorOptions[]) =>
      items(t).some((i) => i.role === 'toggleDevTools');
    expect(hasDevTools(build({ isPackaged: false }).template)).toBe(true);
    expect(hasDevTools(build({ isPackaged: true }).template)).toBe(false);
  });

  it('uses standard roles for editing', () => {
    const edit = build().template[1]!.submenu as MenuItemConstructorOptions[];
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ]);
  });

  it('follows macOS conventions there', () => {
    const { template } = build({ isMac: true });
    expect(template[0]!.label).toBe('Backdesk');
    const file = template[1]!.submenu as MenuItemConstructorOptions[];
    expect(file.some((i) => i.role === 'quit')).toBe(false);
    expect(template.some((m) => m.role === 'windowMenu')).toBe(true);
  });
});
