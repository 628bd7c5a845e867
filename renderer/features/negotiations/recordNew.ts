// New negotiation records for an enterprise: a blank one, or the reference case's March 2020 record with
// its sample people mapped to the enterprise's own people by name (where a name matches), so the rules
// and the forms name the people the user already keeps.
import type { Enterprise, Person } from '../../../shared/enterprise/model';
import type { AgreementKind } from '../../../shared/procedure/deadlineRules';
import type { ProcedureRecordInput } from '../../../shared/procedure/record';
import { referenceRecord, referenceRecordPeople } from '../../../shared/sample/referenceRecord';
import type { RulePerson } from '../../../shared/procedure/rules/types';

export function negotiationBlank(enterprise: Enterprise, title: string, kind: AgreementKind): ProcedureRecordInput {
  return { title, kind, enterpriseName: enterprise.name, regionCode: enterprise.regionCode };
}

/** Sample id → the enterprise person of the same name (and side, when both have one). */
export function referencePeopleMap(people: readonly Person[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const sample of referenceRecordPeople) {
    const match = people.find((p) => p.name === sample.name && (sample.side === undefined || p.side === sample.side))
      ?? people.find((p) => p.name === sample.name);
    if (match) map.set(sample.id, match.id);
  }
  return map;
}

/** Every string in `value` that is a key of `ids` replaced by its value (ids are unique, e.g. 'ref-person-3'). */
function idsReplace<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (typeof value === 'string') return (ids.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => idsReplace(v, ids)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, idsReplace(v, ids)])) as T;
  }
  return value;
}

/** The reference record for `enterprise`; people whose names match the enterprise's are theirs. */
export function negotiationReference(enterprise: Enterprise, people: readonly Person[]): ProcedureRecordInput {
  const mapped = idsReplace(referenceRecord(), referencePeopleMap(people));
  return { ...mapped, enterpriseName: enterprise.name, regionCode: enterprise.regionCode };
}

/** The enterprise's people as the rules name them. */
export function rulePeople(people: readonly Person[]): RulePerson[] {
  return people.map((p) => ({ id: p.id, name: p.name, side: p.side }));
}
