// The chapter updates that changes-integration.ts read from git, once per build.
declare module 'virtual:handbook/changes' {
  export const updates: import('./git-history.ts').ChapterUpdate[];
}
