// Every document template by its CLI and file name. build() answers null when the case has no data for
// that document (a case without a job-retention agreement has no 保岗协议).
import type { Document } from './model';
import type { CaseViewModel } from './viewModel';
import { congressResolution } from './documents/congressResolution';
import { filingCover } from './documents/filingCover';
import { jobRetentionAgreement } from './documents/jobRetentionAgreement';
import { meetingMinutes } from './documents/meetingMinutes';
import { ohsAgreement } from './documents/ohsAgreement';
import { requestLetter } from './documents/requestLetter';
import { wageAgreement } from './documents/wageAgreement';
import { womenWorkersAgreement } from './documents/womenWorkersAgreement';

export const templateNames = [
  'wage-agreement',
  'job-retention',
  'request-letter',
  'congress-resolution',
  'filing-cover',
  'ohs-agreement',
  'women-workers',
  'meeting-minutes',
] as const;
export type TemplateName = (typeof templateNames)[number];

export interface TemplateEntry {
  readonly titleZh: string;
  build(viewModel: CaseViewModel): Document | null;
}

/** Applies a template to one part of the case, or answers null when that part is missing. */
function part<V>(pick: (c: CaseViewModel) => V | undefined, template: (v: V) => Document) {
  return (c: CaseViewModel): Document | null => {
    const v = pick(c);
    return v === undefined ? null : template(v);
  };
}

export const templateRegistry: Readonly<Record<TemplateName, TemplateEntry>> = {
  'wage-agreement': { titleZh: '工资专项集体合同', build: part((c) => c.wageAgreement, wageAgreement) },
  'job-retention': { titleZh: '保岗协议', build: part((c) => c.jobRetention, jobRetentionAgreement) },
  'request-letter': { titleZh: '工资集体协商要约书', build: part((c) => c.requestLetter, requestLetter) },
  'congress-resolution': { titleZh: '职工代表大会决议', build: part((c) => c.congressResolution, congressResolution) },
  'filing-cover': { titleZh: '报送审查登记表', build: part((c) => c.filingCover, filingCover) },
  'ohs-agreement': { titleZh: '劳动安全卫生（职业病防治）专项集体合同', build: part((c) => c.ohsAgreement, ohsAgreement) },
  'women-workers': { titleZh: '女职工权益保护专项集体合同', build: part((c) => c.womenWorkers, womenWorkersAgreement) },
  'meeting-minutes': { titleZh: '工资集体协商会议记录', build: part((c) => c.meetingMinutes, meetingMinutes) },
};

export function isTemplateName(name: string): name is TemplateName {
  return (templateNames as readonly string[]).includes(name);
}
