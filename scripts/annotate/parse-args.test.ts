import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse-args';

describe('parseArgs', () => {
  it.each([
    [['a.txt'], { input: 'a.txt', isJson: false, isHtml: false }],
    [['--json', '-'], { input: '-', isJson: true, isHtml: false }],
    [
      ['--date', '2024-11-08', 'a.html'],
      { input: 'a.html', date: '2024-11-08', isJson: false, isHtml: false },
    ],
    [
      ['--date=2024-11-08', '--html', '-'],
      { input: '-', date: '2024-11-08', isJson: false, isHtml: true },
    ],
    [['--', '--odd-name.txt'], { input: '--odd-name.txt', isJson: false, isHtml: false }],
    [
      ['--url', 'https://www.dawn.com/news/1', '--dataset', 'd.json', 'a.html'],
      {
        input: 'a.html',
        url: 'https://www.dawn.com/news/1',
        dataset: 'd.json',
        isJson: false,
        isHtml: false,
      },
    ],
  ])('reads %j', (argv, args) => {
    expect(parseArgs(argv)).toEqual({ ok: true, args });
  });

  it.each([
    [[], 'no input'],
    [['a.txt', 'b.txt'], 'one input at a time'],
    [['--date', '2024-13-01', 'a.txt'], 'real day'],
    [['--date', '2024-02-30', 'a.txt'], 'real day'],
    [['--date'], 'needs a value'],
    [['--verbose', 'a.txt'], "unknown option '--verbose'"],
  ])('rejects %j with a usage error', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed).toMatchObject({ ok: false, help: false });
    expect(!parsed.ok && !parsed.help ? parsed.error : '').toContain(message);
  });

  it('recognises a request for help', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: false, help: true });
  });
});
