/** Where the handbook's source lives; edit links and the header's GitHub link point here. */
export const repositoryUrl = process.env.HANDBOOK_REPO_URL ?? 'https://github.com/istio-handbook/istio-handbook';

/** The public address of the built site (sitemap, canonical links); GitHub Pages sets SITE_URL. */
export const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321';
