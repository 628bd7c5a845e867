// Refreshes shared/calendar/holidaysCn.json from the chinese-days package (MIT, a devDependency), which
// transcribes the State Council's yearly 部分节假日安排 notices: which days are off (放假) and which weekend
// days are worked (调休上班). Run: node scripts/holidays-from-chinese-days.mjs [--check]
//
// chinese-days marks every day off alike, so the script splits them itself. The statutory days proper
// (法定节假日: 300 % overtime, LL 44 / CNT-03) are the festivals' own dates under 全国年节及纪念日放假办法
// (HOL art 2) in force that year; every other day off in a holiday block is a rest day (调休 or 补假, HOL
// arts 6–7: 200 %, or time off in lieu). The script refuses to write when a derived statutory day is not a
// day off in the notice data, or a year's count differs from the law's (11 days 2014–2024, 13 from 2025).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(root, 'node_modules', 'chinese-days');
const outPath = join(root, 'shared', 'calendar', 'holidaysCn.json');
const FIRST_YEAR = 2019;

const chineseDays = require('chinese-days');
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const data = JSON.parse(readFileSync(join(packageDir, 'dist', 'chinese-days.json'), 'utf8'));

/** Our keys and names; chinese-days labels days "English name,中文名,days". */
const names = {
  new_year: { zh: '元旦', en: "New Year's Day" },
  spring_festival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  labour_day: { zh: '劳动节', en: 'Labour Day' },
  dragon_boat: { zh: '端午节', en: 'Dragon Boat Festival' },
  mid_autumn: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  national_day: { zh: '国庆节', en: 'National Day' },
};
const keyByChineseDaysName = {
  "New Year's Day": 'new_year',
  'Spring Festival': 'spring_festival',
  'Tomb-sweeping Day': 'qingming',
  'Labour Day': 'labour_day',
  'Dragon Boat Festival': 'dragon_boat',
  'Mid-autumn Festival': 'mid_autumn',
  'National Day': 'national_day',
};

