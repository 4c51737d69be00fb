/**
 * The largest pack file Throughline reads, from disk or from a URL. The
 * schema allows 200,000 records a list; a 145,000-record pack is about 20 MB
 * of JSON, so this leaves room for long notes and descriptions while a
 * mistaken address (a disk image, a log) is refused before it is read.
 */
export const MAX_PACK_BYTES = 256 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(
    bytes / (1024 * 1024),
  );
}
