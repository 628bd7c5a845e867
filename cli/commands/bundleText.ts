// What the bundle commands print: bundle errors in Chinese and English, and the summary of a bundle.
import { agreementFingerprintShort } from '../../shared/bundle/agreement';
import type { BundleOpened } from '../../shared/bundle/format';
import type { SignatureRole } from '../../shared/bundle/signature';
import type { AppError } from '../../shared/result';

const roleText: Readonly<Record<SignatureRole, readonly [zh: string, en: string]>> = {
  workers_chief: ['职工方首席代表', "workers' chief"],
  employer_chief: ['企业方首席代表', "employer's chief"],
  witness: ['见证方', 'witness'],
};

/** By error code: [Chinese, English]; {name} is filled from params. */
const bundleErrorText: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  'bundle.notBundle': ['不是协商台协议包文件', 'not a WageDesk bundle file'],
  'bundle.truncated': ['文件不完整（被截断），请重新拷贝或传输', 'the file is truncated: copy or send it again'],
  'bundle.damaged': ['文件已损坏或被改动（校验和不符）', 'the file is damaged or was changed (checksum mismatch)'],
  'bundle.tooNew': ['协议包格式版本较新，请升级协商台后再打开', 'the bundle format is newer than this build reads: update WageDesk'],
  'bundle.passwordRequired': ['协议包已加密，请用 --password 提供密码', 'the bundle is encrypted: give its password with --password'],
  'bundle.wrongPassword': ['密码错误（文件本身完好）', 'wrong password (the file itself is intact)'],
  'bundle.notZip': ['协议包内的数据不是有效的压缩包', 'the bundle holds no valid zip'],
  'bundle.tooLarge': ['协议包解压后过大（或大于其声明的大小），已拒绝', 'the bundle unpacks too large (or larger than it declares); refused'],
  'bundle.tooDeep': ['协议包部件 {path} 的数据嵌套层数过多（超过 64 层），已拒绝', 'part {path} nests deeper than 64 levels; refused'],
  'bundle.unreadable': ['协议包无法读取：{message}', 'the bundle cannot be read: {message}'],
  'bundle.manifestMissing': ['协议包缺少清单（manifest.json）', 'the bundle has no manifest.json'],
  'bundle.manifestDamaged': ['协议包清单（manifest.json）已损坏', 'manifest.json is damaged'],
  'bundle.partMissing': ['协议包缺少部件 {path}', 'part {path} is missing'],
  'bundle.partDamaged': ['部件 {path} 与清单中的校验和不符', 'part {path} does not match its checksum'],
  'bundle.partUnexpected': ['协议包含有清单外的部件 {path}', 'part {path} is not in the manifest'],
  'bundle.partInvalid': ['部件 {path} 的内容无效（字段 {field}）', 'part {path} is invalid (field {field})'],
  'bundle.fingerprintMismatch': ['协议 {agreementId} 第{version}版的指纹与内容不符', 'agreement {agreementId} version {version}: fingerprint does not match the content'],
  'bundle.signatureInvalid': ['协议 {agreementId} 第{version}版的{roleZh}签名无效', 'agreement {agreementId} version {version}: the {roleEn} signature is invalid'],
  'bundle.invalid': ['协议包内容无效（字段 {field}）', 'invalid bundle contents (field {field})'],
  'bundle.passwordEmpty': ['密码不能为空', 'the password must not be empty'],
  'bundle.iterationsInvalid': ['密钥派生迭代次数无效', 'invalid key-derivation iteration count'],
  'agreement.invalid': ['协议文本无法冻结（字段 {field}）', 'the agreement text cannot be frozen (field {field})'],
  'agreement.unserializable': ['协议文本含有无法保存的数值', 'the agreement text holds a value JSON cannot carry'],
};

function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

/** One line per language naming what failed. */
export function bundleErrorLines(error: AppError): [string, string] {
  const role = roleText[error.params?.role as SignatureRole] ?? ['', String(error.params?.role ?? '')];
  const params = { ...error.params, roleZh: role[0], roleEn: role[1] };
  const [zh, en] = bundleErrorText[error.code] ?? ['协议包无效', 'invalid bundle'];
  return [`错误：${fill(zh, params)}（${error.code}）`, `error: ${fill(en, params)} (${error.code}): ${error.message}`];
}

/** The summary `verify` prints for an intact bundle. */
export function bundleSummaryLines(file: string, opened: BundleOpened): string[] {
  const { contents } = opened;
  const profile = contents.enterprise.profile;
  const createdBy = contents.createdBy === 'enterprise' ? '企业 enterprise' : '总工会 federation';
  const lines = [
    `协议包完好 / bundle intact: ${file}`,
    `  格式 format: wagedesk-bundle v${opened.formatVersion}; ${opened.encrypted ? '已加密 encrypted' : '未加密 not encrypted'}; 制作方 created by: ${createdBy}, ${contents.createdAt}`,
    `  包哈希 bundle hash: ${opened.bundleHash}`,
    `  企业 enterprise: ${profile.name} (${profile.creditCode}), 代表 ${contents.enterprise.people.length} 人 people`,
  ];
  for (const agreement of contents.agreements) {
    const state = agreement.voided ? '已作废 voided' : '当前 current';
    lines.push(`  协议 agreement ${agreement.agreementId} 第${agreement.version}版 v${agreement.version} [${state}]: ${agreement.title}`);
    lines.push(`    指纹 fingerprint: ${agreementFingerprintShort(agreement.fingerprint)} (${agreement.fingerprint})`);
    if (agreement.signatures.length === 0) lines.push('    签名 signatures: 无 none');
    for (const signature of agreement.signatures) {
      const [roleZh, roleEn] = roleText[signature.role];
      const how =
        signature.kind === 'ed25519'
          ? `Ed25519 签名有效 valid (公钥 key ${signature.publicKey.slice(0, 16)}…)`
          : signature.kind === 'drawn'
            ? '手写签名图像 drawn image (不能用密钥验证 not key-verifiable)'
            : '纸面签字 wet, on paper';
      const voided = agreement.voided ? '，已作废 void' : '';
      lines.push(`    签名 signature: ${roleZh} ${roleEn} ${signature.name}, ${signature.signedAt}: ${how}${voided}`);
    }
  }
  lines.push(`  协商记录摘要 record summary: ${contents.recordSummary.events.length} 项 events`);
  for (const witness of contents.witnesses) {
    lines.push(`  见证方公钥 witness key: ${witness.name}, ${agreementFingerprintShort(witness.fingerprint)}`);
  }
  return lines;
}
