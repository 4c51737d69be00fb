import { PACK_VERSION } from './pack';

/** Where the pack's JSON Schema is inside every build and zip, one file per pack version. */
export const PACK_SCHEMA_FILE_IN_BUILD = `schemas/pack-v${PACK_VERSION}.schema.json`;

/** The schema's `$id`: published on the project's site (the domain of the extension's Firefox id), at the same path. */
export const PACK_SCHEMA_ID = `https://throughline.app/${PACK_SCHEMA_FILE_IN_BUILD}`;
