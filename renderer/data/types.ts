// The stored shapes screens may know, re-exported so that features import types from the facade and never
// from renderer/db (the lint rule in eslint.config.mjs). Types only: importing this file costs nothing.
export type { AuditRow } from '../db/auditTrail';
export type { AuditCheck } from '../../shared/audit/chain';
export type { StoredAgreement } from '../db/agreementRepo';
export type { BackupCreated, BackupRowCounts } from '../db/backup';
export type { BackupPlan } from '../db/backupPlan';
export type { BackupTableName } from '../db/backupRows';
export type { EnterpriseRemoval } from '../db/enterpriseRepo';
export type { PersistenceOutcome, StorageUse } from '../db/persistence';
export type { PersonRemoval } from '../db/personRepo';
export type { RegistryLoaded } from '../db/registryRepo';
export type { OwnEnterpriseKey } from './trustHandlers';
export type { Listing, RepoError, RepoResult } from '../db/repoResult';
export type { SkippedRecord } from '../db/restore';
export type { RoundConflict, StoredRound } from '../db/roundRepo';
export type { ActorRole } from '../db/settingsRepo';
export type { WitnessKeyInfo, WitnessKeyStoreNew } from '../db/witnessKeyRepo';
export type { FederationKeyInput, TrustedKeysLoaded } from '../db/trustedKeyRepo';
export type { ImportDecisions, RegistryTrusted } from '../db/registryRepo';
