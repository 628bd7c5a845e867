// Every value a template can list as missing (templates/case/*.ts: needs.need / needs.add, and the wage
// table's error map) has its phrase in the CLI's table, so `render` never prints a bare key.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingEn, missingTexts, missingZh } from '../../cli/commands/missingText';
import { caseScreens } from '../../templates/case/needs';

const caseDir = join(__dirname, '../../templates/case');

/** The text of each needs.need(…) / needs.add(…) call, parentheses balanced. */
function needCalls(source: string): string[] {
  const calls: string[] = [];
  for (const match of source.matchAll(/needs\.(?:need|add)\(/g)) {
    let depth = 1;
    let i = match.index + match[0].length;
    while (depth > 0 && i < source.length) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')') depth--;
      i++;
    }
    calls.push(source.slice(match.index, i));
  }
  return calls;
}

/**
 * The `what` keys in a call: camelCase literals that are not a screen, an object property's value
 * (event: 'signed') or a comparison's operand (side === 'workers').
 */
function whatKeys(call: string): string[] {
  return [...call.matchAll(/(\w+:\s*|[=!]==\s*)?'([a-z][A-Za-z]*)'/g)]
    .filter(([, before, key]) => before === undefined && !(caseScreens as readonly string[]).includes(key!))
    .map(([, , key]) => key!);
}

async function templateWhatKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const name of await readdir(caseDir)) {
    const source = await readFile(join(caseDir, name), 'utf8');
    for (const call of needCalls(source)) for (const key of whatKeys(call)) keys.add(key);
    for (const [, key] of source.matchAll(/what: '(\w+)'/g)) keys.add(key!);
  }
  return keys;
}

describe('missing values on the command line', () => {
  it('has a phrase for every value the templates can list as missing', async () => {
    const keys = await templateWhatKeys();
    // The scan found the calls at all (one key from each kind of call).
    for (const key of ['payday', 'employerChief', 'deadlineRules', 'agreedWage', 'ohsCommitments']) expect(keys).toContain(key);
    expect([...keys].filter((key) => !(key in missingTexts))).toEqual([]);
  });

  it('says each in Chinese with its field, and in English with its key', () => {
    expect(missingZh(['payday', 'minimumWage'])).toBe('工资支付日（字段 round.details.payday）、当地最低工资标准（字段 minimumWage）');
    expect(missingEn(['agreedWage'])).toBe('the agreed wage (a scenario marked agreed, or agreed figures) [agreedWage]');
    expect(missingZh(['deadlineRules'])).toBe('适用的期限规则');
    expect(missingZh(['somethingNew'])).toBe('somethingNew');
  });
});
