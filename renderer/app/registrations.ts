/**
 * Features contribute to shared registries (erasers in core/erasure.ts, rebuilders of derived
 * totals in db/derived.ts) from a `registrations.ts` of their own. They are all loaded here,
 * eagerly and without their screens, before the app renders anything: the first run's sample
 * loader, an erasure or a restore never depends on which screens happened to be opened first.
 */
import.meta.glob('../features/*/registrations.ts', { eager: true });
