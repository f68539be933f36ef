/** The skeleton `npm run new` writes: the chapter shape from CONTRIBUTING.md, ready to build. */
export function chapterTemplate(title: string, order: number): string {
  return `---
title: ${JSON.stringify(title)}
description: One sentence (at most 160 characters) on what this page teaches; search results show it.
istioVersion: "1.31"
difficulty: intermediate
keywords: []
sidebar:
  order: ${order}
---

Open with two to four sentences: the question this page answers and why it matters in production.

## How it works

Explain the mechanism in plain words before any configuration. Replace this diagram with your own.

\`\`\`mermaid
flowchart TD
  accTitle: Replace with a short title
  accDescr: Replace with one sentence that says what the diagram shows.
  Client --> Sidecar --> Server
\`\`\`

## Configuration

Show complete YAML (apiVersion, kind, metadata, spec) that a reader can apply to Bookinfo.

\`\`\`yaml
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: reviews
  namespace: bookinfo
spec:
  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: reviews
\`\`\`

\`\`\`bash
kubectl apply -f reviews.yaml
\`\`\`

## Under the hood

What istiod generates from the configuration above, and what Envoy (or ztunnel) receives.

## Pitfalls

The mistakes people make, and how to see them.

## Key takeaways

- Three to five points a reader should remember.

## Check yourself

<details>
<summary>Write a question here</summary>

Answer it in full sentences.

</details>

## References

- [Istio documentation](https://istio.io/latest/docs/)
`;
}
