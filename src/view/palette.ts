// The game's colours, in one place (documented in docs/art-direction.md). Meaning colours are the
// Okabe–Ito set, distinguishable with the common colour-vision deficiencies; every meaning also has
// a shape, icon or word, never colour alone. styles.css repeats the DOM tokens as custom
// properties; a unit test checks they match, that text meets WCAG AA, and that the pairs that must
// differ still differ under simulated protanopia, deuteranopia and tritanopia.

import type { Lang } from '../i18n/languages';

/** Okabe–Ito (2008) colours. */
export const OKABE_ITO = {
  black: '#000000', orange: '#E69F00', skyBlue: '#56B4E9', bluishGreen: '#009E73',
  yellow: '#F0E442', blue: '#0072B2', vermillion: '#D55E00', reddishPurple: '#CC79A7',
} as const;

/** DOM colour tokens, as CSS hex (each is `--c-<name>` in styles.css). */
export const TOKENS = {
  navy: '#0b1a2e', navy2: '#13294a', ink: '#18202c', muted: '#4a5566', panel: '#f8f6f0',
  panel2: '#eeeae0', line: '#d5cfc0', accent: '#133a7c', accent2: '#1c4fa3', good: '#1b6b45',
  bad: '#a3361a', warn: '#7a5000', focus: '#ffbf47', paper: '#ffffff', onDark: '#f5f1e6',
  onDarkMuted: '#b8c4d6', th: '#0072b2', kh: '#a8467f', asean: '#133a7c',
} as const;

/** Pairs of (text, background) tokens used for text, which must reach WCAG AA (4.5:1). */
export const TEXT_PAIRS: readonly [keyof typeof TOKENS, keyof typeof TOKENS][] = [
  ['ink', 'panel'], ['ink', 'panel2'], ['ink', 'paper'], ['muted', 'panel'], ['muted', 'paper'],
  ['accent', 'paper'], ['accent', 'panel'], ['good', 'panel'], ['good', 'paper'], ['bad', 'panel'],
  ['bad', 'paper'], ['warn', 'panel'], ['warn', 'paper'], ['onDark', 'navy'], ['onDark', 'navy2'],
  ['onDarkMuted', 'navy'], ['onDarkMuted', 'navy2'], ['paper', 'accent'], ['paper', 'accent2'],
  ['th', 'paper'], ['kh', 'paper'], ['focus', 'navy'],
];

/** Map colours as 0xRRGGBB numbers for Phaser, and CSS strings for canvas text. */
export const PALETTE = {
  sea: 0x0b1a2e,
  thailand: 0x1e3b5c,
  cambodia: 0x3a2d45,
  laos: 0x262c36,
  coast: 0x5a6b85,
  border: 0xf5f1e6,
  borderCasing: 0x000000,
  flashpoint: 0xe69f00, // orange diamond: contested sites on the border
  site: 0xdfe6f0, // pale square: towns inside one country
  incident: 0xd55e00, // vermillion ring: incidents this round
  fighting: 0xd55e00,
  calm: 0x4a4a52, // the fighting band's colour at zero intensity
  observers: 0x56b4e9, // sky-blue square with a dot: observers
  demining: 0xf0e442, // yellow triangle: demining teams
  corridors: 0x009e73, // bluish-green chevrons: aid corridors
  displaced: 0xcc79a7, // reddish-purple arrows: civilians displaced
  text: '#f5f1e6',
  mutedText: '#b8c4d6',
  provinceText: '#9aa8bd',
  legendBg: 0x0b1a2e,
} as const;

/** Marker colours that must stay distinguishable from each other under colour-vision deficiency. */
export const DISTINCT_MARKERS = ['flashpoint', 'observers', 'demining', 'corridors', 'displaced', 'site'] as const;

/** The font stack used on the canvas (the same as the DOM's). */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** How the map's canvas sets text in one language's script. */
export interface CanvasScript {
  /** The font stack: the self-hosted Noto face first for Thai and Khmer (loaded with the language). */
  fontFamily: string;
  /** The string Phaser measures the line's height with: it must hold the script's tallest stacks. */
  testString?: string;
  /** Room above and below the line for tone marks, vowels and subscripts, as a share of the font size. */
  padding: number;
  /** Line height as a multiple of the font size for text on several lines (0: Phaser's own). */
  lineHeight: number;
  /** Whether letter spacing and slanted type are safe: they break Thai and Khmer stacked marks. */
  spaced: boolean;
}

const SCRIPTS: Partial<Record<Lang, CanvasScript>> = {
  th: { fontFamily: `"Noto Sans Thai Variable", ${FONT}`, testString: '|MÉqgyปั้ฎุญูฤๅ', padding: 0.25, lineHeight: 1.6, spaced: false },
  km: { fontFamily: `"Noto Sans Khmer Variable", ${FONT}`, testString: '|MÉqgyស្ត្រីក្ដៀងប៉ុ', padding: 0.3, lineHeight: 1.6, spaced: false },
};

/** The canvas text settings for a language (Latin scripts keep the DOM's font stack as they are). */
export function canvasScript(lang: Lang): CanvasScript {
  return SCRIPTS[lang] ?? { fontFamily: FONT, padding: 0, lineHeight: 0, spaced: true };
}
