// Colours of the map, in one place. Markers use the Okabe–Ito palette (safe for colour-blind
// players) and every marker kind also differs by shape, never by colour alone.

/** Colours as 0xRRGGBB numbers for Phaser, and CSS strings for text. */
export const PALETTE = {
  sea: 0x0b1a2e,
  thailand: 0x1f3a63,
  cambodia: 0x24493f,
  laos: 0x2a2f3a,
  border: 0xf5f1e6,
  flashpoint: 0xe69f00, // orange: contested sites on the border
  site: 0xdfe6f0, // pale: towns inside one country
  incident: 0xd55e00, // vermillion
  fighting: 0xd55e00,
  calm: 0x4a4a52, // the band's colour at zero intensity
  observers: 0x56b4e9, // sky blue
  demining: 0xf0e442, // yellow
  corridors: 0x009e73, // bluish green
  text: '#f5f1e6',
  mutedText: '#b8c4d6',
  legendBg: 0x0b1a2e,
} as const;

/** The font stack used on the canvas (the same as the DOM's). */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
