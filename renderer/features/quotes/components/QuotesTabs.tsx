import { SectionTabs } from '../../../ui/SectionTabs';

/** Requests for quotation and the price history chart. */
export function QuotesTabs({ current }: { current: '' | 'history' }) {
  return (
    <SectionTabs
      module="quotes"
      label="Quotes screens"
      current={current}
      tabs={[
        { id: '', label: 'Requests for quotation' },
        { id: 'history', label: 'Price history' },
      ]}
    />
  );
}
