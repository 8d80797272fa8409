/**
 * The templates every office starts with. They are not stored: "Customise" copies one into a
 * template record (isTemplate) that the office then rewords and lays out as it likes.
 */
import type { DocumentDraft } from '../../../shared/domain';
import { today } from '../../../shared/lib/dates';

export interface StarterTemplate {
  key: string;
  name: string;
  draft: () => DocumentDraft;
}

const base = (draft: Omit<DocumentDraft, 'date' | 'status' | 'tags' | 'isTemplate'>): DocumentDraft => ({
  ...draft,
  date: today(),
  status: 'draft',
  tags: [],
  isTemplate: true,
});

export const STARTER_TEMPLATES: StarterTemplate[] = [
  {
    key: 'letter',
    name: 'Business letter',
    draft: () =>
      base({
        type: 'letter',
        title: 'Business letter',
        subject: 'Re: your account with {{company.name}}',
        to: '{{recipient.name}}',
        recipientAddress: '{{recipient.address}}',
        body: 'Dear {{recipient.contact}},\n\nThank you for your continued business with {{company.name}}.\n\nPlease do not hesitate to contact us if you have any questions.',
        signature: true,
        signatureText: 'Yours sincerely,\n\n\n{{sender.name}}',
      }),
  },
  {
    key: 'memo',
    name: 'Memo to all staff',
    draft: () =>
      base({
        type: 'memo',
        title: 'Memo to all staff',
        to: 'All staff',
        subject: '',
        body: 'Please note the following:\n\n- \n- ',
      }),
  },
  {
    key: 'fax',
    name: 'Fax cover sheet',
    draft: () =>
      base({ type: 'fax', title: 'Fax cover sheet', to: '{{recipient.name}}', subject: '', body: 'Please find attached.' }),
  },
  {
    key: 'minutes',
    name: 'Meeting minutes',
    draft: () =>
      base({
        type: 'minutes',
        title: 'Meeting minutes',
        subject: 'Team meeting',
        body: 'Agenda\n\n1. Apologies\n2. Matters arising\n3. Any other business\n\nActions\n\n- ',
      }),
  },
  {
    key: 'message',
    name: 'While you were out',
    draft: () => base({ type: 'message', title: 'While you were out', body: '' }),
  },
  {
    key: 'report',
    name: 'Report',
    draft: () =>
      base({
        type: 'report',
        title: 'Report',
        subject: 'Monthly report',
        body: 'Summary\n\nDetails\n\nRecommendations\n\n- ',
      }),
  },
];
