// The agreement-bundle commands, joined into the CLI as one entry: `bundle`, `verify`, `witness-key`.
import { agreementFingerprintShort } from '../../shared/bundle/agreement';
import { bundleBuild, bundleOpen } from '../../shared/bundle/format';
import { sectorBundleOpen } from '../../shared/bundle/sectorBundle';
import { isoDateToday } from '../../shared/dates/isoDate';
import type { AppError } from '../../shared/result';
import { witnessIdentityCreate, witnessPublicKeyExport } from '../../shared/witness/identity';
import { caseBundleContents } from '../../templates/caseBundle';
import { isTemplateName, templateRegistry } from '../../templates/registry';
import { type CliCommand, cliArgs } from '../command';
import { fileBytesRead, fileBytesWrite, fileBytesWriteOrSay, fileErrorText } from './binaryFiles';
import { bundleErrorLines, bundleSummaryLines } from './bundleText';
import { caseContextInput, caseInput } from './caseSource';
import { missingLines } from './missingText';
import { sectorBundleSummaryLines } from './sectorBundle';
import { contentsSignedWith, trustKeysRead, trustLines } from './trustOptions';

/** `--password <pw>`: absent → undefined; given without a value → null (a usage error). */
function passwordOption(options: Map<string, string | true>): string | undefined | null {
  const value = options.get('password');
  return value === undefined ? undefined : value === true ? null : value;
}

const BUNDLE_USAGE = 'bundle <case.json> | bundle --sample [--round <id>]  --out <file> [--password <pw>] [--iterations <n>] [--sign-key <identity.json>]';

/** What the bundle's round still needs before its agreement can be frozen, or the bundle error; exit 1. */
function contentsErrorLines(error: AppError): string[] {
  if (error.code !== 'bundle.agreementMissing') return bundleErrorLines(error);
  const name = String(error.params?.template ?? '');
  const whats = String(error.params?.missing ?? '').split(',').filter(Boolean);
  const title = isTemplateName(name) ? templateRegistry[name].titleZh : name;
  return missingLines(name, title, whats, ['无法制作协议包：协议文本尚不能生成', 'no bundle: the agreement cannot be made yet']);
}

/**
 * `bundle <case.json> --out <file>` or `bundle --sample [--round <id>] --out <file>`, with
 * `[--password <pw>] [--iterations <n>]`: the round's bundle for the federation, through the app's own
 * caseBundleContents (a round whose agreement was never frozen has its current text frozen as version 1,
 * unsigned). Exit 1 when the case is unreadable or invalid, the agreement cannot be made yet (what is
 * missing is printed), or the file cannot be written; 2 on bad arguments.
 */
export function bundleCommandWith(clock: () => Date = () => new Date()): CliCommand {
  return {
    name: 'bundle',
    summary: "export a round's agreement bundle for the federation, from a case file or --sample",
    usage: 'bundle <case.json> | --sample  --out <file>',
    async run(args, io) {
      const { positional, options } = cliArgs(args);
      const out = options.get('out');
      const password = passwordOption(options);
      const iterationsText = options.get('iterations');
      const iterations = typeof iterationsText === 'string' && /^\d+$/.test(iterationsText) ? Number(iterationsText) : iterationsText === undefined ? undefined : NaN;
      if (typeof out !== 'string' || password === null || Number.isNaN(iterations)) {
        io.err(`usage: ${BUNDLE_USAGE}`);
        return 2;
      }
      const file = await caseInput(positional, options, io, [`usage: ${BUNDLE_USAGE}`]);
      if (typeof file === 'number') return file;
      const ctx = caseContextInput(file, io);
      if (typeof ctx === 'number') return ctx;
      const contents = await caseBundleContents(file, ctx, { createdAt: clock().toISOString(), today: isoDateToday(clock) });
      if (!contents.ok) {
        for (const line of contentsErrorLines(contents.error)) io.err(line);
        return 1;
      }
      const signKey = options.get('sign-key');
      if (signKey === true) {
        io.err(`usage: ${BUNDLE_USAGE}`);
        return 2;
      }
      // Signed as the enterprise (docs/bundle-format.md, "Trust") with a key file made by `witness-key`.
      const signed = signKey === undefined ? contents : await contentsSignedWith(contents.value, signKey);
      if (!signed.ok) {
        io.err(`错误：无法用密钥文件签名 / error: cannot sign with the key file: ${String(signed.error.params?.message ?? signed.error.message)}`);
        return 1;
      }
      const built = await bundleBuild(signed.value, password === undefined ? {} : { password, iterations });
      if (!built.ok) {
        for (const line of bundleErrorLines(built.error)) io.err(line);
        return 1;
      }
      if (!(await fileBytesWriteOrSay(out, built.value, io))) return 1;
      io.out(`已写出协议包 / bundle written: ${out} (${built.value.length} bytes${password === undefined ? '' : '; 已加密 encrypted'})`);
      const carried = new Set(file.agreements.map((a) => `${a.agreementId}@${a.version}`));
      for (const a of contents.value.agreements) {
        const state = carried.has(`${a.agreementId}@${a.version}`) ? `签名 ${a.signatures.length} 个 signatures` : '本次按当前文本冻结，未签署 frozen here from the current text, unsigned';
        io.out(`  ${a.agreementId} v${a.version}: 指纹 fingerprint ${agreementFingerprintShort(a.fingerprint)} (${state}${a.voided ? '; 已作废 voided' : ''})`);
      }
      if (password !== undefined) io.err('提示：命令行中的密码可能留在终端历史中 / note: a password on the command line may stay in the shell history');
      return 0;
    },
  };
}

