/**
 * The correction issue form (.github/ISSUE_TEMPLATE/correction.yml) and the ids of the fields the
 * "Report a mistake" link fills in. GitHub pre-fills an issue form's field from the query parameter
 * named by its id; tests/unit/report-url.test.ts checks these against the form.
 */
export const correctionForm = {
  template: 'correction.yml',
  fields: { page: 'page', istioVersion: 'istio-version' },
} as const;

/** What the link says about the page the reader is on. */
export interface ReportedPage {
  /** The page's absolute address. */
  url: string;
  title: string;
  /** The Istio release the page was checked against (its badge), when it has one. */
  istioVersion?: string | undefined;
}

/** A link that opens a new correction issue in `repositoryUrl`, titled after the page and pre-filled with it. */
export function reportUrl(repositoryUrl: string, page: ReportedPage): string {
  const params: [string, string][] = [
    ['template', correctionForm.template],
    ['title', `Correction: ${page.title}`],
    [correctionForm.fields.page, page.url],
  ];
  if (page.istioVersion) params.push([correctionForm.fields.istioVersion, page.istioVersion]);
  // encodeURIComponent rather than URLSearchParams: a space stays %20, not the form-encoding `+`.
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `${repositoryUrl.replace(/\/$/, '')}/issues/new?${query}`;
}
