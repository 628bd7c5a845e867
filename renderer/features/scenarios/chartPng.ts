// A chart as a PNG: the chart's SVG is serialised, drawn as an image onto a canvas at twice its size
// (sharp when printed), with the chart's title above and its legend below drawn on the canvas too (the
// legend is HTML on screen, not part of the SVG). Everything stays in the page: blob: URLs only.

export interface PngLegendItem {
  readonly label: string;
  readonly color: string;
  readonly kind: 'bar' | 'marker' | 'line' | 'dashed';
}

const SCALE = 2;
const PAD = 16;
const TITLE_SIZE = 20;
const LEGEND_SIZE = 15;
const LEGEND_ROW = 26;

function imageLoad(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart image could not be drawn'));
    image.src = url;
  });
}

function legendRows(ctx: CanvasRenderingContext2D, legend: readonly PngLegendItem[], width: number): PngLegendItem[][] {
  const rows: PngLegendItem[][] = [[]];
  let x = 0;
  for (const item of legend) {
    const w = 34 + ctx.measureText(item.label).width + 20;
    if (x + w > width && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push(item);
    x += w;
  }
  return rows;
}

function swatchDraw(ctx: CanvasRenderingContext2D, item: PngLegendItem, x: number, y: number): void {
  ctx.save();
  if (item.kind === 'bar' || item.kind === 'marker') {
    ctx.fillStyle = item.color;
    const height = item.kind === 'bar' ? 14 : 7;
    ctx.fillRect(x, y - height / 2, 24, height);
  } else {
    ctx.strokeStyle = item.color;
    ctx.lineWidth = 3;
    ctx.setLineDash(item.kind === 'dashed' ? [6, 4] : []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 24, y);
    ctx.stroke();
  }
  ctx.restore();
}

/** PNG bytes of `svg` with `title` above and `legend` below, in `fontFamily`. */
export async function chartPngBytes(svg: SVGSVGElement, title: string, legend: readonly PngLegendItem[], fontFamily: string): Promise<Uint8Array<ArrayBuffer>> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Outside the page no stylesheet applies: the text needs its font named on the SVG itself.
  clone.setAttribute('style', `font-family: ${fontFamily}; background: #ffffff`);
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await imageLoad(url);
    const canvas = document.createElement('canvas');
    const measure = canvas.getContext('2d');
    if (!measure) throw new Error('no 2D canvas');
    measure.font = `${LEGEND_SIZE}px ${fontFamily}`;
    const rows = legendRows(measure, legend, width);
    const titleHeight = TITLE_SIZE + PAD * 2;
    const legendHeight = rows.length * LEGEND_ROW + PAD;
    const fullWidth = width + PAD * 2;
    const fullHeight = titleHeight + height + legendHeight;
    canvas.width = Math.round(fullWidth * SCALE);
    canvas.height = Math.round(fullHeight * SCALE);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(SCALE, SCALE);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, fullWidth, fullHeight);
    ctx.fillStyle = '#1f2328';
    ctx.font = `bold ${TITLE_SIZE}px ${fontFamily}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(title, PAD, PAD + TITLE_SIZE / 2);
    ctx.drawImage(image, PAD, titleHeight, width, height);
    ctx.font = `${LEGEND_SIZE}px ${fontFamily}`;
    rows.forEach((row, r) => {
      let x = PAD;
      const y = titleHeight + height + PAD / 2 + r * LEGEND_ROW + LEGEND_ROW / 2;
      for (const item of row) {
        swatchDraw(ctx, item, x, y);
        ctx.fillStyle = '#1f2328';
        ctx.fillText(item.label, x + 32, y);
        x += 34 + ctx.measureText(item.label).width + 20;
      }
    });
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