export const bundleCommand: CliCommand = bundleCommandWith();

/** `verify <file> [--password <pw>]`: exit 0 with a summary when intact, 1 with the reason when not, 2 on bad arguments. */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'check an agreement or sector bundle: every hash, fingerprint and signature',
  usage: 'verify <file> [--password <pw>] [--trust <keys.json>]',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const path = positional[0];
    const password = passwordOption(options);
    const trust = options.get('trust');
    if (!path || password === null || trust === true) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const keys = trust === undefined ? null : await trustKeysRead(trust);
    if (keys && !keys.ok) {
      io.err(`错误：无法读取密钥文件 ${trust} / error: cannot read the keys file ${trust}: ${String(keys.error.params?.message ?? keys.error.message)}`);
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = await fileBytesRead(path);
    } catch (error) {
      io.err(`错误：无法读取文件 ${path} / error: cannot read ${path}: ${fileErrorText(error)}`);
      return 1;
    }
    const opened = await bundleOpen(bytes, password);
    if (!opened.ok && opened.error.code === 'bundle.sectorBundle') {
      const sector = await sectorBundleOpen(bytes, password);
      if (!sector.ok) {
        io.err(`行业合同报送包未通过验证 / sector bundle refused: ${path}`);
        for (const line of bundleErrorLines(sector.error)) io.err(line);
        return 1;
      }
      for (const line of await sectorBundleSummaryLines(path, sector.value, keys ? keys.value : null)) io.out(line);
      return 0;
    }
    if (!opened.ok) {
      io.err(`协议包未通过验证 / bundle refused: ${path}`);
      for (const line of bundleErrorLines(opened.error)) io.err(line);
      return 1;
    }
    for (const line of bundleSummaryLines(path, opened.value)) io.out(line);
    if (keys) for (const line of await trustLines(opened.value.contents, keys.value)) io.out(line);
    return 0;
  },
};

/** `witness-key --out <file> [--name <federation>]`: a new Ed25519 witness identity; never overwrites a file. */
export const witnessKeyCommand: CliCommand = {
  name: 'witness-key',
  summary: "create the federation's witness signing key (the file holds the PRIVATE key)",
  usage: 'witness-key --out <file> [--name <federation name>]',
  async run(args, io) {
    const { options } = cliArgs(args);
    const out = options.get('out');
    const name = options.get('name') ?? '见证单位';
    if (typeof out !== 'string' || typeof name !== 'string' || name.trim() === '') {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const identity = await witnessIdentityCreate(name);
    try {
      await fileBytesWrite(out, `${JSON.stringify(identity, null, 2)}\n`, true);
    } catch (error) {
      io.err(`错误：无法写出文件 ${out}（已存在的文件不会被覆盖） / error: cannot write ${out} (an existing file is never overwritten): ${fileErrorText(error)}`);
      return 1;
    }
    io.err(`警告：${out} 含有见证私钥，请妥善保管，切勿发送给他人 / warning: ${out} holds the witness PRIVATE key: keep it safe, never send it to anyone`);
    io.out(JSON.stringify(await witnessPublicKeyExport(identity), null, 2));
    return 0;
  },
};

export const bundleCommands: readonly CliCommand[] = [bundleCommand, verifyCommand, witnessKeyCommand];
