import { describe, expect, it } from 'vitest';
import {
  checkDatasetUrl,
  checkFinalUrl,
  isJsonContentType,
  originPattern,
  serverError,
} from './fetch-policy';

describe('checkDatasetUrl', () => {
  it.each<[string, boolean]>([
    ['https://data.example.org/d.json', true],
    ['http://127.0.0.1:8080/d.json', true],
    ['http://localhost/d.json', true],
    ['http://[::1]:9000/d.json', true],
    ['http://example.org/d.json', false],
    ['http://127.0.0.1.example.org/d.json', false],
    ['ftp://example.org/d.json', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['https://user:pw@example.org/d.json', false],
    ['not a url', false],
  ])('accepts %s: %s', (raw, ok) => {
    expect(checkDatasetUrl(raw).ok).toBe(ok);
  });

  it('asks for the origin only', () => {
    expect(originPattern(new URL('https://data.example.org:8443/a/b.json'))).toBe(
      'https://data.example.org/*',
    );
  });
});

describe('checkFinalUrl', () => {
  const from = new URL('https://data.example.org/d.json');
  it.each<[string, string | null]>([
    ['', null],
    ['https://data.example.org/d.json', null],
    ['https://data.example.org/v2/d.json', null],
    ['http://data.example.org/d.json', 'insecure'],
    ['https://evil.example.net/d.json', 'another site'],
    ['https://data.example.org:444/d.json', 'another site'],
  ])('after a redirect to "%s" says %s', (final, words) => {
    const failure = checkFinalUrl(from, final);
    if (words === null) expect(failure).toBeNull();
    else expect(failure?.message).toContain(words);
  });
});

describe('isJsonContentType', () => {
  it.each<[string | null, boolean]>([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['application/vnd.backstory+json', true],
    ['text/json', true],
    ['text/html', false],
    ['text/plain', false],
    [null, false],
  ])('%s is JSON: %s', (header, ok) => expect(isJsonContentType(header)).toBe(ok));
});

describe('serverError', () => {
  it.each<[number, string]>([
    [404, 'not found (HTTP 404)'],
    [403, 'access was refused (HTTP 403)'],
    [503, 'the server had a problem (HTTP 503)'],
    [418, 'not accepted (HTTP 418)'],
  ])('words HTTP %i', (status, words) =>
    expect(serverError(status, 'x.org').message).toContain(words),
  );
});
