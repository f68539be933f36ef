import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Folders that hold the Noto Sans CJK collections (`NotoSansCJK-Regular.ttc`, `NotoSansCJK-Bold.ttc`):
 * where Debian and Ubuntu's `fonts-noto-cjk` puts them (`.ci/run` installs it), then Arch's `noto-fonts-cjk`,
 * Fedora's `google-noto-sans-cjk-fonts`, and a user's own fonts folder (macOS, or a manual install on Linux).
 * The same files cover Latin, so one family draws every card in both languages.
 */
const FONT_DIRS = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/noto-cjk',
  '/usr/share/fonts/google-noto-sans-cjk-fonts',
  join(homedir(), 'Library', 'Fonts'),
  join(homedir(), '.local', 'share', 'fonts'),
];
const FONT_FILES = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc'];

/** The family in those collections whose glyphs suit Simplified Chinese (each .ttc holds JP, KR, SC, TC and HK). */
export const cardFontFamily = 'Noto Sans CJK SC';

/**
 * The font files the share cards are drawn with. `HANDBOOK_CJK_FONT_DIR` names another folder holding the
 * same two files. A card drawn with a fallback font would differ from machine to machine (and show boxes
 * for Chinese), so a missing font stops the build instead.
 */
export function cardFontFiles(): string[] {
  const fromEnv = process.env.HANDBOOK_CJK_FONT_DIR;
  const dirs = fromEnv ? [fromEnv] : FONT_DIRS;
  const dir = dirs.find((candidate) => FONT_FILES.every((file) => existsSync(join(candidate, file))));
  if (!dir) {
    throw new Error(
      `Share cards need the Noto Sans CJK fonts (${FONT_FILES.join(', ')}), found in none of: ${dirs.join(', ')}.\n` +
        'Hint: install them (Debian and Ubuntu: `apt-get install fonts-noto-cjk`), or set HANDBOOK_CJK_FONT_DIR ' +
        'to the folder that holds both files. See README.md, "What you need".',
    );
  }
  return FONT_FILES.map((file) => join(dir, file));
}
