// The one place the app gets its minimum-wage data: the shipped tables and tiers of every province with a file with the user's
// entries over them. The scenario check calls useMinimumWage(); until the stored data has been read it
// gets the shipped data, then re-renders with the merged data.
import { type MinimumWageUserData, minimumWageDataMerge, minimumWageUserDataEmpty } from '../../../shared/regions/minimumWageFile';
import { type MinimumWageData, minimumWageDataDefault } from '../../../shared/wage/floor';
import { userDataSource } from '../../app/userDataSource';
import { send } from '../../data/send';

const minimumWageSource = userDataSource<MinimumWageUserData, MinimumWageData>({
  empty: minimumWageUserDataEmpty,
  merge: (data) => (data.tables.length === 0 && data.assignments.length === 0 ? minimumWageDataDefault : minimumWageDataMerge(minimumWageDataDefault, data)),
  read: () => send('minimumWageUserRead'),
});

/** The data in use now (the shipped data until minimumWageLoad has read the user's). */
export const minimumWageCurrent = minimumWageSource.current;
/** The user's own entries (empty when none). */
export const minimumWageUserCurrent = minimumWageSource.userCurrent;
/** Replaces the user's entries in use (after a change was stored) and tells the screens. */
export const minimumWageUserSet = minimumWageSource.userSet;
/** Reads the stored data once per session (again with force). */
export const minimumWageLoad = minimumWageSource.load;
/** The merged data, kept current: loads the stored entries on first use. */
export const useMinimumWage = minimumWageSource.useMerged;
/** The user's entries, kept current (for the settings card). */
export const useMinimumWageUser = minimumWageSource.useUser;
