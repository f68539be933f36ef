/**
 * One English term, one Chinese rendering across the whole book. The term list
 * (content/terms/zh-cn.yaml) gives each term its rendering and the variants seen elsewhere that the
 * book does not use; a translated page that uses one of those variants in prose fails the lint.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface Term {
  en: string;
  zh: string;
  /** For kinds kept in English: the Chinese gloss given once, at first mention. */
  gloss?: string;
  /** Renderings other sources use that this book does not. */
  avoid?: string[];
  note?: string;
}

export interface TermProblem {
  line: number;
  found: string;
  term: Term;
}

export function readTerms(file: string): Term[] {
  const terms = parse(readFileSync(file, 'utf8')) as Term[];
  for (const [i, term] of terms.entries()) {
    if (!term?.en || !term.zh) throw new Error(`${file}: entry ${i + 1} needs both en and zh`);
  }
  return terms;
}

/** Prose lines of a page, with code fences, inline code, URLs and front matter blanked (line numbers kept). */
function proseLines(source: string): string[] {
  let inFence = false;
  let inFrontMatter = false;
  return source.split('\n').map((line, i) => {
    if (i === 0 && line === '---') {
      inFrontMatter = true;
      return '';
    }
    if (inFrontMatter) {
      if (line === '---') inFrontMatter = false;
      return /^(title|description):/.test(line) ? line : '';
    }
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return '';
    }
    return inFence ? '' : line.replace(/`[^`]*`/g, ' ').replace(/\]\([^)]*\)/g, ']');
  });
}

/** Where a page uses a rendering the term list rules out. */
export function checkTerms(source: string, terms: Term[]): TermProblem[] {
  const problems: TermProblem[] = [];
  proseLines(source).forEach((line, i) => {
    for (const term of terms) {
      // A variant inside the rendering itself ("网格" in "服务网格") is not a use of the variant.
      const rest = line.split(term.zh).join(' ');
      for (const variant of term.avoid ?? []) {
        if (rest.includes(variant)) problems.push({ line: i + 1, found: variant, term });
      }
    }
  });
  return problems;
}
