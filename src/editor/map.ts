/**
 * The story map on screen: an SVG of the edges under a layer of real buttons, one per node, in a
 * scrolling area (pan by scrolling or dragging, zoom with the buttons). Each button is in the tab
 * order; Enter or a click selects it.
 */
import { h, replaceChildren } from '../ui/dom';
import type { MapLayout } from './layout';

const SVG = 'http://www.w3.org/2000/svg';

export interface MapInput {
  readonly layout: MapLayout;
  readonly selected: string | null;
  readonly zoom: number;
  /** Keys of nodes with an error or a warning. */
  readonly flagged: ReadonlyMap<string, 'error' | 'warning'>;
  t(key: string, options?: Record<string, unknown>): string;
  onSelect(key: string): void;
}

/** Draws the map into its scrolling container. */
export function renderMap(scroller: HTMLElement, input: MapInput): void {
  const { layout, zoom, t } = input;
  const plane = h('div', { class: 'map-plane' });
  plane.style.width = `${layout.width * zoom}px`;
  plane.style.height = `${layout.height * zoom}px`;
  const inner = h('div', { class: 'map-inner' });
  inner.style.width = `${layout.width}px`;
  inner.style.height = `${layout.height}px`;
  inner.style.transform = `scale(${zoom})`;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(layout.width));
  svg.setAttribute('height', String(layout.height));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'map-edges');
  const defs = document.createElementNS(SVG, 'defs');
  for (const style of ['step', 'later']) {
    const marker = document.createElementNS(SVG, 'marker');
    marker.setAttribute('id', `editor-arrow-${style}`);
    marker.setAttribute('viewBox', '0 0 10 10');
    marker.setAttribute('refX', '9');
    marker.setAttribute('refY', '5');
    marker.setAttribute('markerWidth', '7');
    marker.setAttribute('markerHeight', '7');
    marker.setAttribute('orient', 'auto-start-reverse');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', 'M0,0 L10,5 L0,10 z');
    path.setAttribute('class', `arrow-${style}`);
    marker.append(path);
    defs.append(marker);
  }
  svg.append(defs);
  for (const e of layout.edges) {
    if (e.points.length < 2) continue;
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', e.points.map((p) => `${p.x},${p.y}`).join(' '));
    line.setAttribute('class', `edge edge-${e.style}`);
    line.setAttribute('marker-end', `url(#editor-arrow-${e.style})`);
    svg.append(line);
  }
  inner.append(svg);
  for (const b of layout.boxes) {
    const flag = input.flagged.get(b.key);
    const kindName = b.kind === 'ending' ? t('editor:kind.endingOf', { kind: t(`editor:ending.${b.ending ?? 'other'}`) }) : t(`editor:kind.${b.kind}`);
    const sep = () => h('span', { class: 'visually-hidden' }, ', ');
    const button = h('button', {
      type: 'button',
      class: `map-node kind-${b.kind}${b.ending ? ` ending-${b.ending}` : ''}${flag ? ` has-${flag}` : ''}`,
      'data-key': b.key,
      'aria-pressed': b.key === input.selected ? 'true' : 'false',
      onclick: () => input.onSelect(b.key),
    },
    h('span', { class: 'map-node-kind' }, kindName), sep(), h('span', { class: 'map-node-id' }, b.id),
    b.label ? sep() : null, b.label ? h('span', { class: 'map-node-label' }, b.label) : null,
    flag ? h('span', { class: 'visually-hidden' }, `, ${t(`editor:diag.${flag}`)}`) : null);
    button.style.left = `${b.x}px`;
    button.style.top = `${b.y}px`;
    button.style.width = `${b.width}px`;
    button.style.height = `${b.height}px`;
    inner.append(button);
  }
  plane.append(inner);
  replaceChildren(scroller, plane);
}

/** Drag to pan the scrolling map with a pointer (clicks on node buttons still select). */
export function enableDragPan(scroller: HTMLElement): void {
  let start: { x: number; y: number; left: number; top: number } | null = null;
  scroller.addEventListener('pointerdown', (e) => {
    if ((e.target as Element).closest('button') || e.button !== 0) return;
    start = { x: e.clientX, y: e.clientY, left: scroller.scrollLeft, top: scroller.scrollTop };
    scroller.setPointerCapture(e.pointerId);
  });
  scroller.addEventListener('pointermove', (e) => {
    if (!start) return;
    scroller.scrollLeft = start.left - (e.clientX - start.x);
    scroller.scrollTop = start.top - (e.clientY - start.y);
  });
  const stop = () => { start = null; };
  scroller.addEventListener('pointerup', stop);
  scroller.addEventListener('pointercancel', stop);
}

const DIRECTIONS: Record<string, readonly [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

/** Arrow keys move the focus from a node to the nearest node in that direction (mirrored right to left). */
export function enableArrowKeys(scroller: HTMLElement): void {
  scroller.addEventListener('keydown', (e) => {
    const dir = DIRECTIONS[e.key];
    const from = (e.target as Element).closest<HTMLElement>('.map-node');
    if (!dir || !from || e.altKey || e.ctrlKey || e.metaKey) return;
    const rtl = getComputedStyle(scroller).direction === 'rtl' ? -1 : 1;
    const [dx, dy] = [dir[0] * rtl, dir[1]];
    const centre = (el: HTMLElement) => ({ x: el.offsetLeft + el.offsetWidth / 2, y: el.offsetTop + el.offsetHeight / 2 });
    const a = centre(from);
    let best: HTMLElement | null = null;
    let bestScore = Infinity;
    for (const el of scroller.querySelectorAll<HTMLElement>('.map-node')) {
      if (el === from) continue;
      const b = centre(el);
      const along = (b.x - a.x) * dx + (b.y - a.y) * dy;
      if (along <= 0) continue;
      const across = Math.abs((b.x - a.x) * dy) + Math.abs((b.y - a.y) * dx);
      const score = along + 2 * across;
      if (score < bestScore) { bestScore = score; best = el; }
    }
    if (best) {
      e.preventDefault();
      best.focus();
      best.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  });
}
