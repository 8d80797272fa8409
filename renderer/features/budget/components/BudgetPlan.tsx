/**
 * `#/budget/plan`: the year's budget as a grid, one row per category and one column per fiscal
 * month. Type an annual figure and press Enter to spread it (evenly or by a pattern), or type
 * months by hand; ↑/↓ move between rows. "Copy last year" fills the grid from the previous
 * year ± a percentage. Save writes the whole grid in one transaction.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useToast } from '../../../ui/Toast';
import { buildCategoryTree, type CategoryNode } from '../../../../shared/domain/budget';
import {
  SPREAD_PRESETS,
  SPREAD_PRESET_IDS,
  annualOf,
  parseWeights,
  scaleByPercent,
  spreadAnnual,
  type SpreadPreset,
} from '../../../../shared/domain/allocation';
import { useBudgetCategories, useBudgetGrid } from '../hooks';
import { getBudgetGrid, saveBudgetYear } from '../repository';
import { useMoney } from '../money';
import { BudgetNav, useSelectedYear } from './BudgetNav';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError } from '../../../ui/FormDialog';
import './budget.css';

type Pattern = SpreadPreset | 'custom';

function flatten(nodes: CategoryNode[], out: CategoryNode[] = []): CategoryNode[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

export function BudgetPlan() {
  const money = useMoney();
  const year = useSelectedYear();
  const categories = useBudgetCategories();
  const stored = useBudgetGrid(year, money.startMonth);
  const toast = useToast((s) => s.show);
  const rows = useMemo(() => flatten(buildCategoryTree(categories ?? [])), [categories]);
  const months = money.months(year);

  const [draft, setDraft] = useState<Map<string, number[]> | null>(null);
  const [draftYear, setDraftYear] = useState(year);
  const [editing, setEditing] = useState<{ key: string; text: string } | null>(null);
  const [pattern, setPattern] = useState<Pattern>('even');
  const [weightsText, setWeightsText] = useState('1 1 1 1 1 1 1 1 1 1 1 1');
  const [percent, setPercent] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // A new year (or the first load) starts from what is stored; edits stay until saved.
  useEffect(() => {
    if (stored && (draft === null || draftYear !== year)) {
      setDraft(new Map(stored));
      setDraftYear(year);
    }
  }, [stored, draft, draftYear, year]);

  const grid = draft ?? stored ?? new Map<string, number[]>();
  const rowOf = (id: string) => grid.get(id) ?? months.map(() => 0);
  const dirty = useMemo(() => {
    if (!draft || !stored) return false;
    const ids = new Set([...draft.keys(), ...stored.keys()]);
    for (const id of ids) {
      const a = draft.get(id) ?? [];
      const b = stored.get(id) ?? [];
      for (let i = 0; i < 12; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return true;
    }
    return false;
  }, [draft, stored]);

  const spread = (total: number): number[] | null => {
    if (pattern !== 'custom') return spreadAnnual(total, pattern);
    const parsed = parseWeights(weightsText);
    if ('error' in parsed) {
      setError(parsed.error);
      return null;
    }
    return spreadAnnual(total, parsed.weights);
  };

  /** The grid with one typed cell applied, or null (and an error shown) when it is not an amount. */
  const applyCell = (key: string, text: string): Map<string, number[]> | null => {
    const [id, col] = key.split('|') as [string, string];
    const cents = text.trim() === '' ? 0 : money.parse(text);
    if (cents === null || cents < 0) {
      setError(`"${text}" is not an amount of 0 or more.`);
      return null;
    }
    setError(null);
    let amounts: number[] | null;
    if (col === 'annual') {
      amounts = spread(cents);
    } else {
      amounts = [...rowOf(id)];
      amounts[Number(col)] = cents;
    }
    if (!amounts) return null;
    const next = new Map(grid);
    next.set(id, amounts);
    return next;
  };

  /** Commits the cell being edited; returns false when the text is not an amount. */
  const commit = (key: string, text: string): boolean => {
    const next = applyCell(key, text);
    if (next) setDraft(next);
    return next !== null;
  };

  const focusCell = (rowIndex: number, col: string) => {
    const el = document.querySelector<HTMLInputElement>(`[data-cell="${rowIndex}|${col}"]`);
    el?.focus();
    el?.select();
  };

  const onKey = (
    e: KeyboardEvent<HTMLInputElement>,
    rowIndex: number,
    col: string,
    key: string,
  ) => {
    if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (editing && editing.key === key && !commit(key, editing.text)) return;
      setEditing(null);
      const next = e.key === 'ArrowUp' ? rowIndex - 1 : rowIndex + 1;
      if (next >= 0 && next < rows.length) focusCell(next, col);
    } else if (e.key === 'Escape') {
      setEditing(null);
    }
  };

  const cell = (
    rowIndex: number,
    id: string,
    col: string,
    cents: number,
    label: string,
    className?: string,
  ) => {
    const key = `${id}|${col}`;
    const isEditing = editing?.key === key;
    return (
      <input
        className={className}
        data-cell={`${rowIndex}|${col}`}
        aria-label={label}
        inputMode="decimal"
        value={isEditing ? editing.text : money.toInput(cents)}
        onFocus={(e) => {
          setEditing({ key, text: money.toInput(cents) });
          e.currentTarget.select();
        }}
        onChange={(e) => setEditing({ key, text: e.target.value })}
        onBlur={() => {
          if (isEditing) commit(key, editing.text);
          setEditing(null);
        }}
        onKeyDown={(e) => onKey(e, rowIndex, col, key)}
      />
    );
  };

  const copyLastYear = async () => {
    const pct = Number(percent.replace(',', '.'));
    if (!Number.isFinite(pct) || pct < -100 || pct > 1000) {
      setError('Enter a percentage change between -100 and 1000.');
      return;
    }
    const last = await getBudgetGrid(year - 1, money.startMonth);
    if (last.size === 0) {
      setError(`There is no budget for ${money.yearLabel(year - 1)} to copy.`);
      return;
    }
    const next = new Map(grid);
    for (const [id, amounts] of last)
      if (rows.some((r) => r.category.id === id)) next.set(id, scaleByPercent(amounts, pct));
    setDraft(next);
    setError(null);
    toast(`Copied ${money.yearLabel(year - 1)} ${pct >= 0 ? '+' : ''}${pct}% — review and save`);
  };

  const save = async (toSave: Map<string, number[]> = grid) => {
    setSaving(true);
    setError(null);
    try {
      const { changed } = await saveBudgetYear(
        year,
        money.startMonth,
        rows.map((r) => ({
          categoryId: r.category.id,
          amounts: toSave.get(r.category.id) ?? months.map(() => 0),
        })),
      );
      // The draft now equals what is stored; keeping it avoids a flash of the pre-save values
      // while the live query catches up.
      toast(changed === 0 ? 'Nothing to save' : `Budget ${money.yearLabel(year)} saved`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const columnTotals = months.map((_, i) =>
    rows.reduce((s, r) => s + (rowOf(r.category.id)[i] ?? 0), 0),
  );
  const grand = annualOf(columnTotals);

  return (
    <div
      className="page"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          // The cell being typed in counts: Ctrl+S saves what is on screen.
          let toSave = grid;
          if (editing) {
            const next = applyCell(editing.key, editing.text);
            if (!next) return;
            toSave = next;
            setDraft(next);
            setEditing(null);
          }
          void save(toSave);
        }
      }}
    >
      <BudgetNav
        current="plan"
        actions={
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void save()}
            aria-keyshortcuts="Control+S"
            disabled={saving || !dirty}
          >
            Save budget
          </button>
        }
      />
      <div className="bud-toolbar card">
        <label className="field">
          <span>Spread annual figures</span>
          <select value={pattern} onChange={(e) => setPattern(e.target.value as Pattern)}>
            {SPREAD_PRESET_IDS.map((p) => (
              <option key={p} value={p}>
                {SPREAD_PRESETS[p].label}
              </option>
            ))}
            <option value="custom">Custom weights per month</option>
          </select>
        </label>
        {pattern === 'custom' ? (
          <label className="field">
            <span>Weights (12, first fiscal month first)</span>
            <input value={weightsText} onChange={(e) => setWeightsText(e.target.value)} size={32} />
          </label>
        ) : null}
        <label className="field">
          <span>Change on last year (%)</span>
          <input
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
            inputMode="decimal"
            size={6}
          />
        </label>
        <button type="button" className="btn" onClick={() => void copyLastYear()}>
          Copy last year
        </button>
        {dirty ? <span className="bud-dirty">Unsaved changes</span> : null}
        <p className="muted" style={{ flexBasis: '100%', margin: 0 }}>
          Type an annual figure and press Enter to spread it over the months; the months always add
          up exactly. ↑ ↓ move between categories.
        </p>
      </div>
      <FormError error={error} />
      {categories !== undefined && rows.length === 0 ? (
        <section className="card empty-state">
          <h2>No budget categories yet</h2>
          <p>
            Add categories first on the <a href="#/budget/categories">Categories</a> tab.
          </p>
        </section>
      ) : (
        <div className="card bud-grid-wrap">
          <table className="bud-grid" aria-label={`Budget ${money.yearLabel(year)}`}>
            <thead>
              <tr>
                <th className="cat">Category</th>
                <th>Annual</th>
                {months.map((m) => (
                  <th key={m}>{money.monthLabel(m)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const amounts = rowOf(r.category.id);
                return (
                  <tr key={r.category.id} className={`depth-${Math.min(2, r.depth)}`}>
                    <th className="cat" scope="row">
                      {r.category.name}
                    </th>
                    <td>
                      {cell(
                        i,
                        r.category.id,
                        'annual',
                        annualOf(amounts),
                        `Annual budget for ${r.category.name}`,
                        'annual',
                      )}
                    </td>
                    {months.map((m, j) => (
                      <td key={m}>
                        {cell(
                          i,
                          r.category.id,
                          String(j),
                          amounts[j] ?? 0,
                          `${r.category.name} ${money.monthLabel(m, 'long')}`,
                        )}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th className="cat" scope="row">
                  Total
                </th>
                <td className="total">{money.format(grand)}</td>
                {columnTotals.map((c, j) => (
                  <td key={months[j]} className="total">
                    {money.format(c)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
