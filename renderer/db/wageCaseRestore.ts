// Restore-on-read for wage case rows (schema v3): the row's shape, then the case file through the same
// checks the CLI applies (shape with zod, then the cross-field checks of wageCaseParse). A row that fails
// is reported and skipped, never rewritten (see restore.ts).
import { z } from 'zod';
import type { EnterpriseId } from '../../shared/enterprise/model';
import { wageCaseParse, wageCaseFileSchema, type WageCaseFile } from '../../shared/wage/caseFile';
import type { RestoreOutcome } from './restore';

const isoInstant = z.iso.datetime({ offset: true });

const storedWageCaseShape = z.looseObject({
  enterpriseId: z.string().min(1),
  case: z.unknown(),
  updatedAt: isoInstant,
});

/** A wage case as stored: the enterprise it belongs to, the case file (分 and bp), when it was saved. */
export type StoredWageCase = {
  readonly enterpriseId: EnterpriseId;
  readonly case: WageCaseFile;
  readonly updatedAt: string;
};

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

export function wageCaseRestore(raw: unknown): RestoreOutcome<StoredWageCase> {
  if (!isRecord(raw)) return { ok: false, skipped: { id: null, reason: 'not an object' } };
  const id = typeof raw.enterpriseId === 'string' && raw.enterpriseId !== '' ? raw.enterpriseId : null;
  const row = storedWageCaseShape.safeParse(raw);
  if (!row.success) {
    const reason = row.error.issues.map((issue) => `${issue.path.join('.') || '_'}: ${issue.message}`).join('; ');
    return { ok: false, skipped: { id, reason } };
  }
  const file = wageCaseFileSchema.safeParse(row.data.case);
  const checked = wageCaseParse(row.data.case);
  if (!file.success || !checked.ok) {
    const error = checked.ok ? { code: 'case.invalid', params: { field: '' } } : checked.error;
    return { ok: false, skipped: { id, reason: `case.${String(error.params?.field ?? '')}: ${error.code}` } };
  }
  return { ok: true, record: { enterpriseId: row.data.enterpriseId as EnterpriseId, case: file.data, updatedAt: row.data.updatedAt } };
}
