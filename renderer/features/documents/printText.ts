// Words printed ON the document (page marks, seal boxes). The documents are Chinese legal texts whatever
// the UI language, as the .docx renderer writes them (templates/render/docx.ts, forms.ts); these match it.

export const printText = {
  draftMark: '草稿 · 未签署',
  draftWatermark: '草稿',
  seal: '（盖章）',
  sealBox: '（盖章处）',
  colon: '：',
  fingerprint: '文本指纹（SHA-256）：',
  fingerprintShort: '文本指纹：',
  filingTitle: (authority: string) => `报送审查记录（受理机关：${authority}）`,
  filingSeal: '（受理机关盖章）',
  wetNote: '（纸面签字）',
} as const;

/** @page margin-box content: 第 X 页 共 Y 页 with CSS counters (Chromium ≥ 131 prints margin boxes). */
export const pageNumberContent = '"第 " counter(page) " 页 共 " counter(pages) " 页"';
