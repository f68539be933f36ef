/** The feed of chapter updates: its address and title, for `<link rel="alternate">` in every page's head. */
export const feed = { href: '/rss.xml', title: 'Istio Handbook: chapter updates' };
