import { describe, expect, it } from 'vitest';
import { procedureEventExists, procedureEventOf, procedureEventRemoved, procedureEventRestored } from '../../../shared/procedure/eventRemove';
import { procedureRecordSchema, type ProcedureRecordInput } from '../../../shared/procedure/record';

const meeting = (date: string) => ({ date, place: '会议室', chair: 'workers' as const });

function record(): ProcedureRecordInput {
  return procedureRecordSchema.parse({
    kind: 'wage-agreement',
    regionCode: '330106',
    request: { from: 'workers', sentAt: '2027-01-04', receivedAt: null, time: '', place: '', content: '' },
    meetings: [meeting('2027-01-20'), meeting('2027-01-27'), meeting('2027-02-03')],
  });
}

describe('procedure events are removed and put back', () => {
  it('takes a meeting out of the list and puts it back in its place', () => {
    const before = record();
    const ref = { list: 'meetings', index: 1 } as const;
    const removed = procedureEventRemoved(before, ref)!;
    expect(removed.meetings!.map((m) => m.date)).toEqual(['2027-01-20', '2027-02-03']);
    expect(procedureRecordSchema.safeParse(removed).success).toBe(true);
    const back = procedureEventRestored(removed, ref, procedureEventOf(before, ref))!;
    expect(back.meetings!.map((m) => m.date)).toEqual(['2027-01-20', '2027-01-27', '2027-02-03']);
  });

  it('empties a single event and refuses to undo over a newer entry', () => {
    const before = record();
    const ref = { single: 'request' } as const;
    const removed = procedureEventRemoved(before, ref)!;
    expect(removed.request).toBeNull();
    const event = procedureEventOf(before, ref);
    expect(procedureEventRestored(removed, ref, event)!.request).toEqual(before.request);
    const retyped = { ...removed, request: { from: 'workers' as const, sentAt: '2027-01-05', time: '', place: '', content: '' } };
    expect(procedureEventRestored(retyped, ref, event)).toBeNull();
  });

  it('offers nothing for an event the record does not hold', () => {
    const before = record();
    expect(procedureEventExists(before, { list: 'votes', index: 0 })).toBe(false);
    expect(procedureEventRemoved(before, { list: 'meetings', index: 3 })).toBeNull();
    expect(procedureEventRemoved(before, { single: 'signing' })).toBeNull();
  });
});
