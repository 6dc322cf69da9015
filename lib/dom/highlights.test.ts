/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeHighlightApi } from './fake-highlight-api';
import { clearHighlights, paintHighlights, setFocusHighlight } from './highlights';

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

describe('paintHighlights', () => {
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
    expect(paintHighlights(marks)).toBe(true);
    expect([...api.registry.keys()].sort()).toEqual([...names].sort());
    const total = [...api.registry.values()].reduce((n, h) => n + h.size, 0);
    expect(total).toBe(kinds.length);
  });

  it('replaces earlier mention highlights but keeps focus, flash and foreign ones', () => {
    api.registry.set('someone-else', new Highlight());
    paintHighlights([{ range: rangeOver('a'), kind: 'person' }]);
    setFocusHighlight(rangeOver('b'));
    api.registry.set('backstory-flash', new Highlight());
    paintHighlights([{ range: rangeOver('c'), kind: 'place' }]);
    expect([...api.registry.keys()].sort()).toEqual([
      'backstory-flash',
      'backstory-focus',
      'backstory-place',
      'someone-else',
    ]);
  });

  it('uses a registry passed in instead of CSS.highlights', () => {
    const own = new Map<string, Highlight>();
    paintHighlights([{ range: rangeOver('a'), kind: 'group' }], own);
    expect([...own.keys()]).toEqual(['backstory-group']);
    expect(api.registry.size).toBe(0);
  });

  it('leaves the page DOM untouched', () => {
    document.body.append(document.createElement('p'));
    const range = rangeOver('Mohsin Naqvi');
    const before = document.body.innerHTML;
    paintHighlights([{ range, kind: 'person' }]);
    setFocusHighlight(range);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('without the Highlight API', () => {
  it.each([
    ['paintHighlights', () => paintHighlights([{ range: document.createRange(), kind: 'person' }])],
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

describe('clearHighlights', () => {
  it('removes every Backstory highlight and nothing else', () => {
    api.registry.set('someone-else', new Highlight());
    paintHighlights([{ range: rangeOver('a'), kind: 'person' }]);
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
