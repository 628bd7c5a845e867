import { regionByCode, regionSearch } from '../../shared/regions/region';
import type { CliCommand } from '../command';

/** `region <code | name>`: looks up GB/T 2260 divisions the app knows. Exit 1 when nothing matches. */
export const regionCommand: CliCommand = {
  name: 'region',
  summary: 'look up a GB/T 2260 region by code or name',
  usage: 'region <code | name>',
  async run(args, io) {
    const query = args.join(' ').trim();
    if (!query) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const exact = regionByCode(query);
    const found = exact ? [exact] : regionSearch(query);
    io.out(JSON.stringify(found, null, 2));
    return found.length > 0 ? 0 : 1;
  },
};
