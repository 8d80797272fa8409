/**
 * Consumable links (issue 12.6): which supplies (Inventory items: toner, drums, paper) a piece
 * of equipment uses, so the copier's page can show its toner on hand and the reorder list can
 * say what an item is for ("toner black for Copier 2nd floor").
 */
import { z } from 'zod';
import { BASE_OMIT, baseRecordShape, idSchema, optionalText } from './common';

export const consumableLinkShape = {
  ...baseRecordShape,
  equipmentId: idSchema,
  /** The Inventory item. */
  itemId: idSchema,
  /** What it is for on this machine: 'toner black', 'drum unit'. */
  note: optionalText('Note', 200),
};
export const consumableLinkSchema = z.object(consumableLinkShape);
export const consumableLinkDraftSchema = z.object(consumableLinkShape).omit(BASE_OMIT);
export type ConsumableLink = z.infer<typeof consumableLinkSchema>;
export type ConsumableLinkDraft = z.input<typeof consumableLinkDraftSchema>;

type LinkLike = { equipmentId: string; itemId: string; note?: string; id?: string; deletedAt?: string | null };

/** Live links of one piece of equipment. */
export function consumablesOf<T extends LinkLike>(links: readonly T[], equipmentId: string): T[] {
  return links.filter((l) => !l.deletedAt && l.equipmentId === equipmentId);
}

/** Live links of one supply item: the equipment it is for. */
export function equipmentUsing<T extends LinkLike>(links: readonly T[], itemId: string): T[] {
  return links.filter((l) => !l.deletedAt && l.itemId === itemId);
}

/**
 * Why a link cannot be added, or null: the same supply is already linked to the same
 * equipment (a live link; the one being edited is ignored).
 */
export function validateConsumableLink(links: readonly LinkLike[], draft: LinkLike): string | null {
  const dup = links.find((l) => !l.deletedAt && l.equipmentId === draft.equipmentId && l.itemId === draft.itemId && (!draft.id || l.id !== draft.id));
  return dup ? 'That supply is already linked to this equipment.' : null;
}

/**
 * "What is it for" text for the reorder list, from the item's links and the equipment names:
 * 'toner black for Copier 2F; Printer 1F'. Empty when the item is linked to nothing.
 */
export function consumableUsageText(links: readonly LinkLike[], itemId: string, equipmentName: (equipmentId: string) => string | undefined): string {
  return equipmentUsing(links, itemId)
    .map((l) => {
      const name = equipmentName(l.equipmentId) ?? 'unknown equipment';
      return l.note?.trim() ? `${l.note.trim()} for ${name}` : name;
    })
    .join('; ');
}
