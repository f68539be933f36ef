/**
 * The folder chapters are read from. Tests point HANDBOOK_CONTENT_DIR at a temporary folder to build
 * a fixture (one broken page, say) with the real site code.
 */
export const contentDir = process.env.HANDBOOK_CONTENT_DIR ?? './content';
