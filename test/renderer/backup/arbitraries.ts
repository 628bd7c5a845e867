// Random stored rows that pass the zod input schemas: Chinese and mixed text, soft-deleted rows, and
// rows in the legacy shape (fields added later left out), exactly as IndexedDB would hold them.
import fc from 'fast-check';
import { creditCodeCheckChar } from '../../../shared/enterprise/creditCode';
import { enterpriseInput, personInput, personRoles } from '../../../shared/enterprise/model';
import type { DocRow, KeyedRow, StoredRow } from '../../../renderer/db/schema';
import { type RoundInput, roundSchema } from '../../../shared/case/round';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';

const creditAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const regions = ['350982', '350902', '110105', '440305', '330106'];

/** Text as people type it: Chinese, Latin, digits, punctuation, the odd emoji; no edge whitespace. */
const textChar = fc.oneof(
  fc.constantFrom(...'福鼎市隆祥皮革有限公司工会主席吴华贵陈会珍职工代表大会协商'),
  fc.constantFrom(...'abcXYZ0123456789 -·（）、，。“”'),
  fc.constantFrom('😀', '\u00e9', '\u{20000}'),
);
const text = (min: number, max: number) =>
  fc.array(textChar, { minLength: min, maxLength: max }).map((chars) => chars.join('').trim()).filter((s) => s.length >= min);

const instant = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const creditCode = fc
  .tuple(fc.constantFrom('91', '92', '12', '51'), fc.constantFrom(...regions), fc.array(fc.constantFrom(...creditAlphabet), { minLength: 9, maxLength: 9 }))
  .map(([prefix, region, org]) => {
    const first17 = prefix + region + org.join('');
    return first17 + creditCodeCheckChar(first17)!;
  });

/** Times and soft delete; `legacy` rows lack the fields added after the first shipped shape. */
const bookkeeping = fc.record({
  createdAt: instant,
  updatedAt: instant,
  deletedAt: fc.option(instant, { nil: null }),
  legacy: fc.boolean(),
});

export const enterpriseRowArb = fc
  .record({
    id: fc.uuid(),
    fields: fc.record({
      name: text(1, 40),
      creditCode,
      regionCode: fc.constantFrom(...regions),
      industry: text(0, 20),
      headcount: fc.integer({ min: 0, max: 100_000 }),
      womenShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      address: text(0, 60),
      economicType: text(0, 10),
      legalRepresentative: text(1, 10),
      unionName: text(0, 30),
      unionChair: text(0, 10),
      witnessFederation: text(0, 20),
    }),
    times: bookkeeping,
  })
  .map(({ id, fields: { womenShare, ...fields }, times }): StoredRow => {
    const womenCount = womenShare === null ? null : Math.floor(fields.headcount * womenShare);
    const parsed = enterpriseInput.parse({ ...fields, womenCount });
    const { legacy, ...stamps } = times;
    const row: Record<string, unknown> = { ...parsed, id, ...stamps };
    if (legacy && stamps.deletedAt === null && parsed.womenCount === null) {
      delete row.deletedAt;
      delete row.womenCount;
    }
    return row as StoredRow;
  });

const phone = fc.oneof(
  fc.constant(''),
  fc.array(fc.constantFrom(...'0123456789'), { minLength: 8, maxLength: 15 }).map((d) => d.join('')),
  fc.constant('+86 591-8765 4321'),
);

export function personRowArb(enterpriseIds: readonly string[]): fc.Arbitrary<StoredRow> {
  return fc
    .record({
      id: fc.uuid(),
      enterpriseId: enterpriseIds.length > 0 ? fc.constantFrom(...enterpriseIds) : fc.uuid(),
      role: fc.constantFrom(...personRoles),
      workers: fc.boolean(),
      fields: fc.record({ name: text(1, 10), post: text(0, 20), phone, hasAuthorization: fc.boolean(), note: text(0, 80) }),
      times: bookkeeping,
    })
    .map(({ id, enterpriseId, role, workers, fields, times }): StoredRow => {
      const side = role === 'recorder' ? 'neutral' : workers ? 'workers' : 'employer';
      const parsed = personInput.parse({ ...fields, role, side });
      const { legacy, ...stamps } = times;
      const row: Record<string, unknown> = { ...parsed, id, enterpriseId, ...stamps };
      if (legacy && stamps.deletedAt === null && !parsed.hasAuthorization) {
        delete row.deletedAt;
        delete row.hasAuthorization;
      }
      return row as StoredRow;
    });
}

export const settingsRowsArb: fc.Arbitrary<KeyedRow[]> = fc.option(fc.constantFrom('zh-CN', 'en'), { nil: null }).map((language) =>
  language === null ? [] : [{ key: 'language', value: language }],
);

/**
 * Rounds (schema v5) for some of the enterprises: one holding the sample's model with a random title and
 * Q2 wage, soft-deleted or not, stored whole or (`legacy`) with its defaults left out as an older build wrote it.
 */
export function roundRowsArb(enterpriseIds: readonly string[]): fc.Arbitrary<DocRow[]> {
  return fc.subarray([...enterpriseIds]).chain((ids) =>
    fc.tuple(...ids.map((enterpriseId) =>
      fc.record({ id: fc.uuid(), title: text(1, 40), wage: fc.integer({ min: 1, max: 1_000_000 }), times: bookkeeping }).map(({ id, title, wage, times }): DocRow => {
        const file = referenceWageCase();
        const scenario = file.scenarios[0]!;
        const wages = scenario.wages.map((w, i) => (i === 1 && w.kind === 'amount' ? { ...w, amountFen: wage } : w));
        const input: RoundInput = {
          id, title, kind: 'wage',
          wage: { ...file, scenarios: [{ ...scenario, wages }, ...file.scenarios.slice(1)] },
          procedure: { kind: 'wage-agreement', regionCode: '350982' },
        };
        return { id, enterpriseId, doc: times.legacy ? input : roundSchema.parse(input), updatedAt: times.updatedAt, deletedAt: times.deletedAt };
      }),
    )),
  );
}

/** A whole store: enterprises, their people (and the odd orphan), settings, rounds. */
export const storeContentArb = fc
  .uniqueArray(enterpriseRowArb, { maxLength: 6, selector: (row) => row.id })
  .chain((enterprises) =>
    fc.record({
      enterprises: fc.constant(enterprises),
      people: fc.uniqueArray(personRowArb(enterprises.map((e) => e.id)), { maxLength: 12, selector: (row) => row.id }),
      settings: settingsRowsArb,
      rounds: roundRowsArb(enterprises.map((e) => e.id)),
    }),
  );
