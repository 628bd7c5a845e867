// The QR code of a signed text's fingerprint as a PNG, for the .docx footer (the print view draws the same
// code with the qrcode package's canvas renderer). qrcode computes the modules; the PNG is written here —
// 8-bit greyscale, one filter byte per row, zlib-compressed with fflate — so it works in Node and the
// browser alike, with no canvas.
import { zlibSync } from 'fflate';
import { create } from 'qrcode';
import { crc32 } from '../../shared/bundle/bytes';

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A PNG of `text`'s QR code (error correction M), `scale` pixels a module, a quiet zone of `margin` modules. */
export function qrPng(text: string, scale = 4, margin = 4): Uint8Array<ArrayBuffer> {
  const modules = create(text, { errorCorrectionLevel: 'M' }).modules;
  const side = (modules.size + 2 * margin) * scale;
  const raw = new Uint8Array(side * (side + 1)).fill(255);
  for (let y = 0; y < side; y++) {
    raw[y * (side + 1)] = 0; // filter type: none
    const my = Math.floor(y / scale) - margin;
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - margin;
      const dark = my >= 0 && mx >= 0 && my < modules.size && mx < modules.size && modules.get(my, mx);
      if (dark) raw[y * (side + 1) + 1 + x] = 0;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, side);
  view.setUint32(4, side);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter method, no interlace
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
