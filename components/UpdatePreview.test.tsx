// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetDiff } from '../lib/update/diff-datasets';
import UpdatePreview from './UpdatePreview';

const none = { added: [], changed: [], removed: [] };
const diff: DatasetDiff = {
  versionFrom: '2026.11.28',
  versionTo: '2027.01.01',
  isSame: false,
  incidents: {
    added: [{ id: 'a', title: '<b>Bold</b> attack', date: '2025-03-11' }],
    changed: [],
    removed: [{ id: 'r', title: 'Old one', date: '2016-01-01' }],
  },
  entities: { ...none, changed: [{ id: 'g', name: 'Balochistan Liberation Army', kind: 'group' }] },
};

afterEach(() => render(null, document.body));

const q = (id: string) => document.querySelector(`[data-testid=${id}]`);

function show(d: DatasetDiff) {
  const onApply = vi.fn();
  const onCancel = vi.fn();
  render(
    <UpdatePreview
      diff={d}
      sourceLabel="file x.json"
      isBusy={false}
      onApply={onApply}
      onCancel={onCancel}
    />,
    document.body,
  );
  return { onApply, onCancel };
}

describe('UpdatePreview', () => {
  it('says what changes in words, with titles, dates, kinds and versions', () => {
    show(diff);
    expect(q('preview-version')?.textContent).toBe('Version 2026.11.28 → 2027.01.01');
    expect(q('incidents-added')?.textContent).toContain(
      'New incidents (1)2025-03-11: <b>Bold</b> attack',
    );
    expect(q('incidents-removed')?.textContent).toContain('2016-01-01: Old one');
    expect(q('entities-changed')?.textContent).toContain(
      'Balochistan Liberation Army (armed group)',
    );
    expect(q('incidents-changed')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });

  it.each([
    ['apply-update', 'onApply'],
    ['cancel-update', 'onCancel'],
  ] as const)('calls back when %s is pressed', (id, callback) => {
    const shown = show(diff);
    (q(id) as HTMLButtonElement).click();
    expect(shown[callback]).toHaveBeenCalledOnce();
  });

  it('offers no Apply when nothing would change', () => {
    show({ ...diff, isSame: true, incidents: none, entities: none });
    expect(q('preview-same')?.textContent).toContain('already have');
    expect((q('apply-update') as HTMLButtonElement).disabled).toBe(true);
  });
});