function keyOf(label) {
  const english = label.split(',')[0];
  const key = keyByChineseDaysName[english];
  if (!key) throw new Error(`unknown holiday label in chinese-days data: ${label}`);
  return key;
}

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function weekday(date) {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const pad = (n) => String(n).padStart(2, '0');
/** The solar date of a lunar month and day in the lunar year starting in `year` (never a leap month). */
const lunar = (year, month, day) => chineseDays.getSolarDateFromLunar(`${year}-${pad(month)}-${pad(day)}`).date;

/**
 * HOL art 2, by revision. The 2013 revision (国务院令第644号, in force 2014-01-01): 春节 初一–初三, 劳动节
 * 5-1; 11 days. The 2024 revision (国务院令第795号; the new days apply from 2025-01-01): 春节 adds 除夕,
 * 劳动节 adds 5-2; 13 days. Fixed-date festivals come first so that a lunar one meeting them is the one
 * carried (see `carry`).
 */
function statutoryFestivals(year) {
  const law2025 = year >= 2025;
  const firstDay = lunar(year, 1, 1);
  return [
    ['new_year', [`${year}-01-01`]],
    ['labour_day', law2025 ? [`${year}-05-01`, `${year}-05-02`] : [`${year}-05-01`]],
    ['national_day', [`${year}-10-01`, `${year}-10-02`, `${year}-10-03`]],
    ['qingming', [chineseDays.getSolarTermDate(year, 4, 'pure_brightness')]],
    ['spring_festival', [...(law2025 ? [addDays(firstDay, -1)] : []), firstDay, addDays(firstDay, 1), addDays(firstDay, 2)]],
    ['dragon_boat', [lunar(year, 5, 5)]],
    ['mid_autumn', [lunar(year, 8, 15)]],
  ];
}

/** The government notice URLs chinese-days cites above each year's arrangement in its source. */
function noticesByYear() {
  let source;
  try {
    source = readFileSync(join(packageDir, 'src', 'holidays', 'generate.ts'), 'utf8');
  } catch {
    return {};
  }
  const notices = {};
  let previousEnd = 0;
  for (const match of source.matchAll(/\.y\((\d{4})\)/g)) {
    const comment = source.slice(previousEnd, match.index);
    notices[match[1]] = [...comment.matchAll(/https?:\/\/www\.gov\.cn\/\S+?\.htm/g)].map((m) => m[0]);
    previousEnd = match.index + match[0].length;
  }
  return notices;
}

function daysOfYear(table, year) {
  return Object.entries(table).filter(([date]) => date.startsWith(`${year}-`)).sort(([a], [b]) => a.localeCompare(b));
}

function yearEntry(year, notices) {
  const daysOff = new Map(daysOfYear(data.holidays, year));
  const statutory = new Map();
  const notes = [];
  for (const [key, dates] of statutoryFestivals(year)) {
    for (const date of dates) {
      let day = date;
      // Two festivals on one date (中秋 = 国庆 on 2020-10-01): the notice still gives every statutory day,
      // and 人社厅函〔2020〕135号 paid 10-01 to 10-04 at 300 %, so the later festival's day is carried to the
      // next day off of the block that is not already statutory.
      while (statutory.has(day)) day = addDays(day, 1);
      if (day !== date) notes.push(`${names[key].zh} ${date} 与${names[statutory.get(date)].zh}重叠，其法定假日计入 ${day}（人社厅函〔2020〕135号）`);
      if (!daysOff.has(day)) throw new Error(`${year}: statutory day ${day} (${key}) is not a day off in chinese-days`);
      statutory.set(day, key);
    }
  }
  const expected = year >= 2025 ? 13 : 11;
  if (statutory.size !== expected) throw new Error(`${year}: ${statutory.size} statutory days, the law gives ${expected}`);

  const rest = [...daysOff].filter(([date]) => !statutory.has(date)).map(([date, label]) => [date, keyOf(label)]);
  const workdays = daysOfYear(data.workdays, year).map(([date, label]) => {
    if (weekday(date) !== 0 && weekday(date) !== 6) throw new Error(`${year}: make-up workday ${date} is not a weekend day`);
    return [date, keyOf(label)];
  });
  const sorted = (entries) => Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
  return {
    verified: false,
    notices: notices[String(year)] ?? [],
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
    statutory: sorted(statutory),
    rest: sorted(rest),
    workdays: sorted(workdays),
  };
}

function build() {
  const lastYear = Math.max(...Object.keys(data.holidays).map((date) => Number(date.slice(0, 4))));
  const notices = noticesByYear();
  const years = {};
  for (let year = FIRST_YEAR; year <= lastYear; year++) years[String(year)] = yearEntry(year, notices);
  const now = new Date();
  return {
    format: 'wagedesk-holiday-calendar/1',
    source: {
      name: `chinese-days ${packageJson.version}`,
      license: 'MIT',
      url: 'https://github.com/vsme/chinese-days',
      generatedOn: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
      derivation:
        'Days off and make-up workdays as chinese-days transcribes the State Council notices. Statutory days are the ' +
        "festivals' own dates under 全国年节及纪念日放假办法 art 2 (2014–2024: 11 days, 春节 初一–初三; 2025+: 13 days, " +
        '春节 除夕–初三, 劳动节 5-1/5-2), lunar dates and 清明 from chinese-days; every other day off is a rest day (调休/补假).',
    },
    names,
    years,
  };
}

const calendar = build();
const text = `${JSON.stringify(calendar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  // Compare everything but the generation date, so CI can tell stale data from a new day.
  const current = JSON.parse(readFileSync(outPath, 'utf8'));
  current.source.generatedOn = calendar.source.generatedOn;
  const same = JSON.stringify(current) === JSON.stringify(calendar);
  console.log(same ? 'holidaysCn.json is up to date' : 'holidaysCn.json differs from chinese-days; run without --check');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(outPath, text);
  console.log(`wrote ${outPath}: years ${Object.keys(calendar.years).join(', ')}`);
}
