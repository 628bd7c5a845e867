// The trust model's text (docs/bundle-format.md, "Trust"), merged into the federation group: witness
// standing in the registry, bundles held for a key decision, and the trusted federations card.
import type { MessagesShape } from '../../i18n/featureMessages';

export const trustZh = {
  trust: {
    ours: '本会见证',
    trustedFederation: '受信任的总工会见证',
    unknownKey: '未知密钥签名（不算见证）',
    invalid: '签名无效',
    bundle: {
      pinNew: '企业签名密钥：首次报送，导入时记下此密钥（指纹 {{short}}）。以后只认这把密钥。',
      pinned: '企业签名密钥：与已记下的密钥一致。',
      unsigned: '这个报送包没有企业签名（旧版软件导出）。',
      held: '待您决定',
      otherKey: '这个报送包的签名密钥（指纹 {{short}}）不是该企业已记下的密钥（指纹 {{pinned}}）。可能是他人冒名，也可能是企业换了电脑。请先打电话向企业核对指纹。',
      firstKey: '该企业已在登记簿中，但以前的报送包没有签名；这是第一次带签名（指纹 {{short}}）。请先打电话向企业核对指纹。',
      heldUnsigned: '该企业以前的报送包有签名（指纹 {{pinned}}），这个却没有签名，可能是他人伪造。',
      refusedKey: '这个报送包的签名密钥（指纹 {{short}}）以前已被拒绝，不导入。',
      accept: '接受并导入',
      refuse: '拒绝',
      acceptedNote: '已选择接受：导入时改记这把密钥。',
      refusedNote: '已选择拒绝：不导入，并记下这个决定。',
      undecided: '有报送包待您决定（接受或拒绝）后才能导入。',
    },
    keys: {
      title: '受信任的总工会',
      intro: '只有本会和这里列出的总工会的见证签名才算“见证”。添加前请通过电话或纸面与对方逐组核对指纹。',
      paste: '对方的公钥（粘贴公钥文件内容，或 64 位十六进制）',
      name: '对方名称（公钥文件中已有时可不填）',
      pick: '从文件读取…',
      fileLabel: '选择公钥文件',
      add: '添加',
      added: '已信任“{{name}}”的密钥。',
      none: '还没有受信任的总工会。',
      fingerprint: '指纹',
      remove: '删除',
      removeFor: '删除：{{name}}',
      removed: '已不再信任“{{name}}”的密钥。',
      enterprisePins: '已记下 {{count}} 家企业的签名密钥。',
    },
  },
  import: {
    changes: {
      versionDropsWitness: '注意：“{{title}}”第 {{version}} 版没有见证签名，而被它取代的第 {{supersedes}} 版有见证签名。',
    },
  },
  errors: {
    'trust.keyInvalid': '这不是公钥：请粘贴对方的公钥文件内容，或 64 位十六进制公钥。',
    'trust.fingerprintMismatch': '公钥文件中的指纹与公钥不符，文件可能被改动过。',
    'trust.ownKey': '这是本会自己的密钥，无需添加。',
    'trust.exists': '这把密钥已经在受信任的名单中。',
    'trust.unknown': '没有找到这把密钥。',
    'bundle.enterpriseSignatureInvalid': '报送包的企业签名无法验证：文件内容在签名后被改动过。',
  },
};

export const trustEn: MessagesShape<typeof trustZh> = {
  trust: {
    ours: 'Witnessed by us',
    trustedFederation: 'Witnessed by a trusted federation',
    unknownKey: 'Signature by an unknown key (not a witness)',
    invalid: 'Invalid signature',
    bundle: {
      pinNew: 'Enterprise signing key: first bundle, this key is recorded on import (fingerprint {{short}}). Only this key counts from now on.',
      pinned: 'Enterprise signing key: matches the recorded key.',
      unsigned: 'This bundle carries no enterprise signature (made by an older version).',
      held: 'Waiting for your decision',
      otherKey: 'This bundle is signed by a key (fingerprint {{short}}) that is not the one recorded for this enterprise (fingerprint {{pinned}}). It may be forged, or the enterprise may have changed computers. Compare the fingerprint with the enterprise by phone first.',
      firstKey: 'This enterprise is already in the registry, but its earlier bundles were unsigned; this is the first signed one (fingerprint {{short}}). Compare the fingerprint with the enterprise by phone first.',
      heldUnsigned: 'This enterprise’s earlier bundles were signed (fingerprint {{pinned}}), this one is not: it may be forged.',
      refusedKey: 'This bundle’s signing key (fingerprint {{short}}) was refused before; it is not imported.',
      accept: 'Accept and import',
      refuse: 'Refuse',
      acceptedNote: 'Accepted: this key will be recorded instead on import.',
      refusedNote: 'Refused: not imported, and the decision is kept.',
      undecided: 'Some bundles wait for your decision (accept or refuse) before the import.',
    },
    keys: {
      title: 'Trusted federations',
      intro: 'Only witness signatures by us and by the federations listed here count as witnessed. Compare the fingerprint group by group by phone or on paper before adding one.',
      paste: 'Their public key (the key file’s text, or 64 hex digits)',
      name: 'Their name (optional when the key file has one)',
      pick: 'Read from a file…',
      fileLabel: 'Choose a public-key file',
      add: 'Add',
      added: 'The key of “{{name}}” is now trusted.',
      none: 'No trusted federations yet.',
      fingerprint: 'Fingerprint',
      remove: 'Remove',
      removeFor: 'Remove: {{name}}',
      removed: 'The key of “{{name}}” is no longer trusted.',
      enterprisePins: 'Signing keys recorded for {{count}} enterprises.',
    },
  },
  import: {
    changes: {
      versionDropsWitness: 'Note: “{{title}}” version {{version}} has no witness signature, while version {{supersedes}}, which it replaces, has one.',
    },
  },
  errors: {
    'trust.keyInvalid': 'This is not a public key: paste the key file’s text or the 64-hex-digit key.',
    'trust.fingerprintMismatch': 'The fingerprint in the key file does not match the key: the file may have been changed.',
    'trust.ownKey': 'This is our own key; no need to add it.',
    'trust.exists': 'This key is already trusted.',
    'trust.unknown': 'No such key.',
    'bundle.enterpriseSignatureInvalid': 'The bundle’s enterprise signature does not verify: the file was changed after it was signed.',
  },
};
