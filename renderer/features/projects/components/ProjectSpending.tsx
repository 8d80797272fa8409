/**
 * The project's money: its budget line (the budget category and the amount set aside) against
 * what is spent (its expenses) and committed (still to arrive on its open orders), with what
 * remains; then its purchase orders and expenses, each openable and able to leave the project,
 * and a choice of unfiled orders and of expenses in the project's dates to file under it.
 */
import { useState } from 'react';
import { purchaseOrderStatusLabel, purchaseOrderTotalCents } from '../../../../shared/domain/purchasing';
import { addDays, formatDate } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor } from '../../../core/router';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useToast } from '../../../ui/Toast';
import type { Project } from '../../../../shared/domain/projects';
import { useUnfiledExpenses, useUnfiledOrders } from '../hooks';
import { linkExpenseToProject, linkOrderToProject, unlinkExpense, unlinkOrder, type ProjectFigures, type ProjectWork } from '../links';

export function SpendSummary({ project, figures, budgetLine, money }: { project: Project; figures: ProjectFigures; budgetLine?: string | undefined; money: (c: number) => string }) {
  const budget = project.budgetCents;
  const used = budget ? (figures.spentCents + figures.committedCents) / budget : undefined;
  return (
    <dl className="prj-money" aria-label="Spend against the budget line">
      <div>
        <dt>Budget line</dt>
        <dd>{budgetLine ?? <span className="muted">None</span>}</dd>
      </div>
      <div>
        <dt>Budget</dt>
        <dd>{budget !== undefined ? money(budget) : <span className="muted">Not set</span>}</dd>
      </div>
      <div>
        <dt>Spent</dt>
        <dd>{money(figures.spentCents)}</dd>
      </div>
      <div>
        <dt>Committed</dt>
        <dd>{money(figures.committedCents)}</dd>
      </div>
      <div>
        <dt>{figures.over ? 'Over budget by' : 'Remaining'}</dt>
        <dd className={figures.over ? 'prj-over' : undefined}>{figures.remainingCents !== undefined ? money(Math.abs(figures.remainingCents)) : '—'}</dd>
      </div>
      {used !== undefined ? (
        <div className="prj-money-bar">
          <dt>Used</dt>
          <dd>
            <ProgressBar label="Budget used (spent and committed)" value={used} /> {Math.round(used * 100)}%
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

export function ProjectSpending({
  project,
  work,
  figures,
  budgetLine,
  today,
  locale,
  money,
  vendorName,
}: {
  project: Project;
  work: ProjectWork;
  figures: ProjectFigures;
  budgetLine?: string | undefined;
  today: string;
  locale: string;
  money: (c: number) => string;
  vendorName: (id: string) => string;
}) {
  const toast = useToast((s) => s.show);
  const [error, setError] = useState<string | null>(null);
  const [orderId, setOrderId] = useState('');
  const [expenseId, setExpenseId] = useState('');
  const unfiledOrders = useUnfiledOrders();
  const from = project.start ?? addDays(today, -90);
  const to = project.due && project.due > today ? project.due : today;
  const unfiledExpenses = useUnfiledExpenses(from, to);
  const run = (work: () => Promise<unknown>) => {
    setError(null);
    work().catch((e: unknown) => setError(errorMessage(e)));
  };

  return (
    <>
      <section className="card" aria-labelledby="prj-budget">
        <h2 id="prj-budget">Budget</h2>
        <SpendSummary project={project} figures={figures} budgetLine={budgetLine} money={money} />
        <p className="muted">Spent counts the project&apos;s expenses; committed is what is still to arrive on its open orders (drafts commit nothing yet).</p>
      </section>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <section className="card" aria-labelledby="prj-orders">
        <h2 id="prj-orders">Purchase orders ({work.orders.length})</h2>
        {work.orders.length === 0 ? <p className="muted">No purchase orders on this project.</p> : null}
        {work.orders.length > 0 ? (
          <table className="prj-table">
            <thead>
              <tr>
                <th>Order</th>
                <th>Vendor</th>
                <th>Date</th>
                <th>Status</th>
                <th className="num">Total</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {work.orders.map((o) => (
                <tr key={o.id}>
                  <td>
                    <a href={hrefFor('purchasing', o.id)}>{o.number}</a>
                  </td>
                  <td>{vendorName(o.vendorId)}</td>
                  <td>{formatDate(o.orderDate, locale)}</td>
                  <td>{purchaseOrderStatusLabel(o)}</td>
                  <td className="num">{money(purchaseOrderTotalCents(o))}</td>
                  <td>
                    <button type="button" className="btn btn-small" aria-label={`Take ${o.number} off the project`} onClick={() => run(() => unlinkOrder(o.id))}>
                      Take off
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <form
          className="prj-inline-form"
          aria-label="File an order under the project"
          onSubmit={(e) => {
            e.preventDefault();
            if (!orderId) return;
            run(async () => {
              const o = await linkOrderToProject(project.id, orderId);
              setOrderId('');
              toast(`${o.number} filed under the project`);
            });
          }}
        >
          <label className="field">
            <span>Order to file under the project</span>
            <select value={orderId} onChange={(e) => setOrderId(e.target.value)}>
              <option value="">{unfiledOrders?.length === 0 ? 'No order without a project' : 'Choose an order…'}</option>
              {(unfiledOrders ?? []).slice(0, 300).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.number} — {vendorName(o.vendorId)}, {formatDate(o.orderDate, locale)}, {money(purchaseOrderTotalCents(o))}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn" disabled={!orderId}>
            Add order
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="prj-expenses">
        <h2 id="prj-expenses">Expenses ({work.expenses.length})</h2>
        {work.expenses.length === 0 ? <p className="muted">No expenses counted against this project.</p> : null}
        {work.expenses.length > 0 ? (
          <table className="prj-table">
            <thead>
              <tr>
                <th>Date</th>
                <th>Description</th>
                <th className="num">Amount</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {work.expenses.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.date, locale)}</td>
                  <td>{e.description}</td>
                  <td className="num">{money(e.amountCents)}</td>
                  <td>
                    <button type="button" className="btn btn-small" aria-label={`Take ${e.description} off the project`} onClick={() => run(() => unlinkExpense(e.id))}>
                      Take off
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <form
          className="prj-inline-form"
          aria-label="Count an expense against the project"
          onSubmit={(e) => {
            e.preventDefault();
            if (!expenseId) return;
            run(async () => {
              const x = await linkExpenseToProject(project.id, expenseId);
              setExpenseId('');
              toast(`${x.description} counted against the project`);
            });
          }}
        >
          <label className="field">
            <span>Expense to count against the project</span>
            <select value={expenseId} onChange={(e) => setExpenseId(e.target.value)}>
              <option value="">
                {unfiledExpenses?.length === 0 ? `No other expense from ${formatDate(from, locale)} to ${formatDate(to, locale)}` : 'Choose an expense…'}
              </option>
              {(unfiledExpenses ?? []).slice(0, 300).map((x) => (
                <option key={x.id} value={x.id}>
                  {formatDate(x.date, locale)} — {x.description}, {money(x.amountCents)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn" disabled={!expenseId}>
            Add expense
          </button>
        </form>
      </section>
    </>
  );
}
