// A case file's data and reference figures as the templates read them. The minimum-wage tables a file
// carries (the user's own, beyond the shipped ones) are merged over the shipped tables exactly as the app
// merges the user's, so a case prints the same floor on the command line as on the screen. The economy
// figures it carries are read alone, not over anything shipped: they are the very figures its 测算说明 used.
import type { CaseFile } from '../../shared/case/caseFile';
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import { holidayCalendarCn } from '../../shared/calendar/holidaysCn';
import { economyFileParse } from '../../shared/economy/economyFile';
import { deadlineRulesDefault } from '../../shared/procedure/deadlineRules';
import { minimumWageDataMerge, minimumWageFileParse } from '../../shared/regions/minimumWageFile';
import { type Result, resultOk } from '../../shared/result';
import { minimumWageDataDefault } from '../../shared/wage/floor';
import type { CaseContext, CaseData } from './caseData';

export function caseDataOf(file: CaseFile): CaseData {
  return { enterprise: file.enterprise, people: file.people, round: file.round, earlier: file.earlier, roster: file.roster };
}

/**
 * The shipped reference data with the file's own minimum-wage tables over it, and the file's economy
 * figures; `calendar` replaces the shipped one. Errors: the minimum-wage file's (minimumWageFile.*) or the
 * economy file's (economyFile.*), their field a path inside that section.
 */
export function caseContextOf(file: CaseFile, calendar: HolidayCalendar = holidayCalendarCn): Result<CaseContext> {
  let minimumWage = minimumWageDataDefault;
  if (file.minimumWage !== null) {
    const own = minimumWageFileParse(file.minimumWage);
    if (!own.ok) return own;
    minimumWage = minimumWageDataMerge(minimumWageDataDefault, own.value);
  }
  const context = { minimumWage, calendar, deadlineRules: deadlineRulesDefault };
  if (file.economy === null) return resultOk(context);
  const economy = economyFileParse(file.economy);
  if (!economy.ok) return economy;
  return resultOk({ ...context, economy: economy.value });
}
