import { relative } from 'node:path';

/** Where every build error sends contributors for the fix. */
const HELP = 'See CONTRIBUTING.md, "What the build checks".';

/**
 * An error in a chapter, reported as `file:line: what is wrong` so editors and CI logs link to it.
 * The build fails on the first one; nothing half-built ships.
 */
export class ContentError extends Error {
  constructor(file: string | undefined, line: number | undefined, problem: string, hint?: string) {
    const where = file ? relative(process.cwd(), file) : '<unknown file>';
    super(`${where}${line ? `:${line}` : ''}: ${problem}${hint ? `\n  Hint: ${hint}` : ''}\n  ${HELP}`);
    this.name = 'ContentError';
  }
}
