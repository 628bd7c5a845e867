// The two fixed lists screens render from, re-exported from the facade (features never import renderer/db):
// the roles a user can choose and the tables a backup holds. Values: importing one brings its module
// (settingsRepo.ts, backupRows.ts) into the importing screen's chunk, as importing it directly did.
export { actorRoles } from '../db/settingsRepo';
export { backupTableNames } from '../db/backupRows';
