import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { referenceRecord, referenceRecordBroken } from '../../shared/sample/referenceRecord';
import { cliTestIo } from './cliTestIo';
import { zhejiangCaseText } from './zhejiangCase';

const AS_OF = ['--as-of', '2020-04-30'];

describe('cli check', () => {
  it('exits 0 on the sample and prints each finding with its rule id and article', async () => {
    const t = cliTestIo();
    expect(await cliMain(['check', '--sample', ...AS_OF], t.io)).toBe(0);
    expect(t.out[0]).toBe('协商程序检查：福建隆祥皮革有限公司 · 2020年3月工资专项集体合同（第二份工资协议） · 工资专项集体合同（工资协议） · 福建省宁德市福鼎市（350982）');
    expect(t.out[1]).toBe('检查日期：2020-04-30');
    expect(t.out).toContain('【签字】');
    expect(t.out.find((l) => l.startsWith('[警告] CNT-02 《最低工资规定》第十二条'))).toContain('恰好等于福鼎市第 3 档最低工资 1,570.00 元');
    expect(t.out.at(-1)).toBe('结论：没有阻止性问题（阻止 0 项，警告 1 项，提示 2 项）。');
    expect(t.err).toEqual([]);
  });

  it('exits 1 when a finding blocks, with the line "[阻止] RAT-03 《集体合同规定》第三十六条：…"', async () => {
    const t = cliTestIo({ 'case.json': JSON.stringify(referenceRecordBroken('vote-below-half')) });
    expect(await cliMain(['check', 'case.json', ...AS_OF], t.io)).toBe(1);
    expect(t.out).toContain('[阻止] RAT-03 《集体合同规定》第三十六条：全体职工代表 36 人，同意 17 人（47.2%），未达到半数（虽超过出席人数的半数，但应以全体人数计算）：草案未获通过');
    expect(t.out.at(-1)).toMatch(/^结论：有阻止性问题，自「签字」起的步骤不能进行/);
  });

  it('exits 0 on a warning only (a vote at exactly half)', async () => {
    const t = cliTestIo();
    expect(await cliMain(['check', '--sample', 'vote-exactly-half', ...AS_OF], t.io)).toBe(0);
    expect(t.out.some((l) => l.startsWith('[警告] RAT-03'))).toBe(true);
  });

  it('prints JSON with --json, exit code unchanged', async () => {
    const t = cliTestIo();
    expect(await cliMain(['check', '--sample', 'signed-before-vote', '--json', ...AS_OF], t.io)).toBe(1);
    const json = JSON.parse(t.out.join('\n'));
    expect(json).toMatchObject({ asOf: '2020-04-30', kind: 'wage-agreement', firstBlockedStep: 'filing', blocking: { signing: false, filing: true, export: true } });
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'SIG-01', action: 'block', path: 'signing.date' }));
  });

  it('judges deadlines on --as-of: an unfiled agreement is overdue the day after day 7', async () => {
    const unfiled = { ...referenceRecord(), filing: null, publication: null };
    const early = cliTestIo({ 'r.json': JSON.stringify(unfiled) });
    expect(await cliMain(['check', 'r.json', '--as-of', '2020-03-18'], early.io)).toBe(0);
    expect(early.out).toContain('[警告] FIL-01 《工资集体协商试行办法》第二十一条：应于 2020-03-20（7 日）前报送劳动保障行政部门，还剩 2 日');
    const late = cliTestIo({ 'r.json': JSON.stringify(unfiled) });
    expect(await cliMain(['check', 'r.json', '--as-of', '2020-03-21'], late.io)).toBe(0);
    expect(late.out.some((l) => l.includes('已逾期 1 日未报送劳动保障行政部门'))).toBe(true);
  });

  it('exits 2 on an invalid record with one line naming the field', async () => {
    const bad = { ...referenceRecord(), votes: [{ ...referenceRecord().votes![0]!, present: 40 }] };
    const t = cliTestIo({ 'bad.json': JSON.stringify(bad) });
    expect(await cliMain(['check', 'bad.json'], t.io)).toBe(2);
    expect(t.out).toEqual([]);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toContain('字段 votes.0.present');
    expect(t.err[0]).toContain('field votes.0.present');
  });

  it('exits 2 on text that is not JSON, a missing file, a bad --as-of, an unknown variant, or nothing to check', async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [['check', 'x.json'], { 'x.json': '{' }, 'JSON'],
      [['check', 'nope.json'], {}, 'nope.json'],
      [['check', '--sample', '--as-of', '2021-02-30'], {}, '--as-of'],
      [['check', '--sample', 'nonsense'], {}, 'vote-below-half'],
      [['check'], {}, 'usage'],
    ];
    for (const [args, files, says] of cases) {
      const t = cliTestIo(files);
      expect(await cliMain(args, t.io), args.join(' ')).toBe(2);
      expect(t.err.join('\n'), args.join(' ')).toContain(says);
    }
  });
});

