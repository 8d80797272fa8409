/** The tabs between the call screens: the log and the open messages. */
import { SectionTabs } from '../../../ui/SectionTabs';

const TABS = [
  { id: '', label: 'Call log' },
  { id: 'messages', label: 'Messages' },
] as const;

export function CallsTabs({ current }: { current: '' | 'messages' }) {
  return <SectionTabs module="calls" tabs={TABS} current={current} label="Call screens" />;
}
