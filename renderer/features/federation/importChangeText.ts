// One line of the import preview for each planned change, in the user's language.
import type { TFunction } from 'i18next';
import type { BundleImportChange } from '../../../shared/bundle/importPlan';

export function importChangeText(change: BundleImportChange, t: TFunction, titleOf: (agreementId: string) => string): string {
  const c = (key: string, params: Record<string, unknown>) => t(`federation.import.changes.${key}`, params);
  switch (change.kind) {
    case 'enterpriseNew':
      return c('enterpriseNew', { name: change.enterprise.profile.name });
    case 'enterpriseUpdated':
      return c('enterpriseUpdated', { fields: change.fields.join('、') });
    case 'recordSummaryUpdated':
      return c('recordSummaryUpdated', {});
    case 'witnessKeyNew':
      return c('witnessKeyNew', { name: change.key.name });
    case 'agreementNew':
      return c('agreementNew', { title: change.version.title, version: change.version.version });
    case 'versionSupersedes':
    {
      const params = { title: change.version.title, version: change.version.version, supersedes: change.supersedes };
      // Said before the import applies it: a new version that drops the witness signature is how a forgery would look.
      return change.dropsWitness ? `${c('versionSupersedes', params)} ${c('versionDropsWitness', params)}` : c('versionSupersedes', params);
    }
    case 'versionHistory':
      return c('versionHistory', { title: change.version.title, version: change.version.version, current: change.current });
    case 'signaturesAdded':
      return c('signaturesAdded', { title: titleOf(change.agreementId), version: change.version, count: change.signatures.length });
  }
}
