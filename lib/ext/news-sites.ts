/**
 * News sites where Backstory runs without asking: outlets that cover security and politics in
 * Pakistan and China in English (Pakistani, Chinese, Indian and international). Other sites are
 * enabled one origin at a time from the popup.
 */
export const NEWS_SITE_DOMAINS: readonly string[] = [
  // Pakistan
  'dawn.com', 'tribune.com.pk', 'thenews.com.pk', 'geo.tv', 'arynews.tv', 'brecorder.com',
  'nation.com.pk', 'dailytimes.com.pk', 'pakistantoday.com.pk', 'app.com.pk', 'urdupoint.com',
  'dunyanews.tv', 'samaa.tv', 'arabnews.pk', 'thefridaytimes.com', 'pakobserver.net', 'nukta.com',
  'dailypakistan.com.pk', 'dnanews.com.pk', 'ppinewsagency.com', 'propakistani.pk', 'voicepk.net',
  'thebalochistanpost.net', 'tbsnews.net',
  // China
  'globaltimes.cn', 'chinadaily.com.cn', 'xinhuanet.com', 'news.cn', 'people.cn', 'cgtn.com',
  'scmp.com', 'ecns.cn', 'chinaembassy.org.cn',
  // India
  'thehindu.com', 'hindustantimes.com', 'indianexpress.com', 'indiatimes.com', 'ndtv.com',
  'ptinews.com', 'theprint.in', 'wionews.com', 'firstpost.com', 'mid-day.com', 'deccanherald.com',
  'news18.com', 'tribuneindia.com', 'newsvibesofindia.com', 'devdiscourse.com', 'munsifdaily.com',
  // International
  'reuters.com', 'apnews.com', 'bbc.com', 'bbc.co.uk', 'aljazeera.com', 'theguardian.com',
  'nytimes.com', 'washingtonpost.com', 'voanews.com', 'dw.com', 'france24.com', 'ft.com',
  'bloomberg.com', 'thediplomat.com', 'nikkei.com', 'cnn.com', 'rferl.org', 'arabnews.com',
  'trtworld.com', 'trt.global', 'economist.com', 'foreignpolicy.com', 'newsweek.com', 'ajc.com',
  'newsmax.com', 'wikimili.com', 'crisisgroup.org', 'wsj.com', 'afp.com', 'time.com',
];

/** Manifest match patterns for the built-in news sites (the domain and its subdomains). */
export const NEWS_SITE_MATCHES: string[] = NEWS_SITE_DOMAINS.flatMap((d) => [
  `*://${d}/*`,
  `*://*.${d}/*`,
]);
