import { describe, expect, it } from 'vitest';
import { createScanQueue } from './scan-queue';

/** Work whose scans and rescans end when the test says, with a log of what ran. */
function controlledWork() {
  const log: string[] = [];
  const pending: (() => void)[] = [];
  const later = (entry: string) => {
    log.push(entry);
    return new Promise<void>((resolve) => pending.push(resolve));
  };
  return {
    log,
    work: {
      scan: () => later('scan'),
      rescan: (blocks: string[]) => later(`rescan ${blocks.join(',')}`),
    },
    /** Ends the oldest running piece of work and lets the queue react. */
    async finishOne() {
      pending.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('createScanQueue', () => {
  it('rescans blocks reported during a scan once it ends, not by restarting it', async () => {
    const c = controlledWork();
    const q = createScanQueue(c.work);
    void q.scanAll();
    void q.changed(['p1']);
    void q.changed(['p2', 'p1']);
    expect(c.log).toEqual(['scan']);
    expect(q.isBusy()).toBe(true);
    await c.finishOne();
    expect(c.log).toEqual(['scan', 'rescan p1,p2']);
    await c.finishOne();
    expect(q.isBusy()).toBe(false);
  });

  it('queues reports during a rescan as well', async () => {
    const c = controlledWork();
    const q = createScanQueue(c.work);
    void q.changed(['a']);
    void q.changed(['b']);
    expect(c.log).toEqual(['rescan a']);
    await c.finishOne();
    expect(c.log).toEqual(['rescan a', 'rescan b']);
    await c.finishOne();
    expect(q.isBusy()).toBe(false);
  });

  it('still rescans after a report of removals alone (no blocks) made while busy', async () => {
    const c = controlledWork();
    const q = createScanQueue(c.work);
    void q.changed(['p1']);
    void q.changed([]);
    await c.finishOne();
    expect(c.log).toEqual(['rescan p1', 'rescan ']);
  });

  it('drops queued blocks when a new full scan starts (it reads them anyway)', async () => {
    const c = controlledWork();
    const q = createScanQueue(c.work);
    void q.scanAll();
    void q.changed(['old']);
    void q.scanAll();
    expect(c.log).toEqual(['scan', 'scan']);
    await c.finishOne();
    await c.finishOne();
    expect(c.log).toEqual(['scan', 'scan']);
    expect(q.isBusy()).toBe(false);
  });

  it('resolves a scan when it ends, without waiting for the rescans queued behind it', async () => {
    const c = controlledWork();
    const q = createScanQueue(c.work);
    let scanned = false;
    void q.scanAll().then(() => (scanned = true));
    void q.changed(['p1']);
    await c.finishOne();
    expect(c.log).toEqual(['scan', 'rescan p1']);
    expect(scanned).toBe(true);
  });

  it('still rescans queued blocks when the scan fails', async () => {
    const log: string[] = [];
    const q = createScanQueue<string>({
      scan: () => Promise.reject(new Error('storage gone')),
      rescan: async (blocks) => {
        log.push(`rescan ${blocks.join(',')}`);
      },
    });
    const scan = q.scanAll();
    void q.changed(['p1']);
    await expect(scan).rejects.toThrow('storage gone');
    expect(log).toEqual(['rescan p1']);
    expect(q.isBusy()).toBe(false);
  });

  it('rescans at once when nothing runs', async () => {
    const c = controlledWork();
    const q = createScanQueue(c.work);
    void q.changed(['x']);
    expect(c.log).toEqual(['rescan x']);
  });
});
