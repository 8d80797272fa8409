/**
 * Supplies linked to the equipment that uses them (issue 12.6): the copier's toner, drums and
 * paper are Inventory items; a link says which machine uses which item ("toner black"), so the
 * item's page in Equipment shows its stock on hand and the reorder list can say what an item is
 * for (through inventory's purpose registry, filled from ./registrations.ts).
 */
import {
  consumableLinkDraftSchema,
  consumableLinkSchema,
  consumablesOf,
  equipmentUsing,
  validateConsumableLink,
  type ConsumableLink,
  type ConsumableLinkDraft,
} from '../../../shared/domain/equipmentConsumables';
import { isOutOfService, type Equipment } from '../../../shared/domain/equipment';
import { getDb, type BackdeskDb } from '../../db';
import { auditEntry, createCrudRepository, quote, writeTransaction } from '../../db/crud';
import { RecordNotFoundError } from '../../db/errors';
import { isAtOrBelowMinimum, type Item } from '../inventory';

export type { ConsumableLink, ConsumableLinkDraft };

export const equipmentConsumableRepository = createCrudRepository({
  table: 'consumableLinks',
  schema: consumableLinkSchema,
  draftSchema: consumableLinkDraftSchema,
  noun: 'supply link',
  label: (l) => l.note ?? 'supply',
});

/**
 * Links a supply to a piece of equipment. Refused when the same supply is already linked to
 * it, when the item or the equipment is gone.
 */
export async function linkEquipmentConsumable(draft: ConsumableLinkDraft, db: BackdeskDb = getDb()): Promise<ConsumableLink> {
  const link = equipmentConsumableRepository.build(draft);
  await writeTransaction(db, ['consumableLinks', 'equipment', 'items', 'auditLog'], async () => {
    const [eq, item] = await Promise.all([db.equipment.get(link.equipmentId), db.items.get(link.itemId)]);
    if (!eq || eq.deletedAt !== null) throw new RecordNotFoundError('equipment', link.equipmentId);
    if (!item || item.deletedAt !== null) throw new RecordNotFoundError('items', link.itemId);
    const existing = await db.consumableLinks.where('equipmentId').equals(link.equipmentId).toArray();
    const problem = validateConsumableLink(existing, link);
    if (problem) throw new Error(`${item.name}: ${problem}`);
    await db.consumableLinks.add(link);
    const what = link.note ? ` (${link.note})` : '';
    await db.auditLog.add(auditEntry('consumableLinks', link.id, 'create', `Linked supply ${quote(item.name)}${what} to ${quote(eq.name)}`, link.createdAt));
  });
  return link;
}

/** Changes what the supply is for on this machine ('toner black'). */
export function updateEquipmentConsumableNote(id: string, note: string, db: BackdeskDb = getDb()): Promise<ConsumableLink> {
  return equipmentConsumableRepository.update(id, { note }, db);
}

/** Removes a link (soft delete: the bin can bring it back). */
export function unlinkEquipmentConsumable(id: string, db: BackdeskDb = getDb()): Promise<void> {
  return equipmentConsumableRepository.softDelete(id, db);
}

/** A linked supply with its stock: on hand, minimum, unit and the low-stock flag. */
export interface EquipmentConsumable {
  link: ConsumableLink;
  /** Absent when the Inventory item was deleted since. */
  item?: Pick<Item, 'id' | 'name' | 'unit' | 'sku' | 'location'> & { onHand: number; minimum: number; low: boolean };
}

/** The supplies one item uses, by item name. */
export async function listEquipmentConsumables(equipmentId: string, db: BackdeskDb = getDb()): Promise<EquipmentConsumable[]> {
  const links = consumablesOf(await db.consumableLinks.where('equipmentId').equals(equipmentId).toArray(), equipmentId);
  const items = await db.items.bulkGet(links.map((l) => l.itemId));
  const rows = links.map((link, i): EquipmentConsumable => {
    const item = items[i];
    if (!item || item.deletedAt !== null) return { link };
    return {
      link,
      item: {
        id: item.id,
        name: item.name,
        unit: item.unit,
        sku: item.sku,
        location: item.location,
        onHand: item.quantityOnHand,
        minimum: item.minQuantity,
        low: isAtOrBelowMinimum(item),
      },
    };
  });
  const name = (r: EquipmentConsumable) => r.item?.name ?? '';
  return rows.sort((a, b) => name(a).localeCompare(name(b)) || (a.link.note ?? '').localeCompare(b.link.note ?? ''));
}

/** The equipment a supply is for (live links to live equipment), by equipment name. */
export async function listEquipmentUsingItem(itemId: string, db: BackdeskDb = getDb()): Promise<{ link: ConsumableLink; equipment: Equipment }[]> {
  const links = equipmentUsing(await db.consumableLinks.where('itemId').equals(itemId).toArray(), itemId);
  const equipment = await db.equipment.bulkGet(links.map((l) => l.equipmentId));
  const out: { link: ConsumableLink; equipment: Equipment }[] = [];
  links.forEach((link, i) => {
    const eq = equipment[i];
    if (eq && eq.deletedAt === null) out.push({ link, equipment: eq });
  });
  return out.sort((a, b) => a.equipment.name.localeCompare(b.equipment.name));
}

/** "Copier 2nd floor (toner black)" for one link. */
export function consumablePurposeText(equipmentName: string, note: string | undefined): string {
  const n = note?.trim();
  return n ? `${equipmentName} (${n})` : equipmentName;
}

/**
 * What each of these supplies is for, from the equipment in service that uses them
 * ('Copier 2nd floor (toner black); Printer 1st floor'). Items linked to nothing are left out.
 * Registered as inventory's item purpose reader (./registrations.ts).
 */
export async function readEquipmentItemPurposes(db: BackdeskDb, itemIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (itemIds.length === 0) return out;
  const links = (await db.consumableLinks.where('itemId').anyOf([...itemIds]).toArray()).filter((l) => l.deletedAt === null);
  if (links.length === 0) return out;
  const ids = [...new Set(links.map((l) => l.equipmentId))];
  const eqs = await db.equipment.bulkGet(ids);
  const byId = new Map<string, Equipment>();
  eqs.forEach((e) => {
    if (e && e.deletedAt === null && !isOutOfService(e.status)) byId.set(e.id, e);
  });
  const texts = new Map<string, string[]>();
  for (const l of links) {
    const eq = byId.get(l.equipmentId);
    if (!eq) continue;
    const list = texts.get(l.itemId) ?? [];
    list.push(consumablePurposeText(eq.name, l.note));
    texts.set(l.itemId, list);
  }
  for (const [id, list] of texts) out.set(id, list.sort((a, b) => a.localeCompare(b)).join('; '));
  return out;
}
