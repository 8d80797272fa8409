/**
 * What a purchase request's reader needs beside it (issue 17.2): whether it needs approval
 * (and whose) or was approved automatically, and the budget category's money this fiscal year
 * before and after the request — shown in the new-request form as the user types and on the
 * request's panel.
 */
import type { budgetAfterRequest } from '../../../../../shared/domain/purchaseRequests';
import { needsApproval } from '../../../../../shared/domain/purchaseRequests';
import type { MoneyTools } from '../../../budget';
import type { ApprovalSetting, CategoryStanding } from '../../purchaseRequests';

export type RequestBudget = ReturnType<typeof budgetAfterRequest>;

export function ApprovalNote({ totalCents, setting, money }: { totalCents: number | null; setting: ApprovalSetting; money: MoneyTools }) {
  const limit = money.format(setting.thresholdCents);
  if (totalCents === null) {
    return (
      <section className="prq-box" aria-label="Approval">
        <h3>Approval</h3>
        <p>Requests above {limit} need approval{setting.approverName ? ` by ${setting.approverName}` : ''}; the rest are approved as they are made.</p>
      </section>
    );
  }
  const needs = needsApproval(totalCents, setting.thresholdCents);
  return (
    <section className={`prq-box ${needs ? 'prq-box-warn' : 'prq-box-ok'}`} aria-label="Approval">
      <h3>Approval</h3>
      {needs ? (
        <p>
          Above {limit}: this request waits for approval{setting.approverName ? ` by ${setting.approverName}` : ''}.
        </p>
      ) : (
        <p>At or below {limit}: this request is approved automatically when you submit it.</p>
      )}
    </section>
  );
}

export function BudgetBox({
  standing,
  budget,
  money,
  fiscalYearLabel,
  settled = false,
}: {
  standing: CategoryStanding | undefined;
  budget: RequestBudget | undefined;
  money: MoneyTools;
  fiscalYearLabel: string;
  /** A declined or cancelled request takes nothing: only what the category has left is shown. */
  settled?: boolean;
}) {
  if (!standing || !budget) {
    return (
      <section className="prq-box" aria-label="Category budget">
        <h3>Category budget</h3>
        <p className="muted">Choose a budget category to see what it has left.</p>
      </section>
    );
  }
  if (!budget.hasBudget) {
    return (
      <section className="prq-box prq-box-warn" aria-label="Category budget">
        <h3>{standing.name} budget</h3>
        <p>
          {standing.name} has no budget planned for {fiscalYearLabel}. Spent so far {money.format(standing.spentCents)}.
        </p>
      </section>
    );
  }
  if (settled) {
    return (
      <section className="prq-box" aria-label="Category budget">
        <h3>
          {standing.name} budget, {fiscalYearLabel}
        </h3>
        <dl className="prq-figures">
          <div>
            <dt>Planned</dt>
            <dd>{money.format(standing.plannedCents)}</dd>
          </div>
          <div>
            <dt>Spent</dt>
            <dd>{money.format(standing.spentCents)}</dd>
          </div>
          <div>
            <dt>Committed by requests</dt>
            <dd>{money.format(standing.committedCents)}</dd>
          </div>
          <div className="prq-after">
            <dt>Left</dt>
            <dd>{money.format(budget.remainingCents)}</dd>
          </div>
        </dl>
        <p className="muted">This request takes nothing from the budget.</p>
      </section>
    );
  }
  const tone = budget.overBudget ? 'prq-box-danger' : budget.afterCents < standing.plannedCents * 0.1 ? 'prq-box-warn' : 'prq-box-ok';
  return (
    <section className={`prq-box ${tone}`} aria-label="Category budget">
      <h3>
        {standing.name} budget, {fiscalYearLabel}
      </h3>
      <dl className="prq-figures">
        <div>
          <dt>Planned</dt>
          <dd>{money.format(standing.plannedCents)}</dd>
        </div>
        <div>
          <dt>Spent</dt>
          <dd>{money.format(standing.spentCents)}</dd>
        </div>
        <div>
          <dt>Committed by other requests</dt>
          <dd>{money.format(standing.plannedCents - standing.spentCents - budget.remainingCents)}</dd>
        </div>
        <div>
          <dt>Left before this request</dt>
          <dd>{money.format(budget.remainingCents)}</dd>
        </div>
        <div className="prq-after">
          <dt>Left after this request</dt>
          <dd className={budget.overBudget ? 'prq-over' : undefined}>{money.format(budget.afterCents)}</dd>
        </div>
      </dl>
      {budget.overBudget ? <p className="prq-over">This request would take {standing.name} over its budget by {money.format(-budget.afterCents)}.</p> : null}
    </section>
  );
}
