/** The report's QR code: the shape read from qrcode's SVG is exactly the QR code's modules, and nothing else gets through. */
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrShape, qrSvgText } from '../../src/ui/report/qr';

/** Replays the path's M/m/h commands into a set of dark cells (x,y). */
function cellsOf(path: string): Set<string> {
  const cells = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const n = Number(a);
    if (cmd === 'M') { x = n; y = Number(b) - 0.5; }
    else if (cmd === 'm') { x += n; }
    else { for (let i = 0; i < n; i++) cells.add(`${x + i},${y}`); x += n; }
  }
  return cells;
}

describe('qrShape', () => {
  const code = 'TG1.coffee.1.0.0.1a2b.0123012.k3';

  it('reads the viewBox and the dark modules of the QR code of a result code', async () => {
    const shape = qrShape(await qrSvgText(code));
    expect(shape).not.toBeNull();
    const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
    const size = qr.modules.size;
    expect(shape?.viewBox).toBe(`0 0 ${size + 4} ${size + 4}`);
    const expected = new Set<string>();
    for (let i = 0; i < size * size; i++) if (qr.modules.data[i]) expected.add(`${(i % size) + 2},${Math.floor(i / size) + 2}`);
    expect(cellsOf(shape?.path ?? '')).toEqual(expected);
  });

  it('refuses anything but path commands and numbers', () => {
    expect(qrShape('<svg viewBox="0 0 33 33"><path stroke="#000" d="M2 2.5h7"/></svg>')).toEqual({ viewBox: '0 0 33 33', path: 'M2 2.5h7' });
    expect(qrShape('<svg viewBox="0 0 33 33"><path stroke="#000" d="M2 2.5h7&quot;/><script>"/></svg>')).toBeNull();
    expect(qrShape('<svg viewBox="0 0 33 33 onload=x"><path stroke="#000" d="M2 2.5h7"/></svg>')).toBeNull();
    expect(qrShape('not an svg')).toBeNull();
  });
});
