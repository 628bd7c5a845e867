// A worker's home province (籍贯 / 户籍省份) as written on a roster: "云南", "云南省", "湖南郴州",
// "广西壮族自治区". Stored as the full GB/T 2260 name, so travel-fare rules and reports group alike.
import { provinceEntries } from '../regions/provinces';

/** 云南省 → 云南, 广西壮族自治区 → 广西, 北京市 → 北京. */
const SHORT_NAME_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;

const provinces = provinceEntries.map((p) => ({ name: p.name, short: p.name.replace(SHORT_NAME_SUFFIX, '') }));

/** The full province name the text starts with (full or short name), or null. */
export function homeProvinceFromText(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (t === '') return null;
  return provinces.find((p) => t.startsWith(p.name) || t.startsWith(p.short))?.name ?? null;
}

/** Every province name the roster accepts, in GB/T 2260 order. */
export function homeProvinceNames(): readonly string[] {
  return provinces.map((p) => p.name);
}
