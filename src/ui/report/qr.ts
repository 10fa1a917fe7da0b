/**
 * The result code as a QR code, so a trainer can scan players' codes into
 * the debrief page. qrcode draws the SVG; we read only its viewBox and path
 * data (checked against a strict pattern) into elements we create ourselves,
 * so no markup is ever parsed. Loaded as its own lazy chunk by the report.
 */
import QRCode from 'qrcode';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The square size and the dark modules' path of a QR code SVG from qrcode; null when it does not look like one. */
export function qrShape(svg: string): { viewBox: string; path: string } | null {
  const viewBox = /viewBox="(0 0 \d{1,4} \d{1,4})"/.exec(svg)?.[1];
  const path = /<path [^>]*stroke="[^"]*"[^>]*\sd="([MmHhVvZz0-9 .]{1,200000})"/.exec(svg)?.[1];
  return viewBox && path ? { viewBox, path } : null;
}

/** The QR code SVG (as qrcode writes it) for a text: error correction M, a 2-module quiet zone. */
export function qrSvgText(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * An <svg role="img"> of the QR code of `text`, labelled `label`; dark modules on white
 * (scanners need the contrast in every theme). Null when the text does not fit a QR code.
 */
export async function renderQr(text: string, label: string): Promise<SVGSVGElement | null> {
  let shape: ReturnType<typeof qrShape>;
  try {
    shape = qrShape(await qrSvgText(text));
  } catch {
    return null; // too long for a QR code: the code text stays on screen
  }
  if (!shape) return null;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', shape.viewBox);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'rp-qr__image');
  const size = shape.viewBox.split(' ')[2] ?? '0';
  const background = document.createElementNS(SVG_NS, 'path');
  background.setAttribute('fill', '#ffffff');
  background.setAttribute('d', `M0 0h${size}v${size}H0z`);
  const modules = document.createElementNS(SVG_NS, 'path');
  modules.setAttribute('stroke', '#000000');
  modules.setAttribute('d', shape.path);
  svg.append(background, modules);
  return svg;
}
