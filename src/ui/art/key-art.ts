/**
 * The title screen's key art (1600×1000 units): early morning at a small exporter's workshop. The
 * exporter waves beside a loaded pallet, a truck takes the road down to the port, a crane loads a
 * container ship bound for a far city, and a cargo plane follows the dashed route overhead. The
 * subject stands in the right half, so a title panel can cover the left on wide screens.
 */
import type { Palette } from '../../world/palette';
import { box, cloud, container, hills, palletLoad, sun, tree } from '../../world/art/parts';
import { d, n, Svg } from '../../world/art/svg';
import { plane, ship, truck } from '../../world/art/vehicles';

export const KEY_ART = { width: 1600, height: 1000 } as const;

const HORIZON = 560;

/** A far city on the horizon, the route's destination. */
function farCity(s: Svg, x: number): void {
  const tone = s.p.outline ? s.p.metal : '#9fb9cf';
  for (let i = 0; i < 9; i++) {
    const bh = 26 + ((i * 37) % 5) * 12 + (i === 4 ? 30 : 0);
    s.rect(x + i * 26, HORIZON - bh, 22, bh + 2, tone, { strokeScale: 0.5, opacity: s.p.outline ? 1 : 0.8 });
  }
}

/** A quay crane with its boom over the water, standing at (x, y). */
function crane(s: Svg, x: number, y: number, k: number): void {
  const c = s.p.coral;
  s.rect(x - k * 0.32, y - k, k * 0.07, k, c);
  s.rect(x + k * 0.25, y - k, k * 0.07, k, c);
  s.rect(x - k * 0.36, y - k * 1.04, k * 0.72, k * 0.08, c);
  s.line(x - k * 0.3, y - k * 0.1, x + k * 0.28, y - k * 0.95, c, k * 0.035);
  s.rect(x - k * 1.1, y - k * 1.16, k * 1.6, k * 0.07, c);
  s.poly([x - k * 0.2, y - k * 1.09, x, y - k * 1.42, x + k * 0.2, y - k * 1.09], c);
  s.line(x, y - k * 1.4, x - k * 1.0, y - k * 1.16, s.p.ink, k * 0.015, { opacity: 0.7 });
  s.rect(x - k * 0.12, y - k * 1.02, k * 0.22, k * 0.12, s.p.paper);
  s.line(x - k * 0.75, y - k * 1.1, x - k * 0.75, y - k * 0.62, s.p.ink, k * 0.012);
  container(s, x - k * 0.9, y - k * 0.5, k * 0.3, k * 0.13, s.p.yellow);
}

/** A small workshop with an open roller door, an awning and a round sign. */
function workshop(s: Svg, x: number, y: number, k: number): void {
  s.rect(x, y - k * 0.62, k, k * 0.62, s.p.wall);
  s.rect(x, y - k * 0.62, k, k * 0.05, s.p.wallShade, { stroke: false });
  s.poly([x - k * 0.06, y - k * 0.6, x + k * 0.5, y - k * 0.95, x + k * 1.06, y - k * 0.6], s.p.coral);
  s.rect(x + k * 0.12, y - k * 0.4, k * 0.42, k * 0.4, '#6b5a4a');
  s.rect(x + k * 0.12, y - k * 0.4, k * 0.42, k * 0.07, s.p.metal, { strokeScale: 0.5 });
  box(s, x + k * 0.24, y, k * 0.16, k * 0.14);
  box(s, x + k * 0.42, y, k * 0.16, k * 0.16, '#cf9a5e');
  box(s, x + k * 0.33, y - k * 0.15, k * 0.15, k * 0.12, '#e0b57c');
  for (let i = 0; i < 6; i++) {
    s.path(d().M(x + k * (0.06 + i * 0.1), y - k * 0.52).H(x + k * (0.16 + i * 0.1)).V(y - k * 0.45).Q(x + k * (0.11 + i * 0.1), y - k * 0.41, x + k * (0.06 + i * 0.1), y - k * 0.45).Z().toString(), i % 2 ? s.p.paper : s.p.teal, { strokeScale: 0.4 });
  }
  s.rect(x + k * 0.64, y - k * 0.4, k * 0.26, k * 0.2, s.p.glass, { strokeScale: 0.6 });
  s.line(x + k * 0.77, y - k * 0.4, x + k * 0.77, y - k * 0.2, s.p.paper, k * 0.015);
  s.circle(x + k * 0.5, y - k * 0.72, k * 0.09, s.p.paper);
  s.circle(x + k * 0.5, y - k * 0.72, k * 0.06, s.p.teal, { stroke: false });
  s.ellipse(x + k * 0.5, y - k * 0.72, k * 0.02, k * 0.04, s.p.paper, { stroke: false, transform: `rotate(30 ${n(x + k * 0.5)} ${n(y - k * 0.72)})` });
}

