import { describe, expect, it } from 'vitest';
import { outcomeMessage } from './printing';

describe('outcomeMessage', () => {
  it('says what went out, what failed and why, and nothing for a cancel', () => {
    expect(outcomeMessage('print', { status: 'printed' }, 'PO-0012')).toBe('PO-0012 sent to the printer');
    expect(outcomeMessage('pdf', { status: 'saved' }, 'Expense report')).toBe(
      'Expense report saved as PDF',
    );
    expect(outcomeMessage('pdf', { status: 'failed', message: 'Disk full.' }, 'Memo')).toBe(
      'Memo could not be saved as PDF: Disk full.',
    );
    expect(outcomeMessage('print', { status: 'failed', message: 'No printer.' }, 'Memo')).toBe(
      'Memo could not be printed: No printer.',
    );
    expect(outcomeMessage('print', { status: 'cancelled' }, 'Memo')).toBeNull();
  });
});
