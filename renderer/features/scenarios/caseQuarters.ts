// The modelled quarters of a case file: the quarters after its base quarter, one per output figure.
import { type Quarter, quarterNext } from '../../../shared/dates/quarter';
import type { WageCaseFile } from '../../../shared/wage/caseFile';

export function caseQuarterCount(file: WageCaseFile): number {
  return file.output.kind === 'values' ? file.output.valuesFen.length : file.output.changesBp.length;
}

/** 2019-Q4 with 4 figures → 2020-Q1 … 2020-Q4. */
export function caseQuarters(file: WageCaseFile, baseQuarter: string = file.baseQuarter, count: number = caseQuarterCount(file)): Quarter[] {
  const out: Quarter[] = [];
  let q = baseQuarter as Quarter;
  for (let i = 0; i < count; i++) out.push((q = quarterNext(q)));
  return out;
}
