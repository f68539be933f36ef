/**
 * The diagrams' colours, by role. Mermaid renders each diagram once with a sentinel colour per role
 * (distinct hex values no real theme uses); `theme-colours.ts` then swaps each sentinel for the role's
 * CSS custom property, which `diagrams.css` defines from Starlight's own variables for light and dark.
 * So a diagram follows the site's accent, gray scale and theme switch by construction.
 *
 * `light` and `dark` name the Starlight variable each theme uses and its value in
 * @astrojs/starlight/style/props.css; the unit tests check these against Starlight's file and
 * `diagrams.css`, and compute the WCAG contrast of every pair in `contrastPairs`.
 */

export interface ThemeColour {
  /** A Starlight colour variable, as `diagrams.css` uses it. */
  variable: `--sl-color-${string}`;
  /** Its value in that theme, for the contrast test and for the printed book's images. */
  value: string;
}

export interface DiagramColour {
  /** Becomes the custom property `--hb-diagram-<role>`. */
  role: string;
  sentinel: `#${string}`;
  light: ThemeColour;
  dark: ThemeColour;
}

const colour = (role: string, sentinel: `#${string}`, light: ThemeColour, dark: ThemeColour): DiagramColour => ({ role, sentinel, light, dark });

/** Every colour a diagram may contain. */
export const palette = [
  colour('bg', '#01fe01', { variable: '--sl-color-black', value: 'hsl(0, 0%, 100%)' }, { variable: '--sl-color-black', value: 'hsl(224, 10%, 10%)' }),
  colour('text', '#01fe02', { variable: '--sl-color-white', value: 'hsl(224, 10%, 10%)' }, { variable: '--sl-color-gray-1', value: 'hsl(224, 20%, 94%)' }),
  colour('node', '#01fe03', { variable: '--sl-color-accent-low', value: 'hsl(234, 88%, 90%)' }, { variable: '--sl-color-accent-low', value: 'hsl(224, 54%, 20%)' }),
  colour('node-border', '#01fe04', { variable: '--sl-color-accent', value: 'hsl(234, 90%, 60%)' }, { variable: '--sl-color-accent', value: 'hsl(224, 100%, 60%)' }),
  colour('line', '#01fe05', { variable: '--sl-color-gray-3', value: 'hsl(224, 7%, 36%)' }, { variable: '--sl-color-gray-2', value: 'hsl(224, 6%, 77%)' }),
  colour('group', '#01fe06', { variable: '--sl-color-gray-7', value: 'hsl(224, 19%, 97%)' }, { variable: '--sl-color-gray-6', value: 'hsl(224, 14%, 16%)' }),
  colour('group-border', '#01fe07', { variable: '--sl-color-gray-4', value: 'hsl(224, 6%, 56%)' }, { variable: '--sl-color-gray-3', value: 'hsl(224, 6%, 56%)' }),
  colour('note', '#01fe08', { variable: '--sl-color-orange-low', value: 'hsl(41, 90%, 88%)' }, { variable: '--sl-color-orange-low', value: 'hsl(41, 39%, 22%)' }),
  colour('note-border', '#01fe09', { variable: '--sl-color-orange-high', value: 'hsl(41, 80%, 25%)' }, { variable: '--sl-color-orange', value: 'hsl(41, 82%, 63%)' }),
  colour('muted', '#01fe0a', { variable: '--sl-color-gray-6', value: 'hsl(224, 20%, 94%)' }, { variable: '--sl-color-gray-5', value: 'hsl(224, 10%, 23%)' }),
] as const satisfies readonly DiagramColour[];

export type DiagramRole = (typeof palette)[number]['role'];

/** The custom property a role's sentinel becomes. */
export const roleProperty = (role: string) => `--hb-diagram-${role}`;

const sentinelOf = (role: DiagramRole) => palette.find((entry) => entry.role === role)!.sentinel;

/**
 * Pairs that must meet WCAG AA in both themes: text on each fill it sits on (4.5:1), and lines and
 * borders against the fill around them (3:1, non-text contrast).
 */
