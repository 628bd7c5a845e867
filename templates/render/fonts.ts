// Fonts and sizes of the documents. Chinese text takes the East Asian slot of w:rFonts (eastAsia);
// Latin letters and digits take ascii/hAnsi. Sizes are in half-points, as docx wants them.
//
// Choice: 宋体 for body text and 黑体 for titles and headings, as in most Chinese contracts and in what
// WPS and Word on Chinese Windows have installed. 公文 (GB/T 9704) would set the body in 仿宋_GB2312
// 三号; agreements are not 公文, and 仿宋 is missing on many plant PCs, so it is not used.
// The names are the Chinese family names (宋体, 黑体), which Word and WPS resolve to SimSun and SimHei;
// LibreOffice substitutes an installed CJK font (see docs/templates.md for a fontconfig alias).
import type { IFontAttributesProperties } from 'docx';

const LATIN = 'Times New Roman';

export const bodyFont = { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: '宋体' } as const satisfies IFontAttributesProperties;
export const headingFont = { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: '黑体' } as const satisfies IFontAttributesProperties;

/** Chinese type sizes (字号) in half-points. */
export const fontSize = {
  /** 二号 22 pt: document title. */
  erhao: 44,
  /** 三号 16 pt: subtitle. */
  sanhao: 32,
  /** 四号 14 pt: chapter headings. */
  sihao: 28,
  /** 小四 12 pt: body text. */
  xiaosi: 24,
  /** 五号 10.5 pt: tables. */
  wuhao: 21,
  /** 小五 9 pt: header and footer. */
  xiaowu: 18,
} as const;

/** The draft mark's colour (red, as a stamp). */
export const draftColor = 'C00000';
