/**
 * What the per-item history sheet prints (issue 12.10), read in one go: the item with its
 * category, vendor and holder resolved; its hand-overs in ledger order (a check-in names whom
 * the item came back from); its meters with reading counts; the maintenance log and plans; its
 * repairs with downtime; the total cost of ownership and the replacement flag. Names and labels
 * are resolved here so the template (shared/documents equipmentHistory) stays pure.
 */
import {
  EQUIPMENT_STATUS_LABELS,
  endOfExpectedLife,
  type Equipment,
} from '../../../shared/domain/equipment';
import { CHECKIN_CONDITION_LABELS, sortHandovers } from '../../../shared/domain/equipmentLedger';
import type { MaintenancePlan } from '../../../shared/domain/equipmentMaintenance';
import { METER_UNIT_LABELS } from '../../../shared/domain/equipmentMeters';
import { downtimeDays } from '../../../shared/domain/equipmentRepairs';
import { formatDate } from '../../../shared/lib/dates';
import type { EquipmentHistoryInput, PageSize } from '../../../shared/documents';
import { getDb, type BackdeskDb } from '../../db';
import { RecordNotFoundError } from '../../db/errors';
import { employeeRepository } from '../people';
import { vendorRepository } from '../vendors';
import { getEquipmentHolder, listEquipmentHandovers } from './handovers';
import { listEquipmentMeters, listMeterReadings } from './meters';
import { listMaintenancePlans } from './plans';
import { getEquipmentCostOfOwnership, listEquipmentRepairs } from './repairs';
import { equipmentCategoryName, getEquipmentSettings, listMaintenance } from './repository';

const UNIT_WORD: Record<string, [string, string]> = { days: ['day', 'days'], weeks: ['week', 'weeks'], months: ['month', 'months'] };

/** 'Every 3 months from the last time done', 'Every 50,000 pages', or both joined by 'or'. */
export function describeMaintenanceSchedule(plan: Pick<MaintenancePlan, 'intervalEvery' | 'intervalUnit' | 'scheduleMode' | 'meterEvery'>, meterUnit?: string): string {
  const parts: string[] = [];
  if (plan.intervalEvery !== undefined && plan.intervalUnit) {
    const [one, many] = UNIT_WORD[plan.intervalUnit] ?? [plan.intervalUnit, plan.intervalUnit];
    const every = plan.intervalEvery === 1 ? `Every ${one}` : `Every ${plan.intervalEvery} ${many}`;
    parts.push(`${every} ${plan.scheduleMode === 'fixed' ? 'on a fixed schedule' : 'from the last time done'}`);
  }
  if (plan.meterEvery !== undefined)
    parts.push(`${parts.length ? 'every' : 'Every'} ${plan.meterEvery.toLocaleString('en-US')} ${meterUnit ?? 'units'}`);
  return parts.join(', or ') + (parts.length > 1 ? ', whichever comes first' : '');
}

async function names(ids: readonly (string | undefined)[], get: (id: string) => Promise<{ id: string; name: string } | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const rows = await Promise.all(wanted.map((id) => get(id)));
  return new Map(rows.filter((r): r is { id: string; name: string } => !!r).map((r) => [r.id, r.name]));
}

/**
 * The history sheet's content for one item, as of `today`. With `locale`, the dates inside the
 * plans' "next" sentences are written as the sheet writes its other dates ("Dec 7, 2026").
 */
