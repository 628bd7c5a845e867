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

/** Messages of both boundary rules: declarations (no-restricted-imports) and `import()` (no-restricted-syntax). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('screens reach storage only through the data facade', () => {
  const facade = /data facade/;

  it('refuses renderer/db in features, components and app: values, types, re-exports, import() and typeof import()', async () => {
    const cases: Array<[string, string]> = [
      ['renderer/features/audit/a.ts', `import { settingsRepo } from '../../db/settingsRepo';\nexport const y = settingsRepo;\n`],
      ['renderer/features/audit/a.ts', `import type { AuditRow } from '../../db/schema';\nexport type Y = AuditRow;\n`],
      ['renderer/features/audit/a.ts', `export { actorRoles } from '../../db/settingsRepo';\n`],
      ['renderer/features/settings/a.ts', `export const load = () => import('../../db/backup');\n`],
      ['renderer/features/settings/a.ts', `export type BackupDb = typeof import('../../db/backup');\n`],
      ['renderer/components/a.tsx', `import { openWageDeskDb } from '../db/schema';\nexport const y = openWageDeskDb;\n`],
      ['renderer/app/a.ts', `import { dataChangesSubscribe } from '../db/dataChanges';\nexport const y = dataChangesSubscribe;\n`],
      ['renderer/app/servicesLazy.ts', `export const load = () => import('../db/schema');\n`],
    ];
    for (const [file, code] of cases) {
      const errors = await boundaryErrors(file, code);
      expect(errors, `${file}: ${code}`).toHaveLength(1);
      expect(errors[0]).toMatch(facade);
    }
  });

  it('lets app/services.ts open the database, the facade use the repositories, and screens use the facade', async () => {
    expect(await boundaryErrors('renderer/app/services.ts', `import { openWageDeskDb } from '../db/schema';\nexport const y = openWageDeskDb;\n`)).toEqual([]);
    expect(await boundaryErrors('renderer/data/a.ts', `import { settingsRepo } from '../db/settingsRepo';\nexport const y = settingsRepo;\n`)).toEqual([]);
    const screen = `import { send } from '../../data/send';\nimport type { AuditRow } from '../../data/types';\nexport const y = send;\nexport type Y = AuditRow;\n`;
    expect(await boundaryErrors('renderer/features/audit/a.ts', screen)).toEqual([]);
  });

  it('keeps the renderer-wide rules in the files it covers', async () => {
    expect(await boundaryErrors('renderer/features/a.ts', `import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n`)).not.toEqual([]);
    expect(await boundaryErrors('renderer/db/a.ts', `import { x } from '../../electron/security';\nexport const y = x;\n`)).not.toEqual([]);
    const [result] = await eslint.lintText(`export const A = () => <p>保存</p>;\n`, { filePath: 'renderer/features/A.tsx' });
    expect(result?.messages.some((m) => m.ruleId === 'no-restricted-syntax' && /i18n/.test(m.message))).toBe(true);
  });

  it('refuses renderer/db reaching up into the facade or the screens', async () => {
    const cases = [
      `import { send } from '../data/send';\nexport const y = send;\n`,
      `import type { CaseLoaded } from '../data/caseHandlers';\nexport type Y = CaseLoaded;\n`,
      `import { auditRoleLoad } from '../features/audit/auditRole';\nexport const y = auditRoleLoad;\n`,
      `export const load = () => import('../data/handlers');\n`,
      `export const load = () => import('../features/settings/useBackup');\n`,
    ];
    for (const code of cases) {
      const errors = await boundaryErrors('renderer/db/a.ts', code);
      expect(errors, code).toHaveLength(1);
      expect(errors[0]).toMatch(/storage under the data facade/);
    }
    expect(await boundaryErrors('renderer/db/a.ts', `import { x } from './schema';\nimport { y } from '../../shared/result';\nexport const z = [x, y];\n`)).toEqual([]);
  });
});
