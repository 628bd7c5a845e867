// The architecture's import boundaries are mechanical: these tests prove the lint rule bites.
import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('shared/ stays pure', () => {
  const forbidden = ['react', 'electron', 'dexie', 'docx', 'recharts', 'zustand', 'node:fs', 'node:crypto', 'react-dom/client', 'fs'];
  for (const mod of forbidden) {
    it(`refuses an import of ${mod}`, async () => {
      const errors = await importErrors('shared/money/x.ts', `import * as m from '${mod}';\nexport const y = m;\n`);
      expect(errors.length).toBeGreaterThan(0);
    });
  }
  it('refuses reaching out into renderer/ or electron/', async () => {
    expect(await importErrors('shared/a.ts', `import { x } from '../renderer/app/store';\nexport const y = x;\n`)).not.toEqual([]);
    expect(await importErrors('shared/a.ts', `import { x } from '../electron/security';\nexport const y = x;\n`)).not.toEqual([]);
  });
  it('allows zod and its own files', async () => {
    expect(await importErrors('shared/a.ts', `import { z } from 'zod';\nimport { f } from './money/fen';\nexport const y = [z, f];\n`)).toEqual([]);
  });
});

describe('renderer/ and electron/ never import each other', () => {
  it('refuses renderer → electron', async () => {
    expect(await importErrors('renderer/app/a.ts', `import { x } from '../../electron/security';\nexport const y = x;\n`)).not.toEqual([]);
    expect(await importErrors('renderer/app/a.ts', `import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n`)).not.toEqual([]);
  });
  it('refuses electron → renderer', async () => {
    expect(await importErrors('electron/a.ts', `import { x } from '../renderer/app/store';\nexport const y = x;\n`)).not.toEqual([]);
  });
  it('allows both to import shared/', async () => {
    expect(await importErrors('renderer/app/a.ts', `import { x } from '../../shared/result';\nexport const y = x;\n`)).toEqual([]);
    expect(await importErrors('electron/a.ts', `import { x } from '../shared/result';\nexport const y = x;\n`)).toEqual([]);
  });
});

describe('UI text goes through the i18n table', () => {
  it('refuses literal words in JSX', async () => {
    const [result] = await eslint.lintText(`export const A = () => <p>保存</p>;\n`, { filePath: 'renderer/app/A.tsx' });
    expect(result?.messages.some((m) => m.ruleId === 'no-restricted-syntax')).toBe(true);
  });
});