describe('cli check <case.json>', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- edited as untyped JSON, as a user's editor would
  const zhejiangWith = (change: (c: any) => void) => {
    const c = JSON.parse(zhejiangCaseText());
    change(c);
    return JSON.stringify(c);
  };

  it("checks the round's procedure record, headed by the case's enterprise and region, exit 0 when nothing blocks", async () => {
    const t = cliTestIo({ 'zj.json': zhejiangCaseText() });
    expect(await cliMain(['check', 'zj.json', '--as-of', '2022-02-20'], t.io)).toBe(0);
    expect(t.out[0]).toBe('协商程序检查：杭州云溪丝绸服饰有限公司 · 2022年度工资专项集体合同 · 工资专项集体合同（工资协议） · 浙江省杭州市西湖区（330106）');
    expect(t.out).toContain('[提示] FIL-01 《工资集体协商试行办法》第二十一条：应于 2022-02-25（7 日）前报送劳动保障行政部门');
    expect(t.out.at(-1)).toMatch(/^结论：没有阻止性问题/);
    expect(t.err).toEqual([]);
  });

  it("names people from the case's people list and checks their sides against it", async () => {
    const text = zhejiangWith((c) => {
      for (const r of c.round.procedure.representatives) r.name = '';
      c.round.procedure.representatives[5].side = 'workers';
    });
    const t = cliTestIo({ 'zj.json': text });
    expect(await cliMain(['check', 'zj.json', '--as-of', '2022-02-20'], t.io)).toBe(1);
    expect(t.out.some((l) => l.startsWith('[阻止] REP-01') && l.includes('职工方 4 人、企业方 2 人'))).toBe(true);
    expect(t.out.some((l) => l.includes('杨国栋在人员名单中属于企业方，却列为职工方代表'))).toBe(true);
  });

  it('exits 1 when a finding blocks (a vote below half of all representatives)', async () => {
    const text = zhejiangWith((c) => Object.assign(c.round.procedure.votes[0], { for: 20, against: 20, abstaining: 8 }));
    const t = cliTestIo({ 'zj.json': text });
    expect(await cliMain(['check', 'zj.json', '--as-of', '2022-02-20', '--json'], t.io)).toBe(1);
    const json = JSON.parse(t.out.join('\n'));
    expect(json).toMatchObject({ enterpriseName: '杭州云溪丝绸服饰有限公司', regionCode: '330106', firstBlockedStep: 'signing' });
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'RAT-03', action: 'block' }));
  });

  it('checks a round of the sample as a case file with --sample --round', async () => {
    const t = cliTestIo();
    expect(await cliMain(['check', '--sample', '--round', 'ref-2021-1', '--as-of', '2021-01-20'], t.io)).toBe(0);
    expect(t.out[0]).toContain('2021年1月工资专项集体合同（第四份工资协议）');
  });

  it('exits 2 on an invalid case file with one line naming the field, as for a record', async () => {
    const t = cliTestIo({ 'bad.json': zhejiangWith((c) => (c.round.procedure.votes[0].present = 60)) });
    expect(await cliMain(['check', 'bad.json'], t.io)).toBe(2);
    expect(t.out).toEqual([]);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toContain('字段 round.procedure.votes.0.present');
    const broken = cliTestIo();
    expect(await cliMain(['check', '--sample', 'vote-below-half', '--round', 'ref-2021-1'], broken.io)).toBe(2);
    expect(broken.err[0]).toContain('--round takes no broken variant');
  });

  it('prints the witness checklist of a case file', async () => {
    const t = cliTestIo({ 'zj.json': zhejiangCaseText() });
    expect(await cliMain(['witness-checklist', 'zj.json', '--as-of', '2022-02-20'], t.io)).toBe(0);
    expect(t.out[0]).toMatch(/^见证核对表：杭州云溪丝绸服饰有限公司/);
    expect(t.out).toContain('[符合] REP-01 双方协商代表人数是否相等，且每方不少于 3 人？（《集体合同规定》第十九条）');
  });
});

describe('cli witness-checklist', () => {
  it('prints one answered question per rule, and the tally', async () => {
    const t = cliTestIo();
    expect(await cliMain(['witness-checklist', '--sample', ...AS_OF], t.io)).toBe(0);
    expect(t.out[0]).toMatch(/^见证核对表：福建隆祥皮革有限公司/);
    expect(t.out).toContain('[符合] REP-01 双方协商代表人数是否相等，且每方不少于 3 人？（《集体合同规定》第十九条）');
    expect(t.out.some((l) => l.startsWith('[有问题] CNT-02'))).toBe(true);
    expect(t.out.some((l) => l.startsWith('    → 一线职工月基本工资 1,570.00 元'))).toBe(true);
    expect(t.out.at(-1)).toMatch(/^合计：符合 \d+ 项，有问题 1 项，待核实 0 项。$/);
  });
  it('marks what a record cannot answer yet as 待核实, and prints JSON with --json', async () => {
    const early = { ...referenceRecord(), votes: [], signing: null, filing: null, publication: null };
    const t = cliTestIo({ 'r.json': JSON.stringify(early) });
    expect(await cliMain(['witness-checklist', 'r.json', ...AS_OF], t.io)).toBe(0);
    expect(t.out.some((l) => l.startsWith('[待核实] RAT-02'))).toBe(true);
    expect(t.out.some((l) => l.startsWith('[有问题] RAT-01'))).toBe(true);
    const json = cliTestIo();
    expect(await cliMain(['witness-checklist', '--sample', '--json', ...AS_OF], json.io)).toBe(0);
    expect(JSON.parse(json.out.join('\n')).items[0]).toMatchObject({ ruleId: 'REP-01', status: 'ok' });
  });
});
