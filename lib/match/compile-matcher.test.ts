import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../dataset/schema';
import { compileMatcher } from './compile-matcher';
import { findMentions } from './find-mentions';
import { loadMatcher } from './load-matcher';
import { testDataset } from './test-dataset';

const compiled = compileMatcher(testDataset());
const formsOf = (id: string) => {
  const entity = compiled.entityIds.indexOf(id);
  return compiled.forms.filter((f) => f.entity === entity);
};

describe('compileMatcher', () => {
  it('builds from a dataset that passes the schema', () => {
    const parsed = DatasetSchema.safeParse({
      schemaVersion: 1,
      version: '2024.11.08',
      ...testDataset(),
    });
    expect(parsed.error).toBeUndefined();
  });

  it('produces plain JSON that survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
  });

  it('finds the same mentions after a JSON round trip', () => {
    const text = 'Mohsin Naqvi in Karachi. Naqvi met BLA in KP; Premier Li agreed.';
    const fresh = findMentions(loadMatcher(compiled), text);
    const stored = findMentions(loadMatcher(JSON.parse(JSON.stringify(compiled))), text);
    expect(stored).toEqual(fresh);
    expect(stored).toHaveLength(6);
  });

  it.each([
    ['bla', 'BLA', 'acronym', ['BLA']],
    ['ttp', 'TTP', 'acronym', ['TTP']],
    ['ahmed-sharif-chaudhry', 'DG ISPR', 'acronym', ['DG', 'ISPR']],
    ['besham', 'Bisham', 'alias', undefined],
    ['mohsin-naqvi', 'Naqvi', 'short', undefined],
  ])('compiles %s form %s as %s (exact words %j)', (id, matched, via, exact) => {
    const form = formsOf(id).find((f) => f.matched === matched);
    expect(form).toMatchObject({ via });
    expect(form?.exact).toEqual(exact);
  });

  it('marks forms written in lower case as allowed to start lower-case', () => {
    expect(formsOf('al-qaeda').find((f) => f.matched === 'al-Qaeda')?.lowerStart).toBe(true);
  });

  it.each([
    ['besham', ['khyber-pakhtunkhwa', 'ttp']],
    ['karachi', ['bla', 'pakistan']],
    ['li-qiang', ['state-council']],
    ['pti', ['imran-khan']],
    ['khyber-pakhtunkhwa', ['besham', 'khyber', 'pakistan', 'peshawar']],
  ])('relates %s to %j', (id, expected) => {
    const related = compiled.related[compiled.entityIds.indexOf(id)]!;
    expect(
      related.map((i) => compiled.entityIds[i]).sort((a, b) => String(a).localeCompare(String(b))),
    ).toEqual(expected);
  });

  it('keeps role title words but not filler words', () => {
    const words = new Set(compiled.titleWords.map((id) => compiled.tokens[id]));
    expect(words).toContain('minister');
    expect(words).toContain('premier');
    expect(words).not.toContain('of');
  });
});
