/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeArticle } from './observe-article';
import { datedStory, storyParagraphs } from '../../tests/helpers/story-html';

let stop: () => void = () => {};
afterEach(() => stop());

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Mounts an article, applies `mutate`, and returns the ids (or tags) of the reported roots. */
const changesAfter = async (mutate: (doc: Document) => void): Promise<string[][]> => {
  const parsed = new DOMParser().parseFromString(
    '<article id="root"><h1 id="h">Headline</h1><p id="p1">First <a id="a">Mohsin</a> Naqvi.</p>' +
      '<div id="comments"><p id="c1">Nice.</p></div><div data-backstory-ui id="ui"><span id="ui-text">Card</span></div></article>',
    'text/html',
  );
  document.body.replaceChildren(...parsed.body.childNodes);
  const calls: string[][] = [];
  stop = observeArticle(
    document.getElementById('root')!,
    (roots) => calls.push(roots.map((r) => r.id || r.localName)),
    { delayMs: 5 },
  );
  mutate(document);
  await settle();
  return calls;
};

/** Observes a story in a feed, applies `mutate`, and returns the reported roots' ids. */
const storyChangesAfter = async (mutate: (feed: Element) => void): Promise<string[][]> => {
  document.body.innerHTML = `<div id="feed"><article id="root">${storyParagraphs('Jiang Zaidong')}</article></div>`;
  const calls: string[][] = [];
  stop = observeArticle(
    document.getElementById('root')!,
    (roots) => calls.push(roots.map((r) => r.id || r.localName)),
    { delayMs: 5 },
  );
  mutate(document.getElementById('feed')!);
  await settle();
  return calls;
};

beforeEach(() => document.body.replaceChildren());

