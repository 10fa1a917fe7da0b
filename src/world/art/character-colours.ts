/** The colours of a character: skin tones, hair colours and clothing colours, readable in both palettes. */
import type { Palette } from '../palette';
import type { FullLook } from '../looks';

export const SKIN: Record<FullLook['skin'], string> = {
  porcelain: '#f8dcc8', light: '#f0c4a0', medium: '#d9a27a', tan: '#c0865c', brown: '#95603d', deep: '#5f3b26',
};

export const HAIR: Record<FullLook['hairColour'], string> = {
  black: '#221b1d', 'dark-brown': '#432c21', brown: '#74492f', auburn: '#93391f', red: '#c0542b', blonde: '#e3bc62', grey: '#a5a5ad', white: '#ecebe8',
};

/** The main clothing colour. */
export function outfitColour(look: FullLook, p: Palette): string {
  switch (look.colour) {
    case 'navy': return p.navy;
    case 'teal': return p.teal;
    case 'coral': return p.coral;
    case 'mustard': return p.outline ? '#e0a800' : '#d9a53a';
    case 'green': return p.green;
    case 'purple': return p.purple;
    case 'grey': return p.outline ? '#8a939e' : '#7d8794';
    case 'burgundy': return '#8e2f45';
    case 'sky': return p.outline ? '#6ec6ff' : '#74b7e3';
    case 'orange': return p.orange;
    case 'white': return '#f4f3ef';
    case 'black': return '#2e2f36';
  }
}

/** A second colour that goes with the main one (patterns, trims, trousers). */
export function accentColour(look: FullLook, p: Palette): string {
  switch (look.colour) {
    case 'navy': case 'black': case 'grey': return p.yellow;
    case 'teal': case 'green': case 'sky': return p.orange;
    case 'coral': case 'orange': case 'burgundy': return p.teal;
    case 'mustard': return p.purple;
    case 'purple': return p.yellow;
    case 'white': return p.blue;
  }
}

/** Darkens a #rrggbb colour by a share (0–1). */
export function shade(hex: string, amount: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return hex;
  const v = parseInt(m[1] as string, 16);
  const f = (c: number) => Math.max(0, Math.min(255, Math.round(c * (1 - amount))));
  const r = f(v >> 16);
  const g = f((v >> 8) & 255);
  const b = f(v & 255);
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}
