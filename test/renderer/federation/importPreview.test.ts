import { describe, expect, it } from 'vitest';
import { bundleBuild } from '../../../shared/bundle/format';
import { registryEmpty } from '../../../shared/bundle/registry';
import { importPreview, pickedOpen, type PickedFile } from '../../../renderer/features/federation/importFiles';
import { okValue } from '../db/testDb';
import { referenceContents, variantContents } from './bundles';

async function picked(id: number, bytes: Uint8Array, password?: string): Promise<PickedFile> {
  return { id, name: `${id}.wdbundle`, bytes: null, state: await pickedOpen(bytes, password) };
}

describe('import files', () => {
  it('tells an encrypted file, a wrong password and a damaged file apart', async () => {
    const file = okValue(await bundleBuild(await referenceContents(), { password: '正确', iterations: 1000 }));
    expect((await pickedOpen(file)).kind).toBe('password');
    expect(await pickedOpen(file, '错误')).toEqual({ kind: 'password', wrong: true });
    expect((await pickedOpen(file, '正确')).kind).toBe('ready');
    const damaged = file.slice();
    const at = damaged.length - 5;
    damaged[at] = damaged[at]! ^ 0x01;
    const state = await pickedOpen(damaged, '正确');
    expect(state.kind === 'failed' ? state.error.code : state.kind).toBe('bundle.damaged');
  });

  it('plans the files in turn, as the import applies them: the same bundle twice is no change the second time', async () => {
    const reference = okValue(await bundleBuild(await referenceContents()));
    const other = okValue(await bundleBuild(await variantContents({ serial: 1 })));
    const files = [await picked(1, reference), await picked(2, other), await picked(3, reference)];
    const preview = importPreview(registryEmpty(), files);
    expect(preview.refused).toBeNull();
    expect(preview.plans.map((p) => [p.fileId, p.plan.changes.length])).toEqual([[1, 2], [2, 2], [3, 0]]);
  });

  it('refuses the batch at the first conflicting file', async () => {
    const a = okValue(await bundleBuild(await variantContents({ serial: 4, agreementId: 'same' })));
    const b = okValue(await bundleBuild(await variantContents({ serial: 4, agreementId: 'same', to: '2027-03-31' })));
    const preview = importPreview(registryEmpty(), [await picked(1, a), await picked(2, b)]);
    expect(preview.refused).toMatchObject({ fileId: 2, error: { code: 'import.versionConflict' } });
  });
});
