/**
 * Runs a page's scans one at a time. A full scan starts at once (superseding whatever ran); the
 * changed blocks the page reports while a scan or rescan runs wait and are rescanned together when
 * it ends, so a report in mid-scan never restarts the scan and an edit to text already read is
 * still marked.
 */

/** What the queue drives: a full scan, and a rescan of changed blocks. */
export type ScanWork<B> = {
  scan: () => Promise<void>;
  rescan: (changed: B[]) => Promise<void>;
};

/** The queue (see the module comment). */
export type ScanQueue<B> = {
  /** Scans the whole page now; blocks reported earlier are dropped (the scan reads them too). */
  scanAll: () => Promise<void>;
  /** Rescans `changed` now, or once the running work ends. */
  changed: (changed: B[]) => Promise<void>;
  /** True while a scan or rescan runs. */
  isBusy: () => boolean;
};

/** A queue over `work`. */
export function createScanQueue<B>(work: ScanWork<B>): ScanQueue<B> {
  let busy: Promise<void> | null = null;
  const queued = new Set<B>();
  // A report came while busy (it may name no blocks: text was only removed, marks must go).
  let isReported = false;

  const track = async (run: Promise<void>) => {
    busy = run;
    try {
      await run;
    } finally {
      if (busy === run) busy = null;
      // Queued blocks go on their own (the work reports its own errors): whoever awaited this
      // scan is not held up by the rescans that follow it, and a failed scan still lets them run.
      if (busy === null && isReported) {
        const next = [...queued];
        queued.clear();
        isReported = false;
        void changed(next).catch(() => undefined);
      }
    }
  };

  const changed = async (blocks: B[]): Promise<void> => {
    if (busy) {
      for (const block of blocks) queued.add(block);
      isReported = true;
      return;
    }
    await track(work.rescan(blocks));
  };

  return {
    scanAll: () => {
      queued.clear();
      isReported = false;
      return track(work.scan());
    },
    changed,
    isBusy: () => busy !== null,
  };
}
