/**
 * Settings ▸ Security (issue 15.4/15.5): the office passphrase, the recovery key, idle lock,
 * users and roles, "remember on this PC". SCAFFOLD: the lock slice fills it in.
 */
export function SecuritySection() {
  return null;
}
