// A real-looking drawn signature for tests: pen strokes (dark blue, round, on a transparent background,
// as signature_pad draws them) in an RGBA PNG the size of the signature pad, encoded here with fflate's
// zlib so the tests need no image library.
import { zlibSync } from 'fflate';
import { bytesConcat, crc32 } from '../../shared/bundle/bytes';

type Point = readonly [number, number];

/** Handwriting-like strokes: a run of cursive loops (a prolate cycloid) rising and falling, an underline flourish and a dot; `seed` varies them. */
function strokes(width: number, height: number, seed: number): Point[][] {
  const loops: Point[] = [];
  const turns = (6 + (seed % 3)) * 2 * Math.PI;
  const step = (width * 0.7) / turns;
  for (let u = 0; u <= turns; u += 0.02) {
    const swell = 1 + 0.35 * Math.sin(u / 3 + seed);
    const x = width * 0.08 + step * u - width * 0.035 * Math.sin(u);
    const y = height * (0.5 - 0.12 * Math.sin((u / turns) * Math.PI)) - height * 0.2 * swell * Math.cos(u);
    loops.push([x, y]);
  }
  const flourish: Point[] = [];
  for (let t = 0; t <= 1; t += 0.004) flourish.push([width * (0.12 + 0.78 * t), height * (0.84 - 0.12 * t) + Math.sin(t * Math.PI * 2) * height * 0.03]);
  const dot: Point[] = [
    [width * (0.86 + 0.01 * seed), height * 0.2],
    [width * (0.865 + 0.01 * seed), height * 0.22],
  ];
  return [loops, flourish, dot];
}

/** RGBA pixels with the strokes drawn as round pen marks `pen` pixels wide. */
function draw(width: number, height: number, seed: number, pen: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  const r = pen / 2;
  const dab = (cx: number, cy: number) => {
    for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(height - 1, Math.ceil(cy + r)); y++) {
      for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(width - 1, Math.ceil(cx + r)); x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
        pixels.set([0x1a, 0x1a, 0x80, 0xff], (y * width + x) * 4);
      }
    }
  };
  for (const line of strokes(width, height, seed)) {
    for (let i = 1; i < line.length; i++) {
      const [[x0, y0], [x1, y1]] = [line[i - 1]!, line[i]!];
      const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
      for (let s = 0; s <= steps; s++) dab(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A PNG of a drawn signature, `width` × `height` (default: the signature pad's box, 480 × 144). */
export function signaturePng(options: { width?: number; height?: number; seed?: number } = {}): Uint8Array {
  const { width = 480, height = 144, seed = 0 } = options;
  const pixels = draw(width, height, seed, 3);
  // Each row: filter type 0 (none), then its pixels.
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array(0))];
  return bytesConcat(...parts);
}

/** The PNG as the signature pad reports it: a data URL. */
export function signatureDataUrl(options: Parameters<typeof signaturePng>[0] = {}): string {
  return `data:image/png;base64,${Buffer.from(signaturePng(options)).toString('base64')}`;
}
