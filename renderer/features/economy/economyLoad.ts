// The one place screens get the economy figures: the shipped ones with the user's entries over them,
// read once per session through the data facade (and again after a restore).
import { type EconomyData, economyDataEmpty } from '../../../shared/economy/economy';
import { economyDataMerge } from '../../../shared/economy/economyFile';
import { economyShipped } from '../../../shared/economy/economyShipped';
import { userDataSource } from '../../app/userDataSource';
import { send } from '../../data/send';

const economySource = userDataSource<EconomyData, EconomyData>({
  empty: economyDataEmpty,
  merge: (user) => economyDataMerge(economyShipped(), user),
  read: () => send('economyUserRead'),
});

export const economyUserSet = economySource.userSet;
/** The merged figures, once the stored entries are read (a case file's export waits for them). */
export const economyLoad = (): Promise<EconomyData> => economySource.load();
/** The merged figures, kept current: loads the stored entries on first use. */
export const useEconomy = economySource.useMerged;
/** The user's entries, kept current (for the settings card). */
export const useEconomyUser = economySource.useUser;
