/**
 * The caller card beside the call form (issue 14.2): who the number belongs to (with their
 * role and a link to the record), their latest calls, open messages and, for a vendor, the
 * orders still open. Several records can share a number; the one chosen is the call's caller.
 */
import { PURCHASE_ORDER_STATUS_LABELS } from '../../purchasing';
import type { CallerCard } from '../callerCard';
import { FOLLOW_UP_LABELS, OUTCOME_LABELS, messagesCount } from '../labels';
import { hrefFor } from '../../../core/router';
import { useCallFormat } from './callFormat';

export function CallerCardPanel({
  card,
  chosen,
  onChoose,
  callerName,
  onAddContact,
}: {
  card: CallerCard | undefined;
  /**
   * Before "Add to contacts" leaves for the contact form: the call form puts itself aside (what
   * was typed is kept for F2) so the contact form is not hidden behind it.
   */
  onAddContact?: () => void;
  /** What was typed as the caller's name (prefills a new contact). */
  callerName: string;
  /** `${table}:${id}` of the record chosen as the caller. */
  chosen: string | undefined;
  onChoose: (key: string) => void;
}) {
  const fmt = useCallFormat();
  if (!card) {
    return (
      <aside className="caller-card" aria-label="Caller">
        <p className="muted">
          Type or paste the number: the caller shows here with their latest calls and open messages.
        </p>
      </aside>
    );
  }
  if (!card.e164) {
    return (
      <aside className="caller-card" aria-label="Caller">
        <p className="muted">Not a phone number yet.</p>
      </aside>
    );
  }
  return (
    <aside className="caller-card" aria-label="Caller">
      {card.entries.length === 0 ? (
        <>
          <h3>Unknown number</h3>
          <p className="muted">
            {card.formatted} is not in contacts, vendors, people or candidates.
          </p>
          <a
            href={hrefFor('contacts', 'new', callerName.trim() || ' ', card.raw)}
            className="btn"
            onClick={onAddContact}
          >
            Add to contacts
          </a>
          {card.numberCalls.length ? (
            <CallList title="Earlier calls from this number" calls={card.numberCalls} fmt={fmt} />
          ) : null}
        </>
      ) : (
        card.entries.map((entry) => {
          const key = `${entry.match.table}:${entry.match.id}`;
          return (
            <section
              key={key}
              className={`caller-entry${chosen === key ? ' is-chosen' : ''}`}
              aria-label={entry.match.name}
            >
              <h3>
                <a href={entry.match.href}>{entry.match.name}</a>
              </h3>
              <p className="caller-role">
                {entry.match.role} · {card.formatted}
              </p>
              {card.entries.length > 1 ? (
                <label className="caller-choose">
                  <input
                    type="radio"
                    name="caller-record"
                    checked={chosen === key}
                    onChange={() => onChoose(key)}
                  />{' '}
                  This is the caller
                </label>
              ) : null}
              {entry.openMessages.length ? (
                <p className="caller-open">
                  <strong>{messagesCount(entry.openMessages.length)} open</strong>
                  {': '}
                  {entry.openMessages.map((m, i) => (
                    <span key={m.id}>
                      {i ? ', ' : ''}
                      <a href={hrefFor('calls', m.id)}>
                        {FOLLOW_UP_LABELS[m.followUp].toLowerCase()} ({fmt.dayTime(m.takenAt)})
                      </a>
                    </span>
                  ))}
                </p>
              ) : null}
              {entry.match.table === 'vendors' ? (
                entry.openOrders.length ? (
                  <div>
                    <h4>Open orders</h4>
                    <ul className="caller-list">
                      {entry.openOrders.map((o) => (
                        <li key={o.id}>
                          <a href={hrefFor('purchasing', o.id)}>{o.number}</a> ·{' '}
                          {PURCHASE_ORDER_STATUS_LABELS[o.status]}
                          {o.expectedDate ? ` · expected ${o.expectedDate}` : ''}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <p className="muted">No open orders.</p>
                )
              ) : null}
              {entry.latestCalls.length ? (
                <CallList title="Latest calls" calls={entry.latestCalls} fmt={fmt} />
              ) : (
                <p className="muted">No calls logged yet.</p>
              )}
            </section>
          );
        })
      )}
    </aside>
  );
}

function CallList({
  title,
  calls,
  fmt,
}: {
  title: string;
  calls: CallerCard['numberCalls'];
  fmt: ReturnType<typeof useCallFormat>;
}) {
  return (
    <div>
      <h4>{title}</h4>
      <ul className="caller-list">
        {calls.map((c) => (
          <li key={c.id}>
            <a href={hrefFor('calls', c.id)}>{fmt.dayTime(c.takenAt)}</a> ·{' '}
            {c.subject || OUTCOME_LABELS[c.outcome]}
          </li>
        ))}
      </ul>
    </div>
  );
}
