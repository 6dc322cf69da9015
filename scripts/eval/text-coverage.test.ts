import { describe, expect, it } from 'vitest';
import { textCoverage, wordTrigrams } from './text-coverage';

describe('textCoverage', () => {
  it('splits words Unicode-aware, lower-cased, without punctuation', () => {
    expect([...wordTrigrams('Naqvi met Jiang, in Quetta — twice.')]).toEqual([
      'naqvi met jiang',
      'met jiang in',
      'jiang in quetta',
      'in quetta twice',
    ]);
    expect([...wordTrigrams('Ṣāliḥ a b')]).toEqual(['ṣāliḥ a b']);
  });

  it('scores missed story text as recall and extra page text as precision', () => {
    const story = 'one two three four five six';
    expect(textCoverage(story, story)).toEqual({ recall: 1, precision: 1, referenceTrigrams: 4 });
    // Half the story read (2 of its 4 trigrams), nothing else.
    expect(textCoverage(story, 'one two three four').recall).toBe(0.5);
    // All of it, with menu text after it: 4 of the 9 trigrams read are the story's.
    const padded = textCoverage(story, `${story} home sport world news weather`);
    expect(padded.recall).toBe(1);
    expect(padded.precision).toBeCloseTo(4 / 9);
  });

  it('counts an empty read as wrong unless there was nothing to read', () => {
    expect(textCoverage('a b c d', '').precision).toBe(0);
    expect(textCoverage('', '')).toEqual({ recall: 1, precision: 1, referenceTrigrams: 0 });
  });
});