export const contrastPairs: readonly { foreground: DiagramRole; background: DiagramRole; minimum: number }[] = [
  { foreground: 'text', background: 'bg', minimum: 4.5 },
  { foreground: 'text', background: 'node', minimum: 4.5 },
  { foreground: 'text', background: 'group', minimum: 4.5 },
  { foreground: 'text', background: 'note', minimum: 4.5 },
  { foreground: 'text', background: 'muted', minimum: 4.5 },
  { foreground: 'line', background: 'bg', minimum: 3 },
  { foreground: 'line', background: 'group', minimum: 3 },
  { foreground: 'node-border', background: 'bg', minimum: 3 },
  { foreground: 'node-border', background: 'group', minimum: 3 },
  { foreground: 'group-border', background: 'bg', minimum: 3 },
  { foreground: 'note-border', background: 'bg', minimum: 3 },
];

/**
 * Mermaid `themeVariables` for the `base` theme: every colour variable the handbook's diagram
 * types (flowchart, sequence, timeline, block) read, each set to a sentinel. Mermaid derives the
 * variables left unset (darker borders, inverted text); a derived colour in a diagram fails the
 * build (see `theme-colours.ts`), so add it here when a new diagram type needs one.
 */
export function sentinelThemeVariables(): Record<string, string | boolean> {
  const bg = sentinelOf('bg');
  const text = sentinelOf('text');
  const node = sentinelOf('node');
  const nodeBorder = sentinelOf('node-border');
  const line = sentinelOf('line');
  const group = sentinelOf('group');
  const groupBorder = sentinelOf('group-border');
  const note = sentinelOf('note');
  const noteBorder = sentinelOf('note-border');
  const muted = sentinelOf('muted');
  const scale: Record<string, string> = {};
  // Timeline sections cycle through cScale0..11: alternate the accent and the gray fill.
  for (let i = 0; i < 12; i++) {
    scale[`cScale${i}`] = i % 2 === 0 ? node : muted;
    scale[`cScalePeer${i}`] = nodeBorder;
    scale[`cScaleInv${i}`] = text;
    scale[`cScaleLabel${i}`] = text;
  }
  return {
    darkMode: false,
    useGradient: false,
    dropShadow: 'none',
    background: bg,
    mainBkg: node,
    primaryColor: node,
    primaryTextColor: text,
    primaryBorderColor: nodeBorder,
    secondaryColor: muted,
    secondaryTextColor: text,
    secondaryBorderColor: groupBorder,
    tertiaryColor: group,
    tertiaryTextColor: text,
    tertiaryBorderColor: groupBorder,
    nodeBkg: node,
    nodeBorder,
    nodeTextColor: text,
    textColor: text,
    titleColor: text,
    lineColor: line,
    arrowheadColor: line,
    defaultLinkColor: line,
    edgeLabelBackground: bg,
    clusterBkg: group,
    clusterBorder: groupBorder,
    border1: nodeBorder,
    border2: groupBorder,
    flowContainerStroke: groupBorder,
    noteBkgColor: note,
    noteBorderColor: noteBorder,
    noteTextColor: text,
    // Sequence diagrams.
    actorBkg: node,
    actorBorder: nodeBorder,
    actorTextColor: text,
    actorLineColor: line,
    signalColor: line,
    signalTextColor: text,
    labelBoxBkgColor: muted,
    labelBoxBorderColor: groupBorder,
    labelTextColor: text,
    loopTextColor: text,
    activationBkgColor: muted,
    activationBorderColor: groupBorder,
    sequenceNumberColor: bg,
    personBkg: node,
    personBorder: nodeBorder,
    labelBackgroundColor: bg,
    altBackground: group,
    rectBkgColor: group,
    compositeBackground: bg,
    compositeTitleBackground: node,
    compositeBorder: nodeBorder,
    stateBkg: node,
    stateLabelColor: text,
    transitionColor: line,
    transitionLabelColor: text,
    errorBkgColor: note,
    errorTextColor: text,
    scaleLabelColor: text,
    gradientStart: nodeBorder,
    gradientStop: groupBorder,
    ...scale,
  };
}