export async function readEquipmentHistorySheet(
  equipmentId: string,
  options: { today: string; pageSize?: PageSize; locale?: string },
  db: BackdeskDb = getDb(),
): Promise<EquipmentHistoryInput> {
  const item: Equipment | undefined = await db.equipment.get(equipmentId);
  if (!item || item.deletedAt !== null) throw new RecordNotFoundError('equipment', equipmentId);
  const { today } = options;
  const [settings, ledger, holder, meters, plans, repairs, log, cost] = await Promise.all([
    getEquipmentSettings(db),
    listEquipmentHandovers(equipmentId, db),
    getEquipmentHolder(equipmentId, db),
    listEquipmentMeters(equipmentId, db),
    listMaintenancePlans(equipmentId, db, today, options.locale ? { formatDate: (d) => formatDate(d, options.locale!) } : {}),
    listEquipmentRepairs(equipmentId, db),
    listMaintenance(equipmentId, db),
    getEquipmentCostOfOwnership(equipmentId, db, today),
  ]);
  const readings = await Promise.all(meters.map((m) => listMeterReadings(m.id, db)));
  const entries = sortHandovers(ledger);
  const people = await names(
    [
      ...entries.map((e) => (e.kind === 'check-out' ? e.toPersonId : e.receivedByPersonId)),
      ...repairs.map((r) => r.reportedByPersonId),
      holder?.personId,
    ],
    (id) => employeeRepository.get(id, db, { includeDeleted: true }),
  );
  const vendors = await names(
    [item.vendorId, ...repairs.map((r) => r.vendorId), ...log.map((m) => m.vendorId)],
    (id) => vendorRepository.get(id, db, { includeDeleted: true }),
  );
  const personName = (id: string | undefined) => (id ? (people.get(id) ?? 'Someone no longer in People') : undefined);

  let lastOut: string | undefined;
  const handovers: EquipmentHistoryInput['handovers'] = entries.map((e) => {
    if (e.kind === 'check-out') {
      lastOut = e.toPersonId ? personName(e.toPersonId) : e.toPlace;
      return { date: e.date, kind: 'check-out', who: lastOut, dueBack: e.dueBack, note: e.note };
    }
    const by = personName(e.receivedByPersonId);
    const note = [e.note, by ? `Received by ${by}` : undefined].filter(Boolean).join(' · ');
    return { date: e.date, kind: 'check-in', who: lastOut, condition: CHECKIN_CONDITION_LABELS[e.condition], note: note || undefined };
  });

  const holderText = holder ? (holder.kind === 'place' ? holder.place : personName(holder.personId)) : undefined;
  const lifeEnds = endOfExpectedLife(item);

  return {
    preparedOn: today,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    item: {
      name: item.name,
      tag: item.assetTag,
      category: equipmentCategoryName(item.category, settings.categories) || undefined,
      manufacturer: item.make,
      model: item.model,
      serial: item.serialNumber,
      location: item.location,
      status: EQUIPMENT_STATUS_LABELS[item.status],
      holder: holderText ? `${holderText}${holder?.dueBack ? ` (due back ${holder.dueBack})` : ''}` : undefined,
      vendor: item.vendorId ? vendors.get(item.vendorId) : undefined,
      purchaseDate: item.purchaseDate,
      purchaseCostCents: item.purchaseCostCents,
      warrantyEnd: item.warrantyEnds,
      lifeEnds,
      retirement: item.retiredOn ? `${EQUIPMENT_STATUS_LABELS[item.status]} on ${item.retiredOn}: ${item.retirementReason ?? ''}` : undefined,
      notes: item.notes,
    },
    handovers,
    meters: meters.map((m, i) => {
      const list = readings[i] ?? [];
      return {
        name: m.name,
        unit: METER_UNIT_LABELS[m.unit],
        readings: list.length,
        firstReadingOn: list[0]?.date,
        lastReadingOn: m.lastReadingOn,
        lastValue: m.lastValue,
        lifetimeValue: m.lifetimeValue,
      };
    }),
    // Repairs have their own section; the log lists the other work (as the cost of ownership counts it).
    maintenance: log
      .filter((m) => m.kind !== 'repair')
      .map((m) => ({
        date: m.date,
        kind: m.kind.charAt(0).toUpperCase() + m.kind.slice(1),
        description: m.description,
        performedBy: m.performedBy ?? (m.vendorId ? vendors.get(m.vendorId) : undefined),
        costCents: m.costCents,
      })),
    plans: plans.map(({ plan, due, meter, active }) => ({
      name: plan.name,
      schedule: describeMaintenanceSchedule(plan, meter ? METER_UNIT_LABELS[meter.unit] : undefined),
      lastDone: plan.lastDone?.date,
      next: active ? due.reason : 'Paused',
      checklist: plan.checklist,
    })),
    repairs: repairs.map((r) => ({
      reportedOn: r.reportedOn,
      problem: r.problem,
      reportedBy: r.reportedBy ?? personName(r.reportedByPersonId),
      fixedOn: r.fixedOn,
      fixedBy: r.fixedByName ?? (r.fixedBy === 'vendor' ? (r.vendorId ? vendors.get(r.vendorId) : 'A vendor') : r.fixedBy === 'in-house' ? 'In-house' : undefined),
      downtimeDays: downtimeDays(r, today),
      costCents: r.costCents,
    })),
    cost: { purchaseCents: cost.purchaseCents, repairsCents: cost.repairsCents, maintenanceCents: cost.maintenanceCents, totalCents: cost.totalCents },
    replacement: cost.replacement.flagged ? cost.replacement.reason : undefined,
  };
}
