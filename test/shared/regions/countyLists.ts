// The county lists the per-province minimum-wage tests type from the notices, and what the shipped data
// says of every county of a province on a day, so each test compares the notice's list with the data.
import { isoDate } from '../../../shared/dates/isoDate';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { regionCountyLevel } from '../../../shared/regions/region';

/** County-level divisions of one province by "城市：县、县；城市：县" as the sources name them. */
export function listed(province: string, text: string): string[] {
  const counties = regionCountyLevel().filter((c) => c.code.startsWith(province));
  return text.split('；').flatMap((part) => {
    const [city, names] = part.split('：') as [string, string];
    return names.split('、').map((name) => {
      const found = counties.filter((c) => c.name === name && c.fullName.includes(city));
      if (found.length !== 1) throw new Error(`no single county ${city}${name}`);
      return found[0]!.code;
    });
  });
}

/** Every county of a province whose tier is known on a day in the shipped data, with its tier and monthly figure. */
export function tiersOn(province: string, date: string): Map<string, [number, number]> {
  const { tables, assignments } = minimumWageShipped();
  const known = new Map<string, [number, number]>();
  for (const county of regionCountyLevel().filter((c) => c.code.startsWith(province))) {
    const found = minimumWageFor(county.code, isoDate(date), tables, assignments);
    if (!('unknown' in found)) known.set(county.code, [found.tier, found.monthly]);
  }
  return known;
}