/** The exporter: a cheerful figure in the world's style, waving, a tablet under the other arm; feet at (x, y). */
function exporter(s: Svg, x: number, y: number, height: number): void {
  const k = height / 200;
  const skin = '#b9805a';
  const ink = s.p.outline ?? '#2d2a32';
  s.group(() => {
    if (!s.p.outline) s.ellipse(60, 195, 42, 6, 'rgba(0,0,0,0.14)', { stroke: false });
    s.rect(43, 148, 13, 42, s.p.navy, { rx: 4 });
    s.rect(64, 148, 13, 42, s.p.navy, { rx: 4 });
    s.ellipse(48, 191, 11, 5.5, '#3b3b46');
    s.ellipse(73, 191, 11, 5.5, '#3b3b46');
    // The waving arm (behind the torso), the other holding a tablet.
    s.rect(84, 98, 14, 44, s.p.teal, { rx: 7, transform: 'rotate(-135 91 104)' });
    s.circle(122, 72, 7.5, skin);
    s.path(d().M(32, 154).V(112).Q(32, 98, 46, 97).H(74).Q(88, 98, 88, 112).V(154).Z().toString(), s.p.teal);
    s.poly([50, 98, 60, 110, 54, 114, 46, 102], '#ffffff', { strokeScale: 0.5 });
    s.poly([70, 98, 60, 110, 66, 114, 74, 102], '#ffffff', { strokeScale: 0.5 });
    s.strokePath(d().M(50, 100).L(60, 128).L(70, 100).toString(), s.p.coral, 2);
    s.rect(55, 126, 10, 13, s.p.yellow, { rx: 2, strokeScale: 0.5 });
    s.rect(18, 108, 26, 34, s.p.navy, { rx: 3, transform: 'rotate(-12 31 125)' });
    s.rect(21, 112, 20, 26, s.p.glass, { stroke: false, transform: 'rotate(-12 31 125)' });
    s.rect(22, 100, 14, 40, s.p.teal, { rx: 7, transform: 'rotate(-20 29 104)' });
    s.circle(40, 136, 6.5, skin);
    s.rect(53, 86, 14, 14, skin, { stroke: false });
    s.circle(26, 64, 6, skin);
    s.circle(94, 64, 6, skin);
    s.circle(60, 60, 34, skin);
    for (const ex of [48, 72]) s.strokePath(d().M(ex - 4, 64).Q(ex, 59, ex + 4, 64).toString(), ink, 2.4);
    if (!s.p.outline) for (const cx of [41, 79]) s.ellipse(cx, 73, 5, 3, '#ff8a80', { stroke: false, opacity: 0.4 });
    s.path(d().M(50, 74).Q(60, 88, 70, 74).Z().toString(), '#8c3b3b', { strokeScale: 0.6 });
    s.path(d().M(26, 56).Q(24, 22, 60, 22).Q(96, 22, 94, 56).Q(86, 38, 66, 38).Q(44, 42, 26, 56).Z().toString(), '#2b2220');
  }, { transform: `translate(${n(x - 60 * k)} ${n(y - 200 * k)}) scale(${Math.round(k * 1000) / 1000})` });
}

