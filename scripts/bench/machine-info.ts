/** Names the machine a bench ran on: CPU, cores, memory, Node, Chromium, load before and after. */
import { cpus, loadavg, totalmem } from 'node:os';

/** What the results table says about the machine. */
export type MachineInfo = {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  loadBefore: number[];
  loadAfter?: number[];
};

/** The machine as seen now (1, 5 and 15 minute load averages). */
export async function machineInfo(chromium: string): Promise<MachineInfo> {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    loadBefore: loadavg().map((x) => Number(x.toFixed(2))),
  };
}
