/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeHighlightApi } from './fake-highlight-api';
import { addHighlights, clearHighlights, removeHighlights, setFocusHighlight } from './highlights';

let api: ReturnType<typeof installFakeHighlightApi>;

const rangeOver = (text: string) => {
  const node = document.createTextNode(text);
  document.body.append(node);
  const range = document.createRange();
  range.selectNodeContents(node);
  return range;
};

beforeEach(() => {
  document.body.replaceChildren();
  api = installFakeHighlightApi();
});
afterEach(() => api.uninstall());

describe('addHighlights', () => {
  it.each([
    [['person'], ['backstory-person']],
    [
      ['person', 'place', 'person'],
      ['backstory-person', 'backstory-place'],
    ],
    [
      ['organization', 'group'],
      ['backstory-organization', 'backstory-group'],
    ],
    [[], []],
  ])('paints kinds %j as one named highlight each: %j', (kinds, names) => {
    const marks = kinds.map((kind) => ({ range: rangeOver(kind), kind }));
    expect(addHighlights(marks)).toBe(true);
    expect([...api.registry.keys()].sort()).toEqual([...names].sort());
    const total = [...api.registry.values()].reduce((n, h) => n + h.size, 0);
    expect(total).toBe(kinds.length);
  });

  it('adds to what is painted, piece by piece, and leaves focus, flash and foreign ones', () => {
    api.registry.set('someone-else', new Highlight());
    addHighlights([{ range: rangeOver('a'), kind: 'person' }]);
    setFocusHighlight(rangeOver('b'));
    api.registry.set('backstory-flash', new Highlight());
    addHighlights([
      { range: rangeOver('c'), kind: 'place' },
      { range: rangeOver('d'), kind: 'person' },
    ]);
    expect([...api.registry.keys()].sort()).toEqual([
      'backstory-flash',
      'backstory-focus',
      'backstory-person',
      'backstory-place',
      'someone-else',
    ]);
    expect(api.registry.get('backstory-person')!.size).toBe(2);
  });

  it('uses a registry passed in instead of CSS.highlights', () => {
    const own = new Map<string, Highlight>();
    addHighlights([{ range: rangeOver('a'), kind: 'group' }], own);
    expect([...own.keys()]).toEqual(['backstory-group']);
    expect(api.registry.size).toBe(0);
  });

  it('leaves the page DOM untouched', () => {
    document.body.append(document.createElement('p'));
    const range = rangeOver('Mohsin Naqvi');
    const before = document.body.innerHTML;
    addHighlights([{ range, kind: 'person' }]);
    setFocusHighlight(range);
    removeHighlights([{ range, kind: 'person' }]);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('without the Highlight API', () => {
  it.each([
    ['addHighlights', () => addHighlights([{ range: document.createRange(), kind: 'person' }])],
    [
      'removeHighlights',
      () => removeHighlights([{ range: document.createRange(), kind: 'person' }]),
    ],
    ['clearHighlights', () => clearHighlights()],
    ['setFocusHighlight', () => setFocusHighlight(null)],
  ])('%s reports false so the caller can fall back', (_name, call) => {
    api.uninstall();
    const scope = globalThis as Record<string, unknown>;
    const saved = scope['Highlight'];
    scope['Highlight'] = undefined;
    try {
      expect(call()).toBe(false);
    } finally {
      scope['Highlight'] = saved;
    }
  });
});

describe('removeHighlights', () => {
  it('takes only the given marks out of their kind (a rescanned region)', () => {
    const kept = rangeOver('a');
    const gone = rangeOver('b');
    addHighlights([
      { range: kept, kind: 'person' },
      { range: gone, kind: 'person' },
    ]);
    expect(removeHighlights([{ range: gone, kind: 'person' }])).toBe(true);
    expect([...api.registry.get('backstory-person')!]).toEqual([kept]);
  });
});

describe('clearHighlights', () => {
  it('removes every Backstory highlight and nothing else', () => {
    api.registry.set('someone-else', new Highlight());
    addHighlights([{ range: rangeOver('a'), kind: 'person' }]);
    setFocusHighlight(rangeOver('b'));
    expect(clearHighlights()).toBe(true);
    expect([...api.registry.keys()]).toEqual(['someone-else']);
  });
});

describe('setFocusHighlight', () => {
  it('shows one focused range above the marks and moves it', () => {
    const first = rangeOver('a');
    const second = rangeOver('b');
    setFocusHighlight(first);
    const focus = api.registry.get('backstory-focus')!;
    expect(focus.priority).toBeGreaterThan(0);
    setFocusHighlight(second);
    expect([...api.registry.get('backstory-focus')!]).toEqual([second]);
    setFocusHighlight(null);
    expect(api.registry.has('backstory-focus')).toBe(false);
  });
});
