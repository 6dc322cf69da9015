// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { IncidentView } from '../lib/related/card-model';
import IncidentItem from './IncidentItem';

const incident: IncidentView = {
  id: 'x',
  date: '2024-03-26',
  dateLabel: '26 Mar 2024',
  timing: '7 months before this article',
  title: 'Convoy bombed <b>near</b> Besham',
  summary: 'A car bomb hit a bus.',
  place: 'Besham, Shangla',
  casualties: '6 killed (5 Chinese)',
  attribution: 'Blamed: TTP',
  reasons: ['happened in Besham'],
  sources: [{ url: 'https://example.org/a', outlet: 'Example' }],
  caveats: ['Sources disagree: ravine depth', 'Unverified: no claim'],
};

function mount(props: Partial<Parameters<typeof IncidentItem>[0]> = {}) {
  const host = document.createElement('ol');
  render(<IncidentItem incident={incident} {...props} />, host);
  return host;
}

describe('IncidentItem', () => {
  it('shows every caveat in full by default, as the card does', () => {
    const caveats = [...mount().querySelectorAll('.caveat')].map((e) => e.textContent);
    expect(caveats).toEqual(incident.caveats);
  });

  it('sums the caveats up in one line when asked to be compact, as the popup is', () => {
    const host = mount({ isShowingCaveats: false, isShowingReasons: false });
    expect(host.querySelectorAll('.caveat')).toHaveLength(0);
    expect(host.textContent).toContain('2 points where sources disagree or are unverified');
    expect(host.textContent).not.toContain('Why listed');
  });

  it('renders dataset text as text, never as markup', () => {
    const host = mount();
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('Convoy bombed <b>near</b> Besham');
  });

  it('links sources with noopener and noreferrer', () => {
    const link = mount().querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
