// Text of the enterprise's own key fingerprint (OwnKeyFingerprint.tsx), Chinese first. Its own group: the
// enterprise screen shows it without loading the documents area's text.
export const ownKeyZh = {
  title: '本企业报送包签名密钥',
  fingerprint: '密钥指纹：',
  purpose: '报送包都用这把密钥签名。总工会首次收到本企业的报送包时会记下它；总工会来电或来函核对时，请逐组读出或寄送这串指纹（电话或纸面核对），对得上才说明报送包确实来自本企业。',
  none: '本企业还没有签名密钥：第一次导出报送包时自动生成，之后在这里显示它的指纹。',
  copy: '复制指纹',
  copied: '已复制企业名称、信用代码和密钥指纹。',
  copyFailed: '无法复制到剪贴板，请手工抄写指纹。',
  print: '打印指纹（纸面核对）',
  printTitle: '报送包签名密钥指纹（供总工会核对）',
  enterprise: '企业名称：',
  creditCode: '统一社会信用代码：',
};

export const ownKeyEn: typeof ownKeyZh = {
  title: 'This enterprise\'s bundle signing key',
  fingerprint: 'Key fingerprint: ',
  purpose: 'Every bundle is signed with this key. The federation records it on this enterprise\'s first bundle; when the federation phones or writes to compare, read out or send this fingerprint group by group (by phone or on paper): only a match shows the bundle really came from this enterprise.',
  none: 'This enterprise has no signing key yet: it is made on the first bundle export, and its fingerprint shows here after that.',
  copy: 'Copy fingerprint',
  copied: 'Copied the enterprise name, credit code and key fingerprint.',
  copyFailed: 'Could not copy to the clipboard; copy the fingerprint by hand.',
  print: 'Print fingerprint (for paper)',
  printTitle: 'Bundle signing key fingerprint (for the federation to compare)',
  enterprise: 'Enterprise: ',
  creditCode: 'Unified social credit code: ',
};
