/**
 * `#/contacts`: the address book. The shared DataGrid (virtualized: smooth at 100,000 rows;
 * search, per-column filters, sort, columns, CSV/XLSX of the view) over every live contact —
 * name, organization, title, the main phone as the office reads it, email, tags and what the
 * contact is linked to — with a tag filter beside the search. N adds a contact; "Import vCard
 * or CSV" opens the import; "Export vCard" saves the contacts in view (all, or those the search
 * and filters leave) as one .vcf through the platform's save dialog.
 */
import { useEffect, useMemo, useState } from 'react';
import { Contact as ContactIcon } from 'lucide-react';
import type { Contact } from '../../../../shared/domain/contacts';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor, navigate } from '../../../core/router';
import { getPlatform } from '../../../platform';
import { EmptyState } from '../../../ui/EmptyState';
import { DataGrid, type GridColumn } from '../../../ui/table';
import { useToast } from '../../../ui/Toast';
import { useContacts } from '../hooks';
import { buildVcardExport } from '../vcardExport';
import { linkTargets, phoneText, useLinkNames, usePhoneRegion } from './contactFormat';
import './contacts.css';

/** N opens a new contact (not while typing or in a dialog). */
function useNewContactKey(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'n' && e.key !== 'N')) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.closest('[role="dialog"]'))) return;
      e.preventDefault();
      navigate('contacts', 'new');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function ContactsPage() {
  const contacts = useContacts();
  const region = usePhoneRegion();
  const names = useLinkNames();
  const toast = useToast((s) => s.show);
  const [tag, setTag] = useState('');
  const [view, setView] = useState<readonly Contact[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useNewContactKey();

  const tags = useMemo(() => [...new Set((contacts ?? []).flatMap((c) => c.tags))].sort((a, b) => a.localeCompare(b)), [contacts]);
  const rows = useMemo(() => (tag ? (contacts ?? []).filter((c) => c.tags.includes(tag)) : (contacts ?? [])), [contacts, tag]);

  const columns = useMemo<GridColumn<Contact>[]>(
    () => [
      { id: 'name', header: 'Name', value: (c) => c.name, cell: (c) => <a href={hrefFor('contacts', c.id)}>{c.name}</a>, width: '14rem' },
      { id: 'organization', header: 'Organization', value: (c) => c.organization ?? '' },
      { id: 'title', header: 'Title', value: (c) => c.title ?? '' },
      {
        id: 'phone',
        header: 'Phone',
        // The digits as well, so the search finds '2075550195' however the number was written.
        value: (c) => [phoneText(c.phones[0]?.number, region), ...c.phones.map((p) => p.number.replace(/\D/g, ''))].join(' ').trim(),
        cell: (c) => phoneText(c.phones[0]?.number, region),
        width: '10rem',
      },
      { id: 'email', header: 'Email', value: (c) => c.emails[0] ?? '' },
      { id: 'tags', header: 'Tags', value: (c) => c.tags.join(', ') },
      {
        id: 'linked',
        header: 'Linked to',
        value: (c) => linkTargets(c, names).map((l) => `${l.label} ${l.name}`).join(', '),
        cell: (c) => (
          <span className="contacts-linked">
            {linkTargets(c, names).map((l) => (
              <a key={l.href} href={l.href}>
                {l.label}: {l.name}
              </a>
            ))}
          </span>
        ),
      },
    ],
    [region, names],
  );

  const exportView = async () => {
    setProblem(null);
    try {
      const chosen = view.length ? view : rows;
      if (chosen.length === 0) return;
      const file = buildVcardExport(chosen);
      const saved = await getPlatform().saveFile(new TextEncoder().encode(file.text), {
        suggestedName: file.fileName,
        mimeType: 'text/vcard',
        filters: [{ name: 'vCard files', extensions: ['vcf'] }],
      });
      if (saved) toast(`Exported ${file.count} ${file.count === 1 ? 'contact' : 'contacts'} to ${file.fileName}`);
    } catch (e) {
      setProblem(`The contacts could not be exported: ${errorMessage(e)}`);
    }
  };

  const empty = contacts !== undefined && contacts.length === 0;
  const filtered = view.length !== rows.length;

  return (
    <div className="page contacts-page">
      <header className="page-header">
        <h1>Contacts</h1>
        <span className="spacer" />
        {empty ? null : (
          <button type="button" className="btn" onClick={() => void exportView()} disabled={view.length === 0}>
            {filtered ? `Export vCard (${view.length})` : 'Export vCard'}
          </button>
        )}
        <button type="button" className="btn" onClick={() => navigate('contacts', 'import')}>
          Import vCard or CSV
        </button>
        <button type="button" className="btn btn-primary" onClick={() => navigate('contacts', 'new')} aria-keyshortcuts="N" title="New contact (N)">
          New contact
        </button>
      </header>
      {problem ? (
        <div className="error-box" role="alert">
          {problem}
        </div>
      ) : null}
      {contacts === undefined ? (
        <p className="muted" role="status">
          Loading the address book…
        </p>
      ) : empty ? (
        <EmptyState
          icon={ContactIcon}
          title="No contacts yet"
          actions={
            <>
              <button type="button" className="btn btn-primary" onClick={() => navigate('contacts', 'new')}>
                Add the first contact
              </button>
              <button type="button" className="btn" onClick={() => navigate('contacts', 'import')}>
                Import vCard or CSV
              </button>
            </>
          }
        >
          <p>
            The address book holds the people and organisations the office deals with: a supplier&apos;s account manager, the landlord, the
            accountant. A call from one of their numbers shows who is calling. Import them from a phone or mail program (.vcf) or a
            spreadsheet (.csv).
          </p>
        </EmptyState>
      ) : (
        <section className="card contacts-list">
          <DataGrid
            id="contacts.list"
            label="Contacts"
            rows={rows}
            columns={columns}
            getRowId={(c) => c.id}
            onActivate={(c) => navigate('contacts', c.id)}
            exportName="contacts"
            searchPlaceholder="Search name, organization, email, phone…"
            onViewChange={setView}
            toolbar={
              tags.length ? (
                <label className="contacts-tag-filter">
                  <span>Tag</span>
                  <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label="Show contacts with the tag">
                    <option value="">Every tag</option>
                    {tags.map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null
            }
            empty={
              <p className="empty-state">
                No contact has the tag {tag}.{' '}
                <button type="button" className="btn" onClick={() => setTag('')}>
                  Show every contact
                </button>
              </p>
            }
          />
        </section>
      )}
    </div>
  );
}
