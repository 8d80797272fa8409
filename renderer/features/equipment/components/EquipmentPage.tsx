/**
 * `#/equipment/<id>`: one item. The header says what it is, its tag, status and who has it;
 * the details list every register field with the warranty state and the end of its expected
 * life; the photo and documents (manual, receipt, warranty card) are attachments. Edit,
 * Retire or dispose (date and reason), Return to service and Delete (soft, confirmed).
 * Below, every history of the item, each section owned by the slice that builds it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import {
  EQUIPMENT_STATUS_LABELS,
  endOfExpectedLife,
  isOutOfService,
  isPastExpectedLife,
  isUnderWarranty,
  type Equipment,
} from '../../../../shared/domain/equipment';
import { today } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor, navigate } from '../../../core/router';
import { getAttachmentBytes } from '../../../db/attachments';
import { getPlatform } from '../../../platform';
import { FormDialog } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { useVendors } from '../../vendors';
import { useEquipment, useEquipmentAttachmentsById, useEquipmentHolderMap, useEquipmentSettings } from '../hooks';
import {
  EQUIPMENT_DOCUMENT_KINDS,
  addEquipmentDocument,
  deleteEquipment,
  equipmentCategoryName,
  removeEquipmentFile,
  retireEquipment,
  returnEquipmentToService,
  setEquipmentPhoto,
  splitEquipmentDocumentName,
  type EquipmentDocumentKind,
} from '../repository';
import { BookingsSection } from './BookingsSection';
import { ConsumablesSection } from './ConsumablesSection';
import { CostSection } from './CostSection';
import { EquipmentForm } from './EquipmentForm';
import { holderName, useEquipmentDate, useEquipmentMoney, usePersonNames } from './equipmentFormat';
import { StatusBadge } from './EquipmentListPage';
import { HandoverSection } from './HandoverSection';
import { MetersSection } from './MetersSection';
import { PlansSection } from './PlansSection';
import { PrintSection } from './PrintSection';
import { RepairsSection } from './RepairsSection';
import './equipment.css';
import { FileName, fileAttachedMessage } from '../../../ui/FileName';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

function imageType(name: string, mimeType: string): string | undefined {
  if (IMAGE_TYPES.includes(mimeType)) return mimeType;
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'png' ? 'image/png' : ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : ext === 'gif' ? 'image/gif' : ext === 'webp' ? 'image/webp' : undefined;
}

/** A blob: URL of a stored image, typed as an image only, revoked when it goes. */
function usePhotoUrl(attachmentId: string | undefined, mimeType: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let made: string | null = null;
    setUrl(null);
    if (!attachmentId || !mimeType) return;
    getAttachmentBytes(attachmentId)
      .then((bytes) => {
        if (!live || !bytes) return;
        made = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
        setUrl(made);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [attachmentId, mimeType]);
  return url;
}

function Detail({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'wide' : undefined}>
      <dt>{label}</dt>
      <dd>{children === '' || children === undefined || children === null ? <span className="muted">—</span> : children}</dd>
    </div>
  );
}

