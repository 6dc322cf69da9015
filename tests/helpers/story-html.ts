/**
 * A story's worth of prose for tests of pages that stack stories: five paragraphs, enough for
 * `isStory` (a teaser's headline and blurb are not), with `names` in the first.
 */
export const storyParagraphs = (names: string): string =>
  `<p>${names} were named in the report on the day's events, which officials described at length.</p>` +
  '<p>The statement ran to several pages and was read out to reporters gathered outside the office.</p>' +
  '<p>It listed the measures already taken, the meetings planned for the coming weeks, and more.</p>' +
  '<p>Analysts said the measures were the most detailed of their kind announced so far this year.</p>' +
  '<p>Further details are expected once the committee has met again and reported to the cabinet.</p>';

/** An `<article>` dated `date` by a `<time>` element, with `names` in its prose. */
export const datedStory = (date: string, names: string): string =>
  `<article><h1>Story of ${date}</h1><time datetime="${date}">${date}</time>${storyParagraphs(names)}</article>`;