describe('observeArticle', () => {
  it.each<[string, (doc: Document) => void, string[][]]>([
    [
      'an added paragraph',
      (d) =>
        d
          .getElementById('root')!
          .append(Object.assign(d.createElement('p'), { id: 'new', textContent: 'More' })),
      [['new']],
    ],
    [
      'edited text inside an inline element, as its paragraph',
      (d) => {
        (d.getElementById('a')!.firstChild as Text).data = 'Asim';
      },
      [['p1']],
    ],
    [
      'a text node added to the headline',
      (d) => d.getElementById('h')!.append(' updated'),
      [['h']],
    ],
    [
      'a burst of changes, once and deduplicated',
      (d) => {
        d.getElementById('h')!.append('!');
        d.getElementById('p1')!.append(' Again.');
        d.getElementById('a')!.append('x');
      },
      [['h', 'p1']],
    ],
    [
      'a nested addition, only as the outermost root',
      (d) => {
        const div = d.createElement('div');
        div.id = 'box';
        d.getElementById('root')!.append(div);
        div.append(Object.assign(d.createElement('p'), { textContent: 'Inner' }));
      },
      [['box']],
    ],
    [
      'an added line break, as its paragraph',
      (d) => d.getElementById('p1')!.append(d.createElement('br')),
      [['p1']],
    ],
    ['a removal of text, with no subtree to read', (d) => d.getElementById('h')!.remove(), [[]]],
    [
      'text replaced, as the block it went into',
      (d) => {
        d.getElementById('p1')!.textContent = 'Asim Munir spoke.';
      },
      [['p1']],
    ],
  ])('reports %s', async (_label, mutate, expected) => {
    expect(await changesAfter(mutate)).toEqual(expected);
  });

  it.each<[string, (doc: Document) => void]>([
    ['attribute-only changes', (d) => d.getElementById('p1')!.setAttribute('class', 'read')],
    [
      'changes inside our own UI',
      (d) => {
        (d.getElementById('ui-text')!.firstChild as Text).data = 'Other';
      },
    ],
    [
      'a card added by us',
      (d) => d.getElementById('root')!.append(d.createElement('backstory-card')),
    ],
    [
      'changes inside a comments section',
      (d) =>
        d
          .getElementById('comments')!
          .append(Object.assign(d.createElement('p'), { textContent: 'Reply' })),
    ],
    ['removals inside a comments section', (d) => d.getElementById('c1')!.remove()],
    ['removals of our own UI', (d) => d.getElementById('ui')!.remove()],
    [
      'removals of elements without text',
      (d) => {
        const br = d.createElement('br');
        d.getElementById('p1')!.append(br);
        br.remove();
      },
    ],
    [
      'a node added and removed before the batch ends',
      (d) => {
        const p = d.createElement('p');
        d.getElementById('root')!.append(p);
        p.remove();
      },
    ],
  ])('ignores %s', async (_label, mutate) => {
    expect(await changesAfter(mutate)).toEqual([]);
  });

  it('reports the article itself, once, when the page takes it out', async () => {
    const calls = await changesAfter((d) => {
      const root = d.getElementById('root')!;
      root.remove();
      d.body.append(Object.assign(d.createElement('article'), { textContent: 'Next story' }));
      d.body.append('More');
    });
    expect(calls).toEqual([['root']]);
  });

  describe('when the page loads another story beside the article', () => {
    it('reports the article itself, its text judged when the batch ends', async () => {
      const calls = await storyChangesAfter((feed) => {
        // Put in empty, its text arriving later.
        const next = document.createElement('article');
        feed.append(next);
        setTimeout(() => {
          next.innerHTML = storyParagraphs('Sarfraz Bugti');
        }, 1);
      });
      expect(calls).toEqual([['root']]);
    });

    it('reports a story put in inside a wrapper, and ignores teasers, rails and ads', async () => {
      const ignored = await storyChangesAfter((feed) => {
        feed.insertAdjacentHTML(
          'beforeend',
          '<article><h2>Teaser</h2><p>One line about it.</p></article>',
        );
        feed.insertAdjacentHTML(
          'beforeend',
          `<div class="related">${datedStory('2024-03-01', 'Quetta')}</div>`,
        );
        document.body.insertAdjacentHTML('afterbegin', '<div class="ad-slot"><p>Buy now</p></div>');
      });
      expect(ignored).toEqual([]);
      const wrapped = await storyChangesAfter((feed) => {
        feed.insertAdjacentHTML(
          'beforeend',
          `<div class="next">${datedStory('2024-03-01', 'Quetta')}</div>`,
        );
      });
      expect(wrapped).toEqual([['root']]);
    });

    it('reports a story put into a container that was already beside the article', async () => {
      const calls = await storyChangesAfter((feed) => {
        feed.insertAdjacentHTML('beforeend', '<div id="more"></div>');
      });
      expect(calls).toEqual([]);
      // The page fills the container as the reader scrolls.
      document
        .getElementById('more')!
        .insertAdjacentHTML('beforeend', datedStory('2024-03-01', 'Quetta'));
      await settle();
      expect(calls).toEqual([['root']]);
    });

    it('reports a story put in with one paragraph and filled in later', async () => {
      const calls = await storyChangesAfter((feed) => {
        feed.insertAdjacentHTML(
          'beforeend',
          '<article id="next"><p>The first paragraph.</p></article>',
        );
      });
      expect(calls).toEqual([]);
      document.getElementById('next')!.insertAdjacentHTML('beforeend', storyParagraphs('Quetta'));
      await settle();
      expect(calls).toEqual([['root']]);
    });

    it('reports only a story that makes a stack around the article, not one that would replace it', async () => {
      // The article is found by its class, not as an <article>: one story put beside it would be
      // the page's one <article>, not a stack, and must not take its place.
      document.body.innerHTML = `<div id="feed"><div class="story-body" id="root">${storyParagraphs('A')}</div></div>`;
      const calls: string[][] = [];
      const root = document.getElementById('root')!;
      stop = observeArticle(root, (roots) => calls.push(roots.map((r) => r.id)), { delayMs: 5 });
      const feed = document.getElementById('feed')!;
      feed.insertAdjacentHTML('beforeend', datedStory('2024-03-01', 'B'));
      await settle();
      expect(calls).toEqual([]);
      // Two stories now stack under the feed, which holds the article too.
      feed.insertAdjacentHTML('beforeend', datedStory('2024-03-02', 'C'));
      await settle();
      expect(calls).toEqual([['root']]);
    });
  });

  it('reports an empty batch when the head’s meta tags change, not for its scripts or icons', async () => {
    document.head.replaceChildren();
    const scripts = await changesAfter((d) => {
      const icon = Object.assign(d.createElement('link'), { rel: 'icon', href: '/a.png' });
      d.head.append(
        d.createElement('script'),
        Object.assign(d.createElement('title'), { text: 'x' }),
        icon,
      );
      icon.href = '/b.png';
    });
    expect(scripts).toEqual([]);
    const meta = await changesAfter((d) => {
      const tag = d.createElement('meta');
      tag.setAttribute('property', 'article:published_time');
      tag.setAttribute('content', '2024-03-01');
      d.head.append(tag);
    });
    expect(meta).toEqual([[]]);
    const edited = await changesAfter((d) => {
      d.head.querySelector('meta')!.setAttribute('content', '2024-03-02');
    });
    expect(edited).toEqual([[]]);
    document.head.replaceChildren();
  });

  it('goes on reporting edits, and a second loss, after the article was taken out and put back', async () => {
    const calls = await changesAfter((d) => {
      const root = d.getElementById('root')!;
      root.remove();
      setTimeout(() => d.body.append(root), 15);
      setTimeout(() => d.getElementById('h')!.append(' again'), 40);
      setTimeout(() => root.remove(), 70);
    });
    await settle();
    await settle();
    // Out when the batch ended: reported as lost; back in, its edits are reported as edits again,
    // and taking it out once more is seen.
    expect(calls).toEqual([['root'], ['h'], ['root']]);
  });

  it('reports text removed from a paragraph that was then removed too', async () => {
    const calls = await changesAfter((d) => {
      const p = d.getElementById('p1')!;
      p.replaceChildren();
      p.remove();
    });
    expect(calls).toEqual([[]]);
  });

  it('reports nothing after disconnecting', async () => {
    const calls = await changesAfter((d) => {
      stop();
      d.getElementById('h')!.append(' late');
    });
    expect(calls).toEqual([]);
  });

  it('drops a pending batch when disconnected before it fires', async () => {
    const calls = await changesAfter((d) => {
      d.getElementById('h')!.append(' queued');
      queueMicrotask(() => stop());
    });
    expect(calls).toEqual([]);
  });

  it('schedules nothing while the page is idle', async () => {
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const root = document.createElement('article');
    document.body.append(root);
    stop = observeArticle(root, () => {});
    await Promise.resolve();
    expect(timeout).not.toHaveBeenCalled();
  });
});