function PhotoAndDocuments({ equipment }: { equipment: Equipment }) {
  const toast = useToast((s) => s.show);
  const ids = [...(equipment.photoAttachmentId ? [equipment.photoAttachmentId] : []), ...(equipment.documentAttachmentIds ?? [])];
  const files = useEquipmentAttachmentsById(ids);
  const photo = equipment.photoAttachmentId ? files?.[0] : undefined;
  const photoUrl = usePhotoUrl(photo?.id, photo ? imageType(photo.name, photo.mimeType) : undefined);
  const docs = (files ?? []).slice(equipment.photoAttachmentId ? 1 : 0).filter((a) => a !== undefined);
  const [kind, setKind] = useState<EquipmentDocumentKind>('Manual');
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const message = await work();
      if (message) toast(message);
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const pickPhoto = () =>
    run(async () => {
      const [file] = await getPlatform().pickFiles({ title: 'Choose a photo', filters: [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }] });
      if (!file) return undefined;
      await setEquipmentPhoto(equipment.id, { name: file.name, mimeType: imageType(file.name, file.type) ?? file.type, bytes: file.bytes });
      return `Photo of ${equipment.name} saved`;
    });
  const pickDocument = () =>
    run(async () => {
      const [file] = await getPlatform().pickFiles({
        title: `Choose the ${kind.toLowerCase()}`,
        filters: [{ name: 'Documents and images', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'txt', 'doc', 'docx', 'odt', 'rtf'] }],
      });
      if (!file) return undefined;
      await addEquipmentDocument(equipment.id, kind, { name: file.name, mimeType: file.type, bytes: file.bytes });
      return fileAttachedMessage(file.name, kind);
    });
  const download = (id: string, name: string, mimeType: string) =>
    run(async () => {
      const bytes = await getAttachmentBytes(id);
      if (!bytes) return 'This file is kept by the desktop app; open it from there.';
      await getPlatform().saveFile(bytes, { suggestedName: name, mimeType });
      return undefined;
    });

  return (
    <>
      <div className="eq-photo-box">
        {photoUrl ? (
          <img className="eq-photo" src={photoUrl} alt={`Photo of ${equipment.name}`} />
        ) : (
          <div className="eq-photo-empty">{photo ? 'Loading photo…' : 'No photo yet'}</div>
        )}
        <div className="eq-doc-actions" style={{ marginTop: 0 }}>
          <button type="button" className="btn" disabled={busy} onClick={() => void pickPhoto()}>
            {photo ? 'Replace photo…' : 'Add photo…'}
          </button>
          {photo ? (
            <button type="button" className="btn" disabled={busy} onClick={() => void run(async () => (await removeEquipmentFile(equipment.id, photo.id), 'Photo removed'))}>
              Remove photo
            </button>
          ) : null}
        </div>
      </div>
      <section className="wide" aria-labelledby="eq-docs-title" style={{ gridColumn: '1 / -1' }}>
        <h2 id="eq-docs-title">Documents</h2>
        {docs.length === 0 ? (
          <p className="muted">No documents yet: attach the manual, the purchase receipt or the warranty card.</p>
        ) : (
          <ul className="eq-docs" aria-label="Documents">
            {docs.map((a) => {
              const { kind: k, fileName } = splitEquipmentDocumentName(a.name);
              return (
                <li key={a.id}>
                  <span className="eq-doc-kind">{k}</span>
                  <FileName name={fileName} />
                  <span className="muted">{Math.max(1, Math.ceil(a.size / 1024))} KB</span>
                  <button type="button" className="btn" onClick={() => void download(a.id, fileName, a.mimeType)} aria-label={`Download ${fileName}`}>
                    Download
                  </button>
                  <button
                    type="button"
                    className="btn"
                    disabled={busy}
                    onClick={() => void run(async () => (await removeEquipmentFile(equipment.id, a.id), `${fileName} removed`))}
                    aria-label={`Remove ${fileName}`}
                  >
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <div className="eq-doc-actions">
          <label className="eq-status-filter">
            <span>Kind</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as EquipmentDocumentKind)} aria-label="Document kind">
              {EQUIPMENT_DOCUMENT_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" disabled={busy} onClick={() => void pickDocument()}>
            Attach document…
          </button>
        </div>
      </section>
    </>
  );
}

function RetireDialog({ equipment, onClose }: { equipment: Equipment; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  const [status, setStatus] = useState<'retired' | 'disposed'>('retired');
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      title={`Retire or dispose of ${equipment.name}`}
      submitLabel={status === 'retired' ? 'Retire' : 'Dispose'}
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        const saved = await retireEquipment(equipment.id, { status, date, reason });
        toast(`${equipment.name} ${EQUIPMENT_STATUS_LABELS[saved.status].toLowerCase()} on ${date}`);
        onClose();
      }}
    >
      <div className="form-grid" style={{ marginBottom: 12 }}>
        <label className="field wide">
          <span>Reason</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus required maxLength={500} />
        </label>
        <label className="field">
          <span>Date</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
      </div>
      <fieldset className="eq-retire">
        <legend>What happened</legend>
        <label className="eq-check">
          <input type="radio" name="retire-kind" checked={status === 'retired'} onChange={() => setStatus('retired')} />
          <span>Retired (kept, out of service)</span>
        </label>
        <label className="eq-check">
          <input type="radio" name="retire-kind" checked={status === 'disposed'} onChange={() => setStatus('disposed')} />
          <span>Disposed (sold, scrapped, lost)</span>
        </label>
      </fieldset>
    </FormDialog>
  );
}

function DeleteDialog({ equipment, onClose }: { equipment: Equipment; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  return (
    <FormDialog
      title={`Delete ${equipment.name}?`}
      submitLabel="Delete"
      onClose={onClose}
      onSubmit={async () => {
        await deleteEquipment(equipment.id);
        toast(`${equipment.name} deleted`);
        navigate('equipment');
      }}
    >
      <p>
        {equipment.name}
        {equipment.assetTag ? ` (${equipment.assetTag})` : ''} leaves the register and its tag can be given to another item; its history stays in the audit log.
        To record that it left the office, retire or dispose of it instead.
      </p>
    </FormDialog>
  );
}

function ItemView({ equipment }: { equipment: Equipment }) {
  const toast = useToast((s) => s.show);
  const holders = useEquipmentHolderMap();
  const names = usePersonNames();
  const settings = useEquipmentSettings();
  const vendors = useVendors();
  const money = useEquipmentMoney();
  const date = useEquipmentDate();
  const [dialog, setDialog] = useState<'edit' | 'retire' | 'delete' | null>(null);
  const now = today();
  const holder = holders?.get(equipment.id);
  const vendor = equipment.vendorId ? vendors?.find((v) => v.id === equipment.vendorId) : undefined;
  const lifeEnds = endOfExpectedLife(equipment);
  const out = isOutOfService(equipment.status);

  const backToService = async () => {
    try {
      await returnEquipmentToService(equipment.id, 'in-storage');
      toast(`${equipment.name} is back in service (in store)`);
    } catch (e) {
      toast(errorMessage(e));
    }
  };

  return (
    <div className="page eq-page">
      <nav aria-label="Breadcrumb" className="muted">
        <a href={hrefFor('equipment')}>Equipment</a> / {equipment.name}
      </nav>
      <header className="page-header eq-item-head">
        <h1>{equipment.name}</h1>
        {equipment.assetTag ? (
          <span className="eq-tag" aria-label={`Asset tag ${equipment.assetTag}`}>
            {equipment.assetTag}
          </span>
        ) : null}
        <StatusBadge status={equipment.status} />
        <div className="eq-head-actions">
          <button type="button" className="btn" onClick={() => setDialog('edit')}>
            Edit
          </button>
          {out ? (
            <button type="button" className="btn" onClick={() => void backToService()}>
              Return to service
            </button>
          ) : (
            <button type="button" className="btn" onClick={() => setDialog('retire')}>
              Retire or dispose…
            </button>
          )}
          <button type="button" className="btn btn-danger" onClick={() => setDialog('delete')}>
            Delete
          </button>
        </div>
        <p className="eq-head-sub" aria-label="Who has it">
          {holder ? (
            <>
              <span>
                With <strong>{holderName(holder, names)}</strong> since {date(holder.since)}
              </span>
              {holder.dueBack ? (
                holder.dueBack < now ? (
                  <span className="badge badge-warn">Overdue: due back {date(holder.dueBack)}</span>
                ) : (
                  <span>Due back {date(holder.dueBack)}</span>
                )
              ) : null}
            </>
          ) : (
            <span>{out ? 'Out of service' : 'In the office, not checked out'}</span>
          )}
          {equipment.location ? <span>Location: {equipment.location}</span> : null}
        </p>
      </header>
      {out ? (
        <p className="card eq-retired-note" role="note">
          {EQUIPMENT_STATUS_LABELS[equipment.status]} on {date(equipment.retiredOn)}: {equipment.retirementReason}
        </p>
      ) : null}
      <section className="card eq-details-card" aria-labelledby="eq-details-title">
        <div>
          <h2 id="eq-details-title">Details</h2>
          <dl className="eq-details">
            <Detail label="Asset tag">{equipment.assetTag}</Detail>
            <Detail label="Category">{equipmentCategoryName(equipment.category, settings?.categories ?? [])}</Detail>
            <Detail label="Manufacturer">{equipment.make}</Detail>
            <Detail label="Model">{equipment.model}</Detail>
            <Detail label="Serial number">{equipment.serialNumber}</Detail>
            <Detail label="Location">{equipment.location}</Detail>
            <Detail label="Status">{EQUIPMENT_STATUS_LABELS[equipment.status]}</Detail>
            <Detail label="Bookable">{equipment.bookable ? 'Yes, can be reserved' : 'No'}</Detail>
            <Detail label="Purchase date">{date(equipment.purchaseDate)}</Detail>
            <Detail label="Purchase cost">{equipment.purchaseCostCents !== undefined ? money(equipment.purchaseCostCents) : ''}</Detail>
            <Detail label="Vendor">{vendor ? <a href={hrefFor('vendors', vendor.id)}>{vendor.name}</a> : ''}</Detail>
            <Detail label="Warranty">
              {equipment.warrantyEnds ? (
                isUnderWarranty(equipment, now) ? (
                  <span>Under warranty until {date(equipment.warrantyEnds)}</span>
                ) : (
                  <span className="badge badge-warn">Expired {date(equipment.warrantyEnds)}</span>
                )
              ) : (
                ''
              )}
            </Detail>
            <Detail label="Expected life">
              {equipment.expectedLifeMonths
                ? `${equipment.expectedLifeMonths} months${lifeEnds ? (isPastExpectedLife(equipment, now) ? `, ended ${date(lifeEnds)}` : `, until ${date(lifeEnds)}`) : ''}`
                : ''}
            </Detail>
            {lifeEnds && isPastExpectedLife(equipment, now) && !out ? (
              <Detail label="Replacement">
                <span className="badge badge-warn">Past its expected life</span>
              </Detail>
            ) : null}
            <Detail label="Notes" wide>
              {equipment.notes}
            </Detail>
          </dl>
        </div>
        <PhotoAndDocuments equipment={equipment} />
      </section>
      <HandoverSection equipment={equipment} />
      {equipment.bookable ? <BookingsSection equipment={equipment} /> : null}
      <MetersSection equipment={equipment} />
      <PlansSection equipment={equipment} />
      <RepairsSection equipment={equipment} />
      <CostSection equipment={equipment} />
      <ConsumablesSection equipment={equipment} />
      <PrintSection equipment={equipment} />
      {dialog === 'edit' ? (
        <EquipmentForm
          item={equipment}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            toast(`Saved ${saved.name}`);
          }}
        />
      ) : null}
      {dialog === 'retire' ? <RetireDialog equipment={equipment} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? <DeleteDialog equipment={equipment} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

export function EquipmentPage({ equipmentId }: { equipmentId: string }) {
  const equipment = useEquipment(equipmentId);
  if (equipment === undefined)
    return (
      <div className="page">
        <p className="muted" role="status">
          Loading the item…
        </p>
      </div>
    );
  if (equipment === null)
    return (
      <div className="page">
        <h1>Item not found</h1>
        <p>This item is not in the register: it may have been deleted, or the link is wrong.</p>
        <p>
          <a className="btn" href={hrefFor('equipment')}>
            Back to the register
          </a>
        </p>
      </div>
    );
  return <ItemView equipment={equipment} />;
}
