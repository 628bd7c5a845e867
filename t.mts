import { referenceBundleFile, referenceContents, testIterations, unwrap } from './test/shared/bundle/fixtures';
import { bundleOpen, bundleBuild } from './shared/bundle/format';
import { bundleMutants, bundleFuzzPassword } from './test/shared/fuzz/bundleMutants';
const valid = await referenceBundleFile();
const enc = unwrap(await bundleBuild(await referenceContents(), { password: bundleFuzzPassword, iterations: testIterations }));
const gen = new Map<string, number>(); const open = new Map<string, number>(); const out = new Map<string, number>();
let t = performance.now();
for await (const m of bundleMutants(valid, enc)) {
  const k = m.layer + '/' + m.kind;
  gen.set(k, (gen.get(k) ?? 0) + performance.now() - t);
  t = performance.now();
  const o = await bundleOpen(m.file, m.layer === 'encrypted' ? bundleFuzzPassword : undefined);
  open.set(k, (open.get(k) ?? 0) + performance.now() - t);
  const c = m.layer + ': ' + (o.ok ? 'ok' : o.error.code); out.set(c, (out.get(c) ?? 0) + 1);
  t = performance.now();
}
for (const k of [...gen.keys()].sort()) console.log(k, gen.get(k)!.toFixed(0), open.get(k)!.toFixed(0));
for (const k of [...out.keys()].sort()) console.log(k, out.get(k));
