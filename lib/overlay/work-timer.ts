/** What our own main-thread work cost since the last report: kept inside the extension, never as page-visible entries. */
export interface WorkReport {
  /** Sum of every piece, ms. */
  total: number;
  /** The longest single piece, ms: a long task of ours if over 50. */
  longest: number;
  /** When the longest piece began, on the page's clock: what else the browser did in it can be looked up. */
  longestAt: number;
  pieces: number;
  /**
   * When each of the first pieces began and what it took, as pairs in one
   * list (`[start, ms, start, ms, …]`, on the page's clock): enough to tell a
   * change's own pieces from those that followed it (its items' facts
   * fetched and taken in, hundreds of milliseconds later), without growing
   * in a tab that is never asked.
   */
  starts: number[];
}

/**
 * Pieces whose start is kept per report: a change and what follows from it
 * take a handful, a 20,000-card board's load 196-294. Every piece of a load
 * kept, the benchmark can tell each one's collections from our work; 8 KB at
 * most in a tab that is never asked.
 */
const KEPT_PIECES = 512;

/**
 * Times each synchronous piece of the overlay's work. User Timing entries
 * would do, but the page can read them and they pile up; these figures stay
 * in the content script and reach only the extension (the benchmark asks for them).
 */
export function createWorkTimer(now: () => number = () => performance.now()) {
  const fresh = (): WorkReport => ({ total: 0, longest: 0, longestAt: 0, pieces: 0, starts: [] });
  let report = fresh();
  let depth = 0;
  let start = 0;
  return {
    run<T>(work: () => T): T {
      if (depth > 0) return work();
      depth++;
      start = now();
      try {
        return work();
      } finally {
        depth--;
        const spent = now() - start;
        report.total += spent;
        if (report.pieces++ < KEPT_PIECES) report.starts.push(start, spent);
        if (spent > report.longest) {
          report.longest = spent;
          report.longestAt = start;
        }
      }
    },
    /** When the piece under way began (now, outside one): a slice of work counts from there, not from where it starts. */
    pieceStart(): number {
      return depth > 0 ? start : now();
    },
    /** The figures so far, starting afresh. */
    take(): WorkReport {
      const taken = report;
      report = fresh();
      return taken;
    },
  };
}

export type WorkTimer = ReturnType<typeof createWorkTimer>;
