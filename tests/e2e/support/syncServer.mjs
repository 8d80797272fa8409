// The e2e suite's sync server (issue 18): pouchdb-server on 127.0.0.1, one port above the app's
// unless BACKDESK_SYNC_PORT says otherwise. Plain JS so playwright.config.ts and specs share it.
const appPort = Number(process.env.BACKDESK_E2E_PORT ?? 5317);
export const SYNC_PORT = Number(process.env.BACKDESK_SYNC_PORT ?? appPort + 1);
export const SYNC_URL = `http://127.0.0.1:${SYNC_PORT}`;
