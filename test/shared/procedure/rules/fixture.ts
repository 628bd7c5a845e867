// Records and contexts for the rules tests: the reference record with one part changed.
import { isoDate } from '../../../../shared/dates/isoDate';
import { type ProcedureRecord, type ProcedureRecordInput, procedureRecordParse } from '../../../../shared/procedure/record';
import { referenceRecord, referenceRecordPeople } from '../../../../shared/sample/referenceRecord';
import { type Finding, type RuleContext, procedureRuleById, ruleContextDefault } from '../../../../shared/procedure/rules';

/** The day the reference record is judged on unless a test says otherwise. */
export const AS_OF = '2020-04-30';
export const FUDING = '350982';
export const BEIJING = '110105';
/** 兰州市城关区: no provincial variant looked at, so the nationwide periods alone. */
export const LANZHOU = '620102';

export function parsed(input: ProcedureRecordInput): ProcedureRecord {
  const result = procedureRecordParse(input);
  if (!result.ok) throw new Error(`${result.error.params?.field}: ${result.error.message}`);
  return result.value;
}

/** The reference record with the given top-level parts replaced. */
export function reference(patch: Partial<ProcedureRecordInput> = {}): ProcedureRecord {
  return parsed({ ...referenceRecord(), ...patch });
}

export function context(today: string = AS_OF, overrides: Partial<Omit<RuleContext, 'today'>> = {}): RuleContext {
  return ruleContextDefault(isoDate(today), { people: referenceRecordPeople, ...overrides });
}

/** One rule's findings. */
export function ruleFindings(id: string, record: ProcedureRecord, today: string = AS_OF, overrides: Partial<Omit<RuleContext, 'today'>> = {}): Finding[] {
  const rule = procedureRuleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.check(record, context(today, overrides));
}

export const actionsOf = (findings: readonly Finding[]) => findings.map((f) => f.action);

type Rep = NonNullable<ProcedureRecordInput['representatives']>[number];

/** `workers` and `employer` representatives, the first of each side its chief, all properly chosen. */
export function table(workers: number, employer: number): Rep[] {
  const side = (s: 'workers' | 'employer', n: number): Rep[] =>
    Array.from({ length: n }, (_, i) => ({
      personId: `${s[0]}${i + 1}`,
      name: `${s === 'workers' ? '职工' : '企业'}代表${i + 1}`,
      side: s,
      role: i === 0 ? 'chief' : 'member',
      isUnionChair: s === 'workers' && i === 0,
      isLegalRepresentative: s === 'employer' && i === 0,
      chosenBy: s === 'workers' ? 'union' : 'appointment',
    }));
  return [...side('workers', workers), ...side('employer', employer)];
}
