/**
 * The titles of a PDF's outline (bookmarks) and its document title, as
 * Chromium writes them with `page.pdf({ outline: true })`: literal strings
 * `(…)` or UTF-16 hex strings `<FEFF…>` after `/Title`. Enough to check that
 * a printed page has the expected headings, without a PDF library.
 */
export function pdfTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const titles: string[] = [];
  for (const match of text.matchAll(/\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) {
    const raw = match[1]!;
    if (raw.startsWith('<')) {
      const bytes = Buffer.from(raw.slice(1, -1).replace(/\s/g, ''), 'hex');
      titles.push(
        bytes[0] === 0xfe && bytes[1] === 0xff
          ? bytes.subarray(2).swap16().toString('utf16le')
          : bytes.toString('latin1'),
      );
    } else titles.push(raw.slice(1, -1).replace(/\\([()\\])/g, '$1'));
  }
  return titles;
}
