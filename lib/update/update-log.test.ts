import { describe, expect, it } from 'vitest';
import { UPDATE_LOG_SIZE } from './limits';
import { type UpdateLogEntry, appendLog, normaliseLog } from './update-log';

const entry = (i: number): UpdateLogEntry => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  source: `file ${i}.json`,
  outcome: 'applied',
  message: `Entry ${i}.`,
});

describe('update log', () => {
  it('keeps the newest entries first and only the last 20', () => {
    let log: UpdateLogEntry[] = [];
    for (let i = 0; i < 25; i += 1) log = appendLog(log, entry(i));
    expect(log).toHaveLength(UPDATE_LOG_SIZE);
    expect(log[0]?.message).toBe('Entry 24.');
    expect(log.at(-1)?.message).toBe('Entry 5.');
  });

  it.each<[string, unknown, number]>([
    ['not an array', { a: 1 }, 0],
    ['damaged entries', [entry(1), { at: 1 }, null, { ...entry(2), outcome: 'exploded' }], 1],
  ])('reads %s from storage safely', (_name, raw, length) => {
    expect(normaliseLog(raw)).toHaveLength(length);
  });
});
