/**
 * `#/budget/categories`: the category tree. Add (top level or under a parent), rename in place,
 * move under another parent (loops refused), and delete only when nothing uses the category.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useToast } from '../../../ui/Toast';
import {
  buildCategoryTree,
  type BudgetCategory,
  type CategoryNode,
} from '../../../../shared/domain/budget';
import { useBudgetCategories } from '../hooks';
import {
  budgetCategoryRepository,
  createDefaultCategories,
  deleteBudgetCategoryIfUnused,
  updateBudgetCategory,
} from '../repository';
import { BudgetNav } from './BudgetNav';
import { errorMessage } from '../../../../shared/lib/errors';
import { FormError } from '../../../ui/FormDialog';
import './budget.css';

function flatten(nodes: CategoryNode[], out: CategoryNode[] = []): CategoryNode[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

export function CategoriesEditor() {
  const categories = useBudgetCategories();
  const toast = useToast((s) => s.show);
  const flat = useMemo(() => flatten(buildCategoryTree(categories ?? [])), [categories]);
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [error, setError] = useState<string | null>(null);

  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setError(null);
    try {
      await fn();
      if (done) toast(done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter a name for the category.');
      return;
    }
    const siblings = (categories ?? []).filter((c) => (c.parentId ?? '') === parentId);
    void run(async () => {
      await budgetCategoryRepository.create({
        name: trimmed,
        parentId: parentId || null,
        sortOrder: (siblings.length + 1) * 10,
      });
      setName('');
    }, `Category "${trimmed}" added`);
  };

  return (
    <div className="page">
      <BudgetNav current="categories" />
      <FormError error={error} />
      <form className="card bud-toolbar" onSubmit={add} aria-label="Add a category">
        <label className="field">
          <span>New category</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Travel" />
        </label>
        <label className="field">
          <span>Under</span>
          <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">(top level)</option>
            {flat.map((n) => (
              <option key={n.category.id} value={n.category.id}>
                {'\u2003'.repeat(n.depth)}
                {n.category.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn-primary">
          Add category
        </button>
      </form>
      {categories !== undefined && flat.length === 0 ? (
        <section className="card empty-state">
          <h2>No budget categories yet</h2>
          <p>
            Add your own above, or start from the usual set (office supplies, equipment, travel,
            rent and utilities, payroll, marketing…).
          </p>
          <button
            type="button"
            className="btn"
            onClick={() => void run(() => createDefaultCategories(), 'Standard categories added')}
          >
            Add the usual categories
          </button>
        </section>
      ) : (
        <section className="card" aria-label="Category tree">
          <ul className="bud-tree">
            {flat.map((n) => (
              <CategoryRow
                key={n.category.id}
                node={n}
                all={flat.map((f) => f.category)}
                run={run}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function CategoryRow({
  node,
  all,
  run,
}: {
  node: CategoryNode;
  all: BudgetCategory[];
  run: (fn: () => Promise<unknown>, done?: string) => Promise<void>;
}) {
  const c = node.category;
  const [name, setName] = useState(c.name);
  const rename = () => {
    if (name.trim() && name.trim() !== c.name)
      void run(() => updateBudgetCategory(c.id, { name: name.trim() }), 'Category renamed');
  };
  return (
    <li style={{ paddingLeft: node.depth * 24 }}>
      <input
        className="name"
        aria-label={`Name of ${c.name}`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={rename}
        onKeyDown={(e) => {
          if (e.key === 'Enter') rename();
          if (e.key === 'Escape') setName(c.name);
        }}
      />
      <label className="field bud-inline-field">
        <span>Under</span>
        <select
          aria-label={`Parent of ${c.name}`}
          value={c.parentId ?? ''}
          onChange={(e) =>
            void run(
              () => updateBudgetCategory(c.id, { parentId: e.target.value || null }),
              `Moved "${c.name}"`,
            )
          }
        >
          <option value="">(top level)</option>
          {all
            .filter((o) => o.id !== c.id)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
        </select>
      </label>
      <button
        type="button"
        className="btn btn-danger"
        aria-label={`Delete ${c.name}`}
        onClick={() => void run(() => deleteBudgetCategoryIfUnused(c.id), `Deleted "${c.name}"`)}
      >
        Delete
      </button>
    </li>
  );
}
