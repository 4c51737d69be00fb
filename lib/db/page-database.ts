import { createDatabase } from './database';

/**
 * The database as extension pages (popup, workspace, dashboard) see it: they
 * share the extension's origin with the background, so they read it
 * directly; writes go to the background as requests.
 */
export const pageDatabase = createDatabase();
