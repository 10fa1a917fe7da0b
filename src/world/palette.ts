/**
 * The world's colours: one friendly flat palette and a high-contrast variant (bold fills, dark outlines).
 * Every illustration takes its colours from here, so the whole world stays consistent.
 */

/** Named colours (CSS hex) and the outline rule of a palette. */
export interface Palette {
  name: 'friendly' | 'high-contrast';
  skyTop: string; skyBottom: string; sun: string; cloud: string;
  hillFar: string; hillNear: string; grass: string; field: string; soil: string;
  road: string; roadLine: string; water: string; waterDeep: string; foam: string;
  wall: string; wallShade: string; floor: string; floorShade: string; skirting: string;
  wood: string; woodDark: string; metal: string; metalDark: string; glass: string; concrete: string;
  paper: string; ink: string; shadow: string;
  coral: string; teal: string; yellow: string; navy: string; purple: string; green: string; orange: string; blue: string; red: string;
  /** Outline colour, or null for the flat style without outlines. */
  outline: string | null;
}

/** The default friendly palette: soft sky, warm walls, saturated but gentle accents. */
export const FRIENDLY: Palette = {
  name: 'friendly',
  skyTop: '#7cc6ec', skyBottom: '#dff3fb', sun: '#ffd56b', cloud: '#ffffff',
  hillFar: '#a8d8b0', hillNear: '#7fc38a', grass: '#8fcf72', field: '#c9e27a', soil: '#b7875a',
  road: '#6b7380', roadLine: '#f4f1e8', water: '#4fa9d6', waterDeep: '#2f7fb3', foam: '#e6f6ff',
  wall: '#f6ead8', wallShade: '#ead8bf', floor: '#d7b48e', floorShade: '#c49c74', skirting: '#b98a62',
  wood: '#c98d5b', woodDark: '#9c6640', metal: '#b9c4cf', metalDark: '#7f8d9c', glass: '#bfe6f7', concrete: '#d9d6cf',
  paper: '#ffffff', ink: '#2d3a4a', shadow: 'rgba(45,58,74,0.16)',
  coral: '#f47c6b', teal: '#2fb3a3', yellow: '#ffc94d', navy: '#2f4b6e', purple: '#8f7cc4', green: '#5db35b', orange: '#f39a45', blue: '#4c8fd6', red: '#e05a4f',
  outline: null,
};

/** High contrast: light, plain backgrounds; strong, distinct fills; every shape outlined in near-black. */
export const HIGH_CONTRAST: Palette = {
  name: 'high-contrast',
  skyTop: '#ffffff', skyBottom: '#ffffff', sun: '#ffd000', cloud: '#ffffff',
  hillFar: '#d8f0d0', hillNear: '#9fdc8a', grass: '#7ed35a', field: '#e4f27a', soil: '#a0622a',
  road: '#3a3a3a', roadLine: '#ffffff', water: '#6ec6ff', waterDeep: '#0058b0', foam: '#ffffff',
  wall: '#ffffff', wallShade: '#f0f0f0', floor: '#f3d9b0', floorShade: '#e0b884', skirting: '#000000',
  wood: '#d98a3a', woodDark: '#7a4310', metal: '#d0d8e0', metalDark: '#50606e', glass: '#d6f2ff', concrete: '#e8e8e8',
  paper: '#ffffff', ink: '#000000', shadow: 'rgba(0,0,0,0)',
  coral: '#ff5a40', teal: '#00a89a', yellow: '#ffd000', navy: '#003a80', purple: '#7a3fd0', green: '#1f9a2a', orange: '#ff8a00', blue: '#0a6ee0', red: '#d0001c',
  outline: '#111111',
};

/** The palette for a view. */
export function paletteFor(highContrast: boolean): Palette {
  return highContrast ? HIGH_CONTRAST : FRIENDLY;
}

/** A "#rrggbb" colour as the number Phaser's Graphics expects. */
export function hexToInt(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  return m ? parseInt(m[1] as string, 16) : 0;
}
