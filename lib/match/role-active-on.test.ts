import { describe, expect, it } from 'vitest';
import { roleActiveOn } from './role-active-on';

describe('roleActiveOn', () => {
  it.each([
    [{ from: '2024-03' }, '2024-11-08', true],
    [{ from: '2024-03' }, '2024-02-29', false],
    [{ from: '2024-03-04' }, '2024-03-04', true],
    [{ from: '2013-06', to: '2017-07' }, '2017-07-31', true],
    [{ from: '2013-06', to: '2017-07' }, '2017-08-01', false],
    [{ from: '2013', to: '2017' }, '2017-12-31', true],
  ])('for %j on %s says %s', (role, day, expected) => {
    expect(roleActiveOn(role, day)).toBe(expected);
  });
});
