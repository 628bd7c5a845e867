// A sector finding in words, Chinese or English: the command line, the registry card and the printed
// notice to a member all say the same sentence.
import { formatDateLong } from '../format/date';
import type { DisplayLocale } from '../format/locale';
import { formatPercent } from '../format/ratio';
import { formatYuanPlain } from '../format/yuan';
import { regionByCode } from '../regions/region';
import type { SectorFinding, SectorFindingAction } from './memberCheck';

const county = (code: string) => regionByCode(code)?.name ?? code;

const actionWords: Record<SectorFindingAction, Record<DisplayLocale, string>> = {
  block: { 'zh-CN': '低于标准', en: 'below standard' },
  warn: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'note' },
  ask: { 'zh-CN': '待核实', en: 'to check' },
};

export function sectorActionLabel(action: SectorFindingAction, locale: DisplayLocale): string {
  return actionWords[action][locale];
}

/** One finding as a sentence (without the sector agreement's name, which the caller shows). */
export function sectorFindingText(f: SectorFinding, locale: DisplayLocale): string {
  const zh = locale === 'zh-CN';
  const yuan = (n: Parameters<typeof formatYuanPlain>[0]) => formatYuanPlain(n, locale);
  const day = (d: Parameters<typeof formatDateLong>[0]) => formatDateLong(d, locale);
  switch (f.code) {
    case 'coveredBySectorOnly':
      return zh
        ? `本企业没有自己的工资专项集体合同，${day(f.from)}至${day(f.to)}由行业（区域）性合同单独覆盖，其标准直接适用。`
        : `No wage agreement of its own: from ${day(f.from)} to ${day(f.to)} the sector agreement alone covers it and its standards apply directly.`;
    case 'legalFloorAboveSector':
      return zh
        ? `当地法定最低工资 ${yuan(f.legalFloor)}（${day(f.date)}）高于行业最低工资 ${yuan(f.sectorMinimum)}，以法定最低工资为准。`
        : `The legal minimum wage of ${yuan(f.legalFloor)} (on ${day(f.date)}) is above the sector minimum of ${yuan(f.sectorMinimum)}: the legal floor applies.`;
    case 'belowMinimum':
      return zh
        ? `本企业合同（${day(f.sourceFrom)}至${day(f.sourceTo)}）的月基本工资 ${yuan(f.baseWage)} 低于${f.minimumFrom === 'legal' ? '法定最低工资' : '行业最低工资'} ${yuan(f.minimum)}（${day(f.date)}起）。`
        : `Its agreement (${day(f.sourceFrom)} to ${day(f.sourceTo)}) pays a monthly base wage of ${yuan(f.baseWage)}, below the ${f.minimumFrom === 'legal' ? 'legal minimum wage' : 'sector minimum'} of ${yuan(f.minimum)} (from ${day(f.date)}).`;
    case 'raiseOutsideRange':
      return zh
        ? `本企业合同（${day(f.sourceFrom)}至${day(f.sourceTo)}）的工资增幅 ${formatPercent(f.raiseBp, locale)} 不在行业约定的 ${formatPercent(f.minBp, locale)}至${formatPercent(f.maxBp, locale)} 之间。`
        : `Its agreement (${day(f.sourceFrom)} to ${day(f.sourceTo)}) raises wages by ${formatPercent(f.raiseBp, locale)}, outside the agreed range of ${formatPercent(f.minBp, locale)} to ${formatPercent(f.maxBp, locale)}.`;
    case 'healthCommitmentMissing':
      return zh
        ? `行业合同有 ${f.commitments} 项职业健康承诺（最早 ${day(f.deadline)} 前完成），本企业没有自己的职业健康专项合同或危害防护约定。`
        : `The sector agreement has ${f.commitments} occupational-health commitment(s) (the first due by ${day(f.deadline)}); the member has no occupational-health contract or hazard terms of its own.`;
    case 'sectorMinimumMissing':
      return zh ? `行业合同没有约定${county(f.regionCode)}的行业最低工资。` : `The sector agreement sets no sector minimum for ${county(f.regionCode)}.`;
    case 'legalFloorUnknown':
      return zh
        ? `${county(f.regionCode)}在${day(f.date)}的法定最低工资档次或标准未知，请按当地通知核实。`
        : `The legal minimum wage of ${county(f.regionCode)} on ${day(f.date)} is unknown: check the local notice.`;
  }
}
