import { placeMatchLimit } from '../../shared/regions/placeMatch';
import { type Region, regionByCode, regionCountyLevel, regionPath, regionSearch } from '../../shared/regions/region';
import { type Town, regionTowns, townByCode } from '../../shared/regions/town';
import { type CliCommand, type CliIo, cliArgs } from '../command';
import { textTable } from './textTable';

const fullUsage = 'region <name | code | pinyin initials> [--limit N] [--json] | region <county code or name> --towns [--json]';

/** '福建省 宁德市 福鼎市': the names from the province down, apart, as a reader says them. */
const pathText = (code: string) => regionPath(code).map((r) => r.name).join(' ');
const regionJson = (r: Region) => ({ ...r, path: regionPath(r.code).map((p) => p.name) });

/** The one county-level division the text names (its code, or a name or initials only it matches). */
function countyNamed(text: string): { county: Region } | { candidates: Region[] } {
  const exact = regionByCode(text);
  if (exact) return { county: exact };
  const countyLevel = new Set(regionCountyLevel().map((r) => r.code));
  const candidates = regionSearch(text, Number.POSITIVE_INFINITY).filter((r) => countyLevel.has(r.code));
  return candidates.length === 1 && candidates[0] ? { county: candidates[0] } : { candidates };
}

async function townsPrint(text: string, json: boolean, io: CliIo): Promise<number> {
  const named = countyNamed(text);
  if (!('county' in named)) {
    const some = named.candidates.slice(0, 10).map((r) => `${r.code} ${pathText(r.code)}`).join('; ');
    io.err(
      named.candidates.length === 0
        ? `没有符合“${text}”的区县 / no county matches "${text}"`
        : `“${text}”符合 ${named.candidates.length} 个区县，请用代码指定 / "${text}" matches ${named.candidates.length} counties; name one by its code: ${some}`,
    );
    return 1;
  }
  const { county } = named;
  const towns = await regionTowns(county.code);
  if (json) io.out(JSON.stringify({ county: regionJson(county), towns }, null, 2));
  else {
    io.out(`${county.code}  ${pathText(county.code)}：${towns.length} 个乡镇/街道 towns and streets`);
    for (const line of textTable(towns.map((t) => [t.code, t.name]))) io.out(line);
  }
  if (towns.length === 0) io.err(`数据中没有 ${county.code} 的乡镇/街道 / the data lists no towns for ${county.code}`);
  return towns.length > 0 ? 0 : 1;
}

const noMatch = (query: string) => `没有符合“${query}”的地区 / no region matches "${query}"`;

function townPrint(query: string, town: Town | undefined, json: boolean, io: CliIo): number {
  if (json) io.out(JSON.stringify(town ? [{ ...town, path: [...regionPath(town.countyCode).map((p) => p.name), town.name] }] : [], null, 2));
  else if (town) io.out(`${town.code}  ${pathText(town.countyCode)} ${town.name}`);
  if (!town) io.err(noMatch(query));
  return town ? 0 : 1;
}

/**
 * `region <query>`: GB/T 2260 divisions matching a name ('福鼎'), a code ('350982', a prefix '3509', or a
 * town's nine digits) or pinyin initials ('fd'), best first, with their names from the province down.
 * `region <county> --towns` lists the county's towns and streets. Exit 1 when nothing matches, 2 on bad arguments.
 */
export const regionCommand: CliCommand = {
  name: 'region',
  summary: 'find GB/T 2260 regions by name, code or pinyin initials; --towns lists a county\'s towns',
  usage: 'region <name | code | initials> [--towns]',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    // A flag written before the query takes it as its value: `region --towns 350982`.
    for (const flag of ['towns', 'json']) {
      const value = options.get(flag);
      if (typeof value === 'string') positional.unshift(value);
    }
    const query = positional.join(' ').trim();
    const limitText = options.get('limit');
    const limit = limitText === undefined ? placeMatchLimit : typeof limitText === 'string' && /^[1-9]\d*$/.test(limitText) ? Number(limitText) : null;
    if (!query || limit === null) {
      io.err(`usage: ${fullUsage}`);
      return 2;
    }
    const json = options.has('json');
    if (options.has('towns')) return townsPrint(query, json, io);
    if (/^\d{9}$/.test(query)) return townPrint(query, await townByCode(query), json, io);
    // One more than asked for tells whether the list is cut.
    const found = regionSearch(query, limit + 1);
    const shown = found.slice(0, limit);
    if (json) io.out(JSON.stringify(shown.map(regionJson), null, 2));
    else {
      for (const line of textTable(shown.map((r) => [r.code, pathText(r.code)]))) io.out(line);
      if (found.length > limit) io.out(`……只列出前 ${limit} 个（--limit 可改） / first ${limit} only (see --limit)`);
    }
    if (found.length === 0) io.err(noMatch(query));
    return found.length > 0 ? 0 : 1;
  },
};
