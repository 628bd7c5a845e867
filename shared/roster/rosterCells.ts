// Reading one roster cell as people type it in Excel or WPS. Each reader answers the value or a problem
// code (no exceptions); the import plan turns problems into row errors with the row number and field.
import { type Fen, fenFromYuanText } from '../money/fen';
import { type IsoDate, isoDateFromParts } from '../dates/isoDate';

export type CellRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const problem = <T>(code: string): CellRead<T> => ({ ok: false, problem: code });

const DATE_FORMS = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, // 2019-03-01, 2019/3/1, 2019.3.1
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/, // 2019年3月1日
  /^(\d{4})(\d{2})(\d{2})$/, // 20190301
];

/** A date written 2019-03-01, 2019/3/1, 2019.3.1, 2019年3月1日 or 20190301 (the file adapters turn Excel dates into ISO text). */
export function cellDate(text: string): CellRead<IsoDate> {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  for (const form of DATE_FORMS) {
    const match = form.exec(t);
    if (match) {
      const date = isoDateFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
      return date === null ? problem('roster.dateNotReal') : ok(date);
    }
  }
  return problem('roster.dateFormat');
}

/** An amount in 元 ("650", "650.5", "¥650", "650元") as 分; never negative. */
export function cellYuan(text: string): CellRead<Fen> {
  const amount = fenFromYuanText(text);
  if (amount === null) return problem('roster.amountFormat');
  return amount < 0 ? problem('roster.amountNegative') : ok(amount);
}

/**
 * A mainland mobile number (11 digits from 1, with or without +86 and separators) or a landline with
 * its area code (0591-12345678). Answers the digits, the landline with one hyphen.
 */
export function cellPhone(text: string): CellRead<string> {
  const t = text.normalize('NFKC').replace(/[\s()（）]/g, '');
  const mobile = t.replace(/^(\+?86)-?/, '').replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(mobile)) return ok(mobile);
  const landline = /^(0\d{2,3})-?(\d{7,8})$/.exec(t);
  if (landline) return ok(`${landline[1]}-${landline[2]}`);
  return problem('roster.phoneFormat');
}

/**
 * Excel shows an 18-digit number typed into a Number cell as 3.50982E+17 and keeps only 15 significant
 * digits, so the last three are lost for good (they read back as 000). Asked only of a number that failed
 * the ID check, so the user is told to format the column as text rather than that the number is wrong.
 */
export function cellLooksLikeNumberMangledId(text: string): boolean {
  return /^\d(\.\d+)?E\+?\d+$/i.test(text) || /^\d{15}\d*000$/.test(text) || /^\d{16,18}\.0+$/.test(text);
}
