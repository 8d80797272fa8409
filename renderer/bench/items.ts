/**
 * Deterministic supply items for the benchmark: the same 100,000 rows every run, shaped like an
 * office's real list (a few dozen kinds of supply in many sizes and places), so runs compare.
 */
import type { NewItem } from '../features/inventory';
import { seededRandom } from './common';


const KINDS = [
  ['Copy paper A4 80gsm', 'Paper', 'ream'],
  ['Copy paper Letter', 'Paper', 'ream'],
  ['Sticky notes 76x76', 'Desk', 'pad'],
  ['Ballpoint pen blue', 'Writing', 'each'],
  ['Gel pen black', 'Writing', 'each'],
  ['Whiteboard marker', 'Writing', 'each'],
  ['Stapler staples 26/6', 'Desk', 'box'],
  ['Lever arch file', 'Filing', 'each'],
  ['Suspension file', 'Filing', 'box'],
  ['Toner cartridge', 'Printing', 'each'],
  ['Ink cartridge colour', 'Printing', 'each'],
  ['Envelopes C5', 'Post', 'box'],
  ['Padded envelopes', 'Post', 'box'],
  ['Hand soap refill', 'Kitchen', 'bottle'],
  ['Coffee beans 1kg', 'Kitchen', 'bag'],
  ['Paper towels', 'Cleaning', 'roll'],
  ['Batteries AA', 'Electrical', 'pack'],
  ['USB-C cable 1m', 'Electrical', 'each'],
] as const;
const LOCATIONS = [
  'Store room A',
  'Store room B',
  'Reception',
  'Kitchen',
  'Print room',
  'Basement',
];

export function makeItems(count: number, seed = 20_261_122): NewItem[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const items: NewItem[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, category, unit] = pick(KINDS);
    const minQuantity = Math.floor(next() * 20);
    items.push({
      name: `${kind} #${String(i).padStart(6, '0')}`,
      sku: `BD-${String(i).padStart(6, '0')}`,
      category,
      unit,
      location: pick(LOCATIONS),
      minQuantity,
      targetQuantity: minQuantity + Math.floor(next() * 60),
      packSize: pick([1, 1, 5, 10, 12]),
      unitCostCents: 25 + Math.floor(next() * 9_000),
      openingQuantity: Math.floor(next() * 120),
      ...(i % 10 === 0 ? { notes: 'Order with the monthly delivery; check the shelf label.' } : {}),
    });
  }
  return items;
}
