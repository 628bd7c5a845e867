// Settings and what the Settings screen shows: the user's role (applied to the audit trail as it is read
// or chosen), whether the browser keeps the data, and the user's own reference data (holiday calendar,
// minimum-wage tables) kept in the `settings` table. What is stored is re-validated on every read
// (restore-on-read); a stored value that no longer validates reads as none, and the shipped data serves.
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import {
  MINIMUM_WAGE_SETTINGS_KEY,
  type MinimumWageUserData,
  minimumWageFileFrom,
  minimumWageFileParse,
  minimumWageUserDataEmpty,
} from '../../shared/regions/minimumWageFile';
import { auditActorSet } from '../db/auditTrail';
import { type PersistenceOutcome, requestPersistentStorage, storageEstimate, type StorageUse } from '../db/persistence';
import { repoGuard, repoOk, type RepoResult } from '../db/repoResult';
import { settingsRepo, type ActorRole } from '../db/settingsRepo';
import type { DataContext } from './context';

/** The user's calendar years, stored as a calendar file (format line included) so export and import read it unchanged. */
export const CALENDAR_USER_KEY = 'calendar.user';

const asActor = (role: ActorRole) => (role === 'unset' ? null : role);

/**
 * Counts role choices, so that a read which started before a choice was stored (and so read the old role)
 * does not put the old role back into the audit trail after the new one.
 */
let roleChoices = 0;

/** The calendar file's checks and the shipped calendar load with the first read (a screen that computes with dates), not with the handler map. */
async function calendarChecks() {
  const [{ calendarMerge }, { HOLIDAY_CALENDAR_FORMAT, holidayCalendarParse }, { holidayCalendarCn }] = await Promise.all([
    import('../../shared/calendar/calendarMerge'),
    import('../../shared/calendar/calendarSchema'),
    import('../../shared/calendar/holidaysCn'),
  ]);
  return { calendarMerge, HOLIDAY_CALENDAR_FORMAT, holidayCalendarParse, holidayCalendarCn };
}

export const settingsHandlers = {
  /** The user's role; also recorded from now on with every audit entry ('unset' when it cannot be read). */
  async auditRoleGet(ctx: DataContext): Promise<RepoResult<ActorRole>> {
    const choicesBefore = roleChoices;
    const got = await settingsRepo(ctx.db).get('role');
    if (roleChoices === choicesBefore) auditActorSet(asActor(got.ok ? got.value : 'unset'));
    return got;
  },

  /** Stores the role and, once stored, records it with every audit entry. */
  async auditRoleSet(ctx: DataContext, args: { readonly role: ActorRole }): Promise<RepoResult<ActorRole>> {
    roleChoices += 1;
    const saved = await settingsRepo(ctx.db).set('role', args.role);
    if (saved.ok) auditActorSet(asActor(args.role));
    return saved;
  },

  /** Asks the browser to keep the data when space runs low (never fails: 'unsupported' where it cannot say). */
  async storagePersist(_ctx: DataContext): Promise<RepoResult<PersistenceOutcome>> {
    return repoOk(await requestPersistentStorage());
  },

  /** Bytes used and allowed, or null where the browser does not say. */
  async storageEstimate(_ctx: DataContext): Promise<RepoResult<StorageUse | null>> {
    return repoOk(await storageEstimate());
  },

  /** The stored calendar, or null when there is none or it no longer validates (then the shipped one serves). */
  async calendarUserRead(ctx: DataContext): Promise<RepoResult<HolidayCalendar | null>> {
    return repoGuard(async () => {
      const { calendarMerge, holidayCalendarParse, holidayCalendarCn } = await calendarChecks();
      const row = await ctx.db.settings.get(CALENDAR_USER_KEY);
      if (row === undefined) return repoOk(null);
      const parsed = holidayCalendarParse(row.value);
      return repoOk(parsed.ok && calendarMerge(holidayCalendarCn, parsed.value).ok ? parsed.value : null);
    });
  },

  /** Stores the user's calendar (already checked by calendarUserFromText), or removes it with null. */
  async calendarUserWrite(ctx: DataContext, args: { readonly calendar: HolidayCalendar | null }): Promise<RepoResult<HolidayCalendar | null>> {
    return repoGuard(async () => {
      const { HOLIDAY_CALENDAR_FORMAT } = await calendarChecks();
      if (args.calendar === null) await ctx.db.settings.delete(CALENDAR_USER_KEY);
      else await ctx.db.settings.put({ key: CALENDAR_USER_KEY, value: { format: HOLIDAY_CALENDAR_FORMAT, ...args.calendar } });
      return repoOk(args.calendar);
    });
  },

  /** The stored data; empty when there is none or it no longer validates (then the shipped data serves). */
  async minimumWageUserRead(ctx: DataContext): Promise<RepoResult<MinimumWageUserData>> {
    return repoGuard(async () => {
      const row = await ctx.db.settings.get(MINIMUM_WAGE_SETTINGS_KEY);
      if (row === undefined) return repoOk(minimumWageUserDataEmpty);
      const parsed = minimumWageFileParse(row.value);
      return repoOk(parsed.ok ? parsed.value : minimumWageUserDataEmpty);
    });
  },

  /**
   * Stores the data after checking it as a whole file (the check of minimumWageUserChecked): nothing is
   * stored while invalid (minimumWageFile.* errors); empty data removes the row.
   */
  async minimumWageUserWrite(ctx: DataContext, args: { readonly data: MinimumWageUserData }): Promise<RepoResult<MinimumWageUserData>> {
    return repoGuard(async () => {
      const checked = minimumWageFileParse(minimumWageFileFrom(args.data));
      if (!checked.ok) return checked;
      if (checked.value.tables.length === 0 && checked.value.assignments.length === 0) await ctx.db.settings.delete(MINIMUM_WAGE_SETTINGS_KEY);
      else await ctx.db.settings.put({ key: MINIMUM_WAGE_SETTINGS_KEY, value: minimumWageFileFrom(checked.value) });
      return checked;
    });
  },
};