/** Draws the key art as an SVG document (KEY_ART units; scale it with CSS). */
export function drawKeyArt(p: Palette): string {
  const s = new Svg(KEY_ART.width, KEY_ART.height, p, 14);
  const warm = p.outline ? p.skyBottom : '#ffe2b8';
  s.rect(0, 0, s.w, HORIZON + 20, s.gradient([[0, p.skyTop], [0.55, p.outline ? p.skyBottom : '#cfe9f2'], [1, warm]]), { stroke: false });
  sun(s, 640, HORIZON - 40, 64);
  cloud(s, 260, 170, 90);
  cloud(s, 980, 110, 70, 0.9);
  cloud(s, 1420, 200, 100);
  farCity(s, 120);
  hills(s, HORIZON - 10, 14, 3, 1.2, p.hillFar, HORIZON + 40);

  // The sea, with the morning sun's reflection.
  s.rect(0, HORIZON, s.w, s.h - HORIZON, s.gradient([[0, p.water], [1, p.waterDeep]]), { stroke: false });
  for (let i = 0; i < 6; i++) s.line(600 - i * 14, HORIZON + 20 + i * 22, 680 + i * 14, HORIZON + 20 + i * 22, p.outline ? p.foam : '#ffe9b0', 5, { opacity: 0.7 - i * 0.08 });
  for (const [x, y] of [[120, 700], [330, 820], [200, 930], [520, 880]] as const) s.line(x, y, x + 60, y, p.foam, 4, { opacity: 0.6 });

  // The route: from the workshop, over the sea, to the far city; the cargo plane flies it.
  const route = d().M(1410, 430).Q(820, -80, 230, 500).toString();
  s.strokePath(route, p.paper, 12, { opacity: p.outline ? 1 : 0.7 });
  s.strokePath(route, p.ink, 4, { dash: 18, opacity: 0.65 });
  s.group(() => plane(s, 0, 0, 300), { transform: 'translate(760 210) scale(-1 1) rotate(-2)' });
  s.path(d().M(236, 500).Q(206, 460, 206, 440).A(30, 1, 266, 440).Q(266, 460, 236, 500).Z().toString(), p.teal);
  s.circle(236, 440, 11, p.paper, { stroke: false });

  // The land: a shore with the port, hills behind the workshop.
  s.path(d().M(800, s.h).L(840, 640).Q(900, 600, 1020, 590).Q(1220, 520, 1600, 500).V(s.h).Z().toString(), p.hillNear);
  s.path(d().M(900, s.h).L(930, 700).Q(1050, 660, 1600, 650).V(s.h).Z().toString(), p.grass);
  s.rect(780, 636, 330, 30, p.concrete, { rx: 6 });
  s.rect(780, 661, 330, 12, p.metalDark, { stroke: false, opacity: 0.5 });
  for (const [i, c] of [p.blue, p.coral, p.teal, p.yellow].entries()) container(s, 930 + (i % 2) * 86, 638 - Math.floor(i / 2) * 36, 84, 36, c);
  s.group(() => ship(s, 0, 0, 440), { transform: 'translate(560 716) scale(-1 1)' });
  crane(s, 880, 638, 230);

  // The road from the workshop down to the port, a truck on its way.
  const road = d().M(1390, 650).Q(1250, 712, 1100, 660).toString();
  s.strokePath(road, p.road, 44);
  s.strokePath(road, p.roadLine, 5, { dash: 22 });
  s.group(() => truck(s, 0, 0, 200), { transform: 'translate(1190 700) scale(-1 1)' });

  tree(s, 1240, 560, 110);
  tree(s, 1590, 560, 130, '#4f9a4f');
  workshop(s, 1250, 630, 330);

  // The foreground: the exporter beside a pallet ready to go.
  s.path(d().M(1000, s.h).Q(1100, 830, 1600, 800).V(s.h).Z().toString(), p.outline ? p.grass : '#86c56c');
  palletLoad(s, 1500, 950, 210);
  exporter(s, 1310, 975, 360);
  return s.toString();
}
