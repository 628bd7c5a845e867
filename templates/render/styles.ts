// Named styles of the .docx. Body text, table text and the 黑体 lead-ins are styles, and each run or
// paragraph names its style and says only how it differs, as Word's own files do. Why: the same look with
// a third of the markup per run (no rFonts/sz/szCs on every run), which is most of the render time of a
// long agreement (bench/docx.ts), and a user who restyles 正文 in Word changes every body paragraph.
import { AlignmentType, type IStylesOptions } from 'docx';
import { bodyFont, fontSize, headingFont } from './fonts';
import { bodyLineSpacing, firstLineIndent, spacing } from './pageSetup';

export const styleId = {
  /** 正文: 宋体 小四, justified, 1.5 lines, first line indented two characters. */
  body: 'WdBody',
  /** 表格文字: 宋体 五号, left, tighter lines. */
  table: 'WdTable',
  /** 黑体 run: article numbers, headings. */
  hei: 'WdHei',
} as const;

/** One immutable definition, built once per process and shared by every document. */
export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: bodyFont, size: fontSize.xiaosi, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: bodyLineSpacing } },
    },
  },
  paragraphStyles: [
    {
      id: styleId.body,
      name: '正文（协议）',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { line: bodyLineSpacing, after: spacing.paragraphAfter }, indent: { firstLine: firstLineIndent } },
    },
    {
      id: styleId.table,
      name: '表格文字（协议）',
      run: { size: fontSize.wuhao },
      paragraph: { alignment: AlignmentType.LEFT, spacing: { line: 300 } },
    },
  ],
  characterStyles: [{ id: styleId.hei, name: '黑体（协议）', run: { font: headingFont } }],
};
