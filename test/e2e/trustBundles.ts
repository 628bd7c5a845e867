// Makes the bundles the trust e2e imports (run with tsx, like federationBundles.ts). Writes into argv[2]:
//   yuanfeng.wdbundle         an enterprise's bundle signed with its own key (first import pins it)
//   yuanfeng-forged.wdbundle  version 2 of its agreement with a lower base wage, signed by another key
//   impostor.wdbundle         a second enterprise whose agreement carries a witness signature by a fresh
//                             key that calls itself 福鼎市总工会
//   impostor-key.json         that key's public-key file (name, key, fingerprint)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementSignatureAdd, agreementVersionNew } from '../../shared/bundle/agreement';
import { bundleSign } from '../../shared/bundle/enterpriseSignature';
import { bundleBuild } from '../../shared/bundle/format';
import { witnessIdentityCreate, witnessPublicKeyExport, witnessSign } from '../../shared/witness/identity';
import { variantContents } from '../renderer/federation/bundles';
import { must } from '../shared/bundle/sampleBundle';

async function main(out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const write = async (name: string, contents: Parameters<typeof bundleBuild>[0]) => writeFileSync(join(out, name), must(await bundleBuild(contents)));

  const yuanfeng = await variantContents({ serial: 7, name: '福鼎市源丰食品有限公司' });
  const own = await witnessIdentityCreate(yuanfeng.enterprise.profile.name);
  await write('yuanfeng.wdbundle', await bundleSign(yuanfeng, own));
  const v1 = yuanfeng.agreements[0]!;
  const lower = v1.content.figures.map((f) => (f.key === 'baseWageMonthlyFen' ? { ...f, value: f.value - 20_000 } : f));
  const v2 = must(await agreementVersionNew(v1, { ...v1.content, figures: lower }));
  const forger = await witnessIdentityCreate(yuanfeng.enterprise.profile.name);
  await write('yuanfeng-forged.wdbundle', await bundleSign({ ...yuanfeng, agreements: [v2.previous, v2.next] }, forger));

  const other = await variantContents({ serial: 8, name: '福鼎市冒名见证测试有限公司' });
  const impostor = await witnessIdentityCreate('福鼎市总工会');
  const a = other.agreements[0]!;
  const signed = must(agreementSignatureAdd(a, await witnessSign(impostor, a.fingerprint)));
  const key = await witnessPublicKeyExport(impostor);
  await write('impostor.wdbundle', { ...other, agreements: [signed], witnesses: [key] });
  writeFileSync(join(out, 'impostor-key.json'), JSON.stringify(key));
}

void main(process.argv[2]!).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
