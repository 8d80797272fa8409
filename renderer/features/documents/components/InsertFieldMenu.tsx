/**
 * "Insert field": a menu button in the body editor's toolbar that puts a merge field such as
 * {{recipient.name}} at the caret (issue 16.6), so nobody has to remember or type the braces.
 * A WAI-ARIA menu button: Enter, Space or ArrowDown opens it on the first field, the arrows,
 * Home and End move, Enter picks, Escape closes and returns to the button, Tab closes.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  PLACEHOLDER_GROUPS,
  PLACEHOLDER_NAMES,
  type PlaceholderKey,
  placeholderToken,
} from '../../../../shared/documents/templates/placeholders';

export function InsertFieldMenu({ onInsert }: { onInsert: (token: string) => void }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const pick = (key: PlaceholderKey) => {
    setOpen(false);
    onInsert(placeholderToken(key));
  };

  const onMenuKey = (event: React.KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(all.length - 1),
      Escape: () => close(true),
    };
    if (event.key === 'Tab') {
      setOpen(false);
      return;
    }
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  return (
    <span className="rte-menu">
      <button
        ref={buttonRef}
        type="button"
        className={`rte-btn${open ? ' rte-on' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((now) => !now)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Insert field<span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        <div ref={menuRef} id={menuId} role="menu" aria-label="Insert field" className="rte-menu-list" onKeyDown={onMenuKey}>
          {PLACEHOLDER_GROUPS.map((group) => (
            <div key={group.label} role="group" aria-label={group.label} className="rte-menu-group">
                <div className="rte-menu-heading" aria-hidden="true">
                  {group.label}
                </div>
                {group.keys.map((key) => (
                  <button
                    key={key}
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className="rte-menu-item"
                    aria-label={`${group.label}: ${PLACEHOLDER_NAMES[key]}`}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => pick(key)}
                  >
                    <span>{PLACEHOLDER_NAMES[key]}</span>
                    <code>{placeholderToken(key)}</code>
                  </button>
                ))}
            </div>
          ))}
        </div>
      ) : null}
    </span>
  );
}
