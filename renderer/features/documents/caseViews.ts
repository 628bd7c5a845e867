// The view models a chosen enterprise can make documents from. Only the reference enterprise
// (福建隆祥皮革有限公司, recognised by its credit code) has agreed terms today: it gets the reference
// view models, with the parties taken from what is stored now, so an edit to the enterprise or its
// people flows into the documents (and, once signed, into a new version). Other enterprises have no
// terms the templates can use yet: every template answers null, and `templateMissingReason` says why.
import { referenceCreditCode } from '../../../shared/sample/referenceEnterprise';
import type { Enterprise, Person } from '../../../shared/enterprise/model';
import { regionByCode } from '../../../shared/regions/region';
import { referenceViewModels } from '../../../templates/referenceViewModels';
import type { TemplateName } from '../../../templates/registry';
import type { CaseViewModel, NegotiatorView, PartiesView, SideView } from '../../../templates/viewModel';

export function enterpriseIsReference(enterprise: Pick<Enterprise, 'creditCode'>): boolean {
  return enterprise.creditCode === referenceCreditCode;
}

function sideFrom(base: SideView, people: readonly Person[], side: 'workers' | 'employer'): SideView {
  const own = people.filter((p) => p.side === side && p.role !== 'recorder');
  const chief = own.find((p) => p.role === 'chief');
  if (!chief) return base; // no chief stored: keep the reference one rather than print a blank party
  const view = (p: Person): NegotiatorView => ({ name: p.name, post: p.post });
  return { ...base, chief: view(chief), members: own.filter((p) => p !== chief).map(view) };
}

/** The reference parties with the enterprise's and people's stored values laid over them. */
export function partiesFromStored(base: PartiesView, enterprise: Enterprise, people: readonly Person[]): PartiesView {
  const recorder = people.find((p) => p.role === 'recorder');
  return {
    ...base,
    enterprise: {
      name: enterprise.name,
      creditCode: enterprise.creditCode,
      address: enterprise.address,
      economicType: enterprise.economicType,
      legalRepresentative: enterprise.legalRepresentative,
      headcount: enterprise.headcount,
      womenCount: enterprise.womenCount,
      industry: enterprise.industry,
      regionName: regionByCode(enterprise.regionCode)?.fullName ?? base.enterprise.regionName,
    },
    unionName: enterprise.unionName || `${enterprise.name}工会`,
    unionChair: enterprise.unionChair || base.unionChair,
    employer: sideFrom(base.employer, people, 'employer'),
    workers: sideFrom(base.workers, people, 'workers'),
    recorder: recorder?.name ?? base.recorder,
    witness: enterprise.witnessFederation || null,
  };
}

function withParties<V extends { readonly parties: PartiesView }>(view: V | undefined, parties: PartiesView): V | undefined {
  return view === undefined ? undefined : { ...view, parties };
}

/** What the templates get for this enterprise (see the file comment). */
export function caseViewModelFor(enterprise: Enterprise, people: readonly Person[]): CaseViewModel {
  if (!enterpriseIsReference(enterprise)) return { assumptions: [] };
  const vm = referenceViewModels();
  const base = vm.wageAgreement?.parties;
  if (!base) return vm;
  const parties = partiesFromStored(base, enterprise, people);
  return {
    ...vm,
    wageAgreement: withParties(vm.wageAgreement, parties),
    jobRetention: withParties(vm.jobRetention, parties),
    requestLetter: withParties(vm.requestLetter, parties),
    congressResolution: withParties(vm.congressResolution, parties),
    filingCover: withParties(vm.filingCover, parties),
    ohsAgreement: withParties(vm.ohsAgreement, parties),
    womenWorkers: withParties(vm.womenWorkers, parties),
    meetingMinutes: withParties(vm.meetingMinutes, parties),
  };
}

/** The i18n key saying what a template lacks for this enterprise (shown when build() answers null). */
export function templateMissingReason(name: TemplateName, enterprise: Enterprise): string {
  return enterpriseIsReference(enterprise) ? 'documents.missing.notInReference' : `documents.missing.${name}`;
}
