/**
 * Confidential fields at rest (issue 15.4): with an office passphrase set, the fields listed in
 * shared/domain/confidential.ts (and whole confidential records, documents and attachments
 * marked confidential) are stored sealed — moved into the record's `sealed` value, AES-GCM
 * under the office's data key — and opened only when someone with the right shows them.
 *
 * SCAFFOLD: the confidentiality slice implements these; the lock slice calls the two bulk
 * functions when a passphrase is set or removed.
 */
import type { CryptoKey } from '../../shared/encryption';
import type { BackdeskDb } from './database';

/** Seals every confidential value still stored in the clear (a passphrase was just set). One transaction. */
export async function sealExistingConfidential(_db: BackdeskDb, _key: CryptoKey): Promise<number> {
  return 0;
}

/** Opens every sealed value back into the clear (the passphrase was removed). One transaction. */
export async function openAllConfidential(_db: BackdeskDb, _key: CryptoKey): Promise<number> {
  return 0;
}
