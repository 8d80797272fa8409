/**
 * The inventory dashboard (recharts): stock value by category, items below minimum, items to
 * reorder by vendor, usage per month, most used items and open orders. Every bar and list
 * entry opens the list behind it (the items list filtered through the items filter store, an
 * item, or purchasing). Figures come from inventory's maintained aggregates; open orders from
 * purchasing, which is why this page sits above both features.
 */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { today } from '../../shared/lib/dates';
import { formatMoneyCompact } from '../../shared/lib/money';
import { navigate } from '../core/router';
import { useCompanyProfile } from '../core/settingsHooks';
import { useDbQuery } from '../db/hooks';
import { isOpenOrder, purchaseOrderRepository, PURCHASE_ORDER_STATUS_LABELS } from '../features/purchasing';
import { loadInventoryDashboard, useInventoryMoney, useItemsFilter, type UsageLine } from '../features/inventory';
import '../features/inventory/components/inventory.css';

function openList(patch: Parameters<ReturnType<typeof useItemsFilter.getState>['reset']>[0]) {
  useItemsFilter.getState().reset(patch);
  navigate('inventory');
}

function TopList({ title, lines }: { title: string; lines: UsageLine[] }) {
  return (
    <div>
      <h4>{title}</h4>
      {lines.length === 0 ? (
        <p className="muted">Nothing issued.</p>
      ) : (
        <ol className="inv-chart-list">
          {lines.map((t) => (
            <li key={t.itemId}>
              <button type="button" onClick={() => navigate('inventory', t.itemId)}>
                {t.name}
              </button>{' '}
              <span className="muted">
                {t.issued} {t.unit}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function InventoryDashboard() {
  const data = useDbQuery((d) => loadInventoryDashboard(today(), d), []);
  const orders = useDbQuery(async (d) => (await purchaseOrderRepository.list(d)).filter(isOpenOrder), []);
  const money = useInventoryMoney();
  const profile = useCompanyProfile();

  return (
    <div className="page">
      <header className="page-header">
        <h1>Inventory</h1>
        <div className="inv-toolbar">
          <button type="button" className="btn" onClick={() => navigate('inventory')}>
            ← Items
          </button>
        </div>
      </header>
      <h2>Inventory dashboard</h2>
      {data === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <div className="grid-cards">
            <button type="button" className="card" onClick={() => openList({})}>
              <div className="muted">Items</div>
              <strong>{data.itemCount.toLocaleString()}</strong>
            </button>
            <button type="button" className="card" onClick={() => openList({})}>
              <div className="muted">Stock value</div>
              <strong>{money(data.totalValueCents)}</strong>
            </button>
            <button type="button" className="card" onClick={() => openList({ belowMinimum: true })} aria-label={`${data.belowMinimum} items below minimum`}>
              <div className="muted">Below minimum</div>
              <strong>{data.belowMinimum.toLocaleString()}</strong>
            </button>
          </div>
          <div className="inv-charts">
            <section className="card inv-chart" aria-label="Stock value by category">
              <h3>Stock value by category</h3>
              <ResponsiveContainer width="100%" height={240}>
                <BarChart data={data.valueByCategory.slice(0, 15).map((c) => ({ ...c, value: c.valueCents }))}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="category" />
                  <YAxis width={64} tickFormatter={(v: number) => formatMoneyCompact(v, profile.currency, profile.locale)} />
                  <Tooltip formatter={(v) => money(Number(v))} />
                  <Bar
                    dataKey="value"
                    name="Stock value"
                    fill="var(--accent)"
                    cursor="pointer"
                    onClick={(_, index) => {
                      const c = data.valueByCategory[index];
                      if (c) openList({ category: c.category });
                    }}
                  />
                </BarChart>
              </ResponsiveContainer>
              <ul className="list-plain inv-chart-list">
                {data.valueByCategory.slice(0, 15).map((c) => (
                  <li key={c.category}>
                    <button type="button" onClick={() => openList({ category: c.category })}>
                      {c.category}
                    </button>{' '}
                    <span className="muted">
                      {money(c.valueCents)} · {c.itemCount} {c.itemCount === 1 ? 'item' : 'items'}{c.belowMinimum ? ` · ${c.belowMinimum} below minimum` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <section className="card inv-chart" aria-label="Items to reorder by vendor">
              <h3>Items to reorder by vendor</h3>
              {data.reorderByVendor.length === 0 ? (
                <p className="muted">Nothing is below its minimum.</p>
              ) : (
                <>
                  <ResponsiveContainer width="100%" height={240}>
                    <BarChart data={data.reorderByVendor.slice(0, 15)}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="vendorName" />
                      <YAxis allowDecimals={false} />
                      <Tooltip />
                      <Bar
                        dataKey="count"
                        name="Items to reorder"
                        fill="var(--warning)"
                        cursor="pointer"
                        onClick={(_, index) => {
                          const v = data.reorderByVendor[index];
                          if (v) openList({ vendorId: v.vendorId, belowMinimum: true });
                        }}
                      />
                    </BarChart>
                  </ResponsiveContainer>
                  <ul className="list-plain inv-chart-list">
                    {data.reorderByVendor.slice(0, 15).map((v) => (
                      <li key={v.vendorId}>
                        <button type="button" onClick={() => openList({ vendorId: v.vendorId, belowMinimum: true })}>
                          {v.vendorName}
                        </button>{' '}
                        <span className="muted">{v.count} to reorder</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
            <section className="card inv-chart" aria-label="Usage over time">
              <h3>Units issued per month</h3>
              <ResponsiveContainer width="100%" height={240}>
                <BarChart data={data.usageByMonth}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="month" />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Bar dataKey="issued" name="Units issued" fill="var(--accent)" />
                </BarChart>
              </ResponsiveContainer>
            </section>
            <section className="card inv-chart" aria-label="Most used items">
              <h3>Most used items</h3>
              <div className="form-grid">
                <TopList title="This month" lines={data.topThisMonth} />
                <TopList title="All time" lines={data.topAllTime} />
              </div>
            </section>
            <section className="card inv-chart" aria-label="Open orders">
              <h3>Open orders</h3>
              {orders === undefined ? (
                <p className="muted">Loading…</p>
              ) : orders.length === 0 ? (
                <p className="muted">No open purchase orders.</p>
              ) : (
                <ul className="list-plain inv-chart-list">
                  {orders.slice(0, 12).map((o) => (
                    <li key={o.id}>
                      <button type="button" onClick={() => navigate('purchasing', o.id)}>
                        {o.number}
                      </button>{' '}
                      <span className="muted">{PURCHASE_ORDER_STATUS_LABELS[o.status]}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
