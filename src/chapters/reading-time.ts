/** Words a technical reader gets through in a minute; code is skimmed, so it is left out. */
const WORDS_PER_MINUTE = 200;

/** Minutes to read a chapter's Markdown body, counting prose only (no code fences, no tags). */
export function readingMinutes(markdown: string): number {
  const prose = markdown
    .replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1\s*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^import .*$/gm, ' ');
  const words = prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
