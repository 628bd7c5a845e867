// A4 page, margins, line spacing. Measures are in twips (1/20 pt; 1 cm ≈ 567 twips).
//
// Choice: the margins of GB/T 9704-2012 (党政机关公文格式): top 37 mm, bottom 35 mm, left 28 mm,
// right 26 mm, text block 156 × 225 mm. Agreements go to the labour administration and are bound on the
// left, and the federation files them next to 公文; Word's default (2.54 / 3.17 cm) leaves a narrower block.
// Body: 小四 with 1.5 line spacing, which fits about 30 lines a page and leaves room for handwriting.

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number) => Math.round(n * TWIPS_PER_MM);

export const pageSize = { width: 11906, height: 16838 } as const;

export const pageMargin = {
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  header: mm(15),
  footer: mm(18),
} as const;

/** Width of the text block: where tables are laid out. */
export const textWidth = pageSize.width - pageMargin.left - pageMargin.right;
/** Height of the text block: no table row taller than this can stay in one piece. */
export const textHeight = pageSize.height - pageMargin.top - pageMargin.bottom;

/** 1.5 lines (240 = single). */
export const bodyLineSpacing = 360;

/** First-line indent of two 小四 characters (2 × 12 pt). */
export const firstLineIndent = 2 * 12 * 20;

/** Space after a paragraph and around headings, in twips. */
export const spacing = { paragraphAfter: 0, headingBefore: 240, headingAfter: 120, titleAfter: 240 } as const;
