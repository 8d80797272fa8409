/**
 * The Requests module's two screens as tabs: Staff requests (the queue) and Purchase requests.
 * Drawn by the route above either screen, in the page's padding, so both tabs sit in the same
 * place.
 */
import { SectionTabs } from '../../../ui/SectionTabs';
import './staffRequests.css';

const TABS = [
  { id: '', label: 'Staff requests' },
  { id: 'purchase', label: 'Purchase requests' },
] as const;

export function RequestsTabs({ current }: { current: '' | 'purchase' }) {
  return (
    <div className="req-tabs-bar">
      <SectionTabs module="requests" tabs={TABS} current={current} label="Requests screens" />
    </div>
  );
}
