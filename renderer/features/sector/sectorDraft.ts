// The sector round being edited: the agreement as the form holds it (the stored shape, money in 分), its
// fresh defaults, and the text ↔ number steps of the money and percent inputs.
import i18next from 'i18next';
import type { AppError } from '../../../shared/result';
import { fenFromYuanText, type Fen } from '../../../shared/money/fen';
import type { SectorAgreementInput } from '../../../shared/sector/sectorAgreement';
import { errorText } from '../../app/errorText';

export type SectorDraft = SectorAgreementInput;

/** A new round: a fresh id, this year's term, nothing else filled in. */
export function sectorDraftNew(today: string, newId: () => string): SectorDraft {
  const year = today.slice(0, 4);
  return {
    id: `sector-${newId().replace(/[^A-Za-z0-9]/g, '').slice(0, 12)}`,
    kind: 'sector',
    title: '',
    scope: '',
    workersParty: { name: '', chief: '' },
    employersParty: { name: '', chief: '', kind: 'association' },
    term: { from: `${year}-01-01`, to: `${year}-12-31` },
    members: [],
    standards: { minimums: [], raiseRange: null, quotas: [], overtimeRules: [], restRules: [], healthCommitments: [] },
    adoptedAt: null,
    signedAt: null,
    fingerprint: null,
  };
}

/** "1570" or "1,570.50" → 分; empty → null; anything else → undefined (not a sum of money). */
export function moneyParse(text: string): Fen | null | undefined {
  const trimmed = text.replace(/,/g, '').trim();
  if (trimmed === '') return null;
  return fenFromYuanText(trimmed) ?? undefined;
}

export function moneyText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return (value / 100).toFixed(2).replace(/\.00$/, '');
}

/** "5" or "3.5" (%) → basis points; empty → null; anything else → undefined. */
export function percentParse(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?\d{1,4}(\.\d{1,2})?$/.test(trimmed)) return undefined;
  return Math.round(Number(trimmed) * 100);
}

export function percentText(bp: number | null | undefined): string {
  return bp === null || bp === undefined ? '' : String(bp / 100);
}

/** A validation key from the schema in the user's language (the sector's own keys, then the app's). */
export function sectorFieldText(key: string): string {
  return i18next.exists(key) ? i18next.t(key) : i18next.t('sector.validation.invalid');
}

export function sectorErrorText(error: AppError): string {
  const key = `sector.errors.${error.code.replace(/^sector\./, '')}`;
  return i18next.exists(key) ? i18next.t(key, { ...(error.params ?? {}) }) : errorText(error);
}
