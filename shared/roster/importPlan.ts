// Importing a roster is a plan first, a change second. `rosterImportPlan` reads decoded rows (string[][],
// from the xlsx/csv adapters) through a column mapping and answers what would be imported: the workers
// of valid rows, every problem with its Excel row number (the header is row 1) and field, and duplicate
// ID numbers. `rosterImportApply` then takes all rows or nothing, unless the user explicitly chooses
// "valid rows only"; a row is always taken or left whole, never half-imported.
import { type Result, resultErr, resultOk } from '../result';
import { type RosterColumnMapping, type RosterField, rosterFields, rosterRequiredFields } from './columns';
import { homeProvinceFromText } from './homeProvince';
import { idNumberNormalize, idNumberProblem } from './idNumber';
import { cellDate, cellLooksLikeNumberMangledId, cellPhone, cellYuan } from './rosterCells';
import { type Worker, workerStatusFromText } from './worker';

export interface RosterRowError {
  /** 1-based, as Excel numbers rows: the header is row 1, the first worker row 2. */
  readonly row: number;
  readonly field: RosterField | null;
  /** 0-based column of the field (for highlighting the cell); null for a whole-row problem. */
  readonly column: number | null;
  /** The header text of the field's column, for messages. */
  readonly header: string | null;
  /** roster.* code; the UI and CLI map it to text. */
  readonly code: string;
  readonly message: string;
  /** The cell text as read. */
  readonly value: string;
}

export interface RosterDuplicate {
  readonly idNumber: string;
  /** Every row with this ID number (all of them are invalid until the user resolves it). */
  readonly rows: readonly number[];
  /** Already on the existing roster under this worker id. */
  readonly existingWorkerId: string | null;
}

export interface RosterImportPlan {
  /** 1-based row number of the header. */
  readonly headerRow: number;
  readonly header: readonly string[];
  readonly mapping: RosterColumnMapping;
  /** Valid rows, in file order. */
  readonly valid: readonly { readonly row: number; readonly worker: Worker }[];
  readonly errors: readonly RosterRowError[];
  /** Row numbers with at least one error, ascending. */
  readonly invalidRows: readonly number[];
  readonly duplicates: readonly RosterDuplicate[];
  /** Data rows read (blank rows not counted). */
  readonly dataRows: number;
  /** Blank rows skipped (their numbers still count, so later rows keep Excel's numbering). */
  readonly blankRows: number;
}

/** 'all': import only if every row is valid. 'validOnly': the user's explicit choice to leave the invalid rows out. */
export type RosterImportChoice = 'all' | 'validOnly';

export interface RosterImportOptions {
  /** Workers already on the roster: a row with one of their ID numbers is a duplicate. */
  readonly existing?: readonly Worker[];
  /** 1-based row of the header (default 1), for sheets with a title row above it; rows above are ignored. */
  readonly headerRow?: number;
}

/** Checks a mapping against the header: required fields mapped, columns inside the row, none used twice. */
export function rosterMappingCheck(mapping: RosterColumnMapping, columns: number): Result<RosterColumnMapping> {
  const missing = rosterRequiredFields.filter((f) => mapping[f] === undefined);
  if (missing.length > 0) return resultErr('roster.mappingMissing', `no column chosen for ${missing.join(', ')}`, { fields: missing.join(',') });
  const seen = new Map<number, RosterField>();
  for (const field of rosterFields) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (!Number.isInteger(column) || column < 0 || column >= columns) {
      return resultErr('roster.mappingOutOfRange', `${field} points at column ${column}, the header has ${columns}`, { field, column });
    }
    const other = seen.get(column);
    if (other) return resultErr('roster.mappingColumnTwice', `column ${column} is chosen for both ${other} and ${field}`, { field, other, column });
    seen.set(column, field);
  }
  return resultOk(mapping);
}

const MESSAGES: Readonly<Record<string, string>> = {
  'roster.required': 'required',
  'roster.idNumber.length': 'an ID number has 18 characters',
  'roster.idNumber.characters': 'an ID number is 17 digits and a digit or X',
  'roster.idNumber.birthDate': 'the birth date in the ID number is not a real date',
  'roster.idNumber.checksum': 'the check character does not match (a typo?)',
  'roster.idNumberAsNumber': 'Excel stored the ID number as a number and lost its last digits; format the column as text and re-enter',
  'roster.statusUnknown': 'unknown status (在岗, 放假, 停工, 离职)',
  'roster.dateFormat': 'not a date (2019-03-01)',
  'roster.dateNotReal': 'not a real date',
  'roster.amountFormat': 'not an amount in yuan',
  'roster.amountNegative': 'a fare cannot be negative',
  'roster.phoneFormat': 'not a mobile (11 digits) or landline number',
  'roster.provinceUnknown': 'not a province of the mainland',
  'roster.tooLong': 'too long',
  'roster.duplicateIdNumber': 'the same ID number is on more than one row',
  'roster.idNumberExists': 'this ID number is already on the roster',
  'roster.duplicateWorkerId': 'the same worker number is on more than one row',
  'roster.formulaNoResult': 'a formula without a saved result; open the file in Excel or WPS, save it, and import again',
  'roster.cellError': 'the cell shows an Excel error (#REF!, #DIV/0!…)',
  'roster.columnCount': 'more cells than the header has columns (an unquoted comma, as in 1,750元?)',
};

/** Excel's error values, as a formula's cached result or a typed cell shows them. */
const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/i;

/** A formula cell the file adapter could not resolve reads as its formula text ("=B2*2", see rosterRows.ts). */
function cellFormulaProblem(text: string): string | null {
  if (/^=\S/.test(text)) return 'roster.formulaNoResult';
  return EXCEL_ERROR.test(text) ? 'roster.cellError' : null;
}

const MAX_LENGTH: Partial<Record<RosterField, number>> = { id: 40, name: 50, group: 50, note: 500 };

interface RowRead {
  readonly worker: Worker | null;
  readonly errors: RosterRowError[];
}

function rowRead(cells: readonly string[], row: number, mapping: RosterColumnMapping, header: readonly string[]): RowRead {
  const errors: RosterRowError[] = [];
  const cell = (field: RosterField) => {
    const column = mapping[field];
    return column === undefined ? '' : (cells[column] ?? '').trim();
  };
  const fail = (field: RosterField, code: string, value: string) => {
    // One problem per cell: a formula cell is not also reported as a bad amount or date.
    if (errors.some((e) => e.field === field)) return;
    const column = mapping[field];
    errors.push({ row, field, column: column ?? null, header: column === undefined ? null : (header[column] ?? null), code, message: MESSAGES[code] ?? code, value });
  };
  /** Reads an optional cell: '' is null; otherwise the reader's value or a row error. */
  const optional = <T>(field: RosterField, read: (text: string) => { ok: true; value: T } | { ok: false; problem: string }): T | null => {
    const text = cell(field);
    if (text === '') return null;
    const r = read(text);
    if (r.ok) return r.value;
    fail(field, r.problem, text);
    return null;
  };
  const text = (field: RosterField, required: boolean): string => {
    const value = cell(field);
    if (required && value === '') fail(field, 'roster.required', value);
    const max = MAX_LENGTH[field];
    if (max !== undefined && value.length > max) fail(field, 'roster.tooLong', value);
    return value;
  };

  for (const field of rosterFields) {
    const problem = cellFormulaProblem(cell(field));
    if (problem) fail(field, problem, cell(field));
  }
  const name = text('name', true);
  const rawId = cell('idNumber');
  const idNumber = idNumberNormalize(rawId);
  if (rawId === '') fail('idNumber', 'roster.required', rawId);
  else {
    const p = idNumberProblem(idNumber);
    if (p) fail('idNumber', p !== 'birthDate' && cellLooksLikeNumberMangledId(rawId) ? 'roster.idNumberAsNumber' : `roster.idNumber.${p}`, rawId);
  }
  const statusText = cell('status');
  const status = workerStatusFromText(statusText);
  if (status === null) fail('status', 'roster.statusUnknown', statusText);
  const provinceText = cell('homeProvince');
  const homeProvince = provinceText === '' ? null : homeProvinceFromText(provinceText);
  if (provinceText !== '' && homeProvince === null) fail('homeProvince', 'roster.provinceUnknown', provinceText);
  const worker: Worker = {
    id: text('id', false) || idNumber,
    name,
    idNumber,
    phone: optional('phone', cellPhone),
    group: text('group', false),
    status: status ?? 'working',
    hireDate: optional('hireDate', cellDate),
    returnedOn: optional('returnedOn', cellDate),
    leftOn: optional('leftOn', cellDate),
    homeProvince,
    fareFen: optional('fare', cellYuan),
    note: text('note', false),
  };
  return { worker: errors.length === 0 ? worker : null, errors };
}

/** Rows sharing one key (ID number, worker number), in file order. */
function groupRows<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The plan for `rows` (rows[0] is Excel's row 1; the header is options.headerRow, default 1). Fails only when the mapping does not fit the header
 * (roster.mappingMissing, roster.mappingOutOfRange, roster.mappingColumnTwice) or there is no header
 * (roster.empty); every problem inside the data is a row error in the plan.
 */
export function rosterImportPlan(rows: readonly (readonly string[])[], mapping: RosterColumnMapping, options: RosterImportOptions = {}): Result<RosterImportPlan> {
  const headerRow = options.headerRow ?? 1;
  const header = rows[headerRow - 1];
  if (!header || header.every((c) => c.trim() === '')) return resultErr('roster.empty', `row ${headerRow} is not a header row`, { row: headerRow });
  const checked = rosterMappingCheck(mapping, header.length);
  if (!checked.ok) return checked;

  const read: { row: number; worker: Worker | null; idNumber: string; workerId: string }[] = [];
  const errors: RosterRowError[] = [];
  let blankRows = 0;
  rows.slice(headerRow).forEach((cells, i) => {
    const row = headerRow + i + 1;
    if (cells.every((c) => c.trim() === '')) {
      blankRows++;
      return;
    }
    const r = rowRead(cells, row, mapping, header);
    errors.push(...r.errors);
    // Excel and WPS write every CSV line with the header's field count, so a longer line has shifted cells
    // (an unquoted "1,750元" reads as fare 1 and note "750元"): refuse the row, showing it whole.
    if (cells.length > header.length) {
      errors.push({ row, field: null, column: null, header: null, code: 'roster.columnCount', message: MESSAGES['roster.columnCount']!, value: cells.join(',').slice(0, 200) });
    }
    const idColumn = mapping.idNumber!;
    const workerIdColumn = mapping.id;
    read.push({
      row,
      worker: r.worker,
      idNumber: idNumberNormalize(cells[idColumn] ?? ''),
      workerId: workerIdColumn === undefined ? '' : (cells[workerIdColumn] ?? '').trim(),
    });
  });

  const existing = new Map((options.existing ?? []).map((w) => [w.idNumber, w.id]));
  const duplicates: RosterDuplicate[] = [];
  const idHeader = header[mapping.idNumber!] ?? null;
  for (const [idNumber, group] of groupRows(read.filter((r) => r.idNumber !== ''), (r) => r.idNumber)) {
    const existingWorkerId = existing.get(idNumber) ?? null;
    if (group.length < 2 && existingWorkerId === null) continue;
    duplicates.push({ idNumber, rows: group.map((r) => r.row), existingWorkerId });
    for (const r of group) {
      const code = group.length > 1 ? 'roster.duplicateIdNumber' : 'roster.idNumberExists';
      errors.push({ row: r.row, field: 'idNumber', column: mapping.idNumber!, header: idHeader, code, message: MESSAGES[code]!, value: idNumber });
    }
  }
  for (const group of groupRows(read.filter((r) => r.workerId !== ''), (r) => r.workerId).values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      errors.push({ row: r.row, field: 'id', column: mapping.id!, header: header[mapping.id!] ?? null, code: 'roster.duplicateWorkerId', message: MESSAGES['roster.duplicateWorkerId']!, value: r.workerId });
    }
  }

  errors.sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
  const invalid = new Set(errors.map((e) => e.row));
  return resultOk({
    headerRow,
    header,
    mapping,
    valid: read.flatMap((r) => (r.worker && !invalid.has(r.row) ? [{ row: r.row, worker: r.worker }] : [])),
    errors,
    invalidRows: [...invalid].sort((a, b) => a - b),
    duplicates,
    dataRows: read.length,
    blankRows,
  });
}

/**
 * The workers to import. 'all' fails with roster.invalidRows (params: count, rows) while any row is
 * invalid, so nothing is imported; 'validOnly' answers exactly the valid rows' workers. Fails with
 * roster.nothingToImport when there are none.
 */
export function rosterImportApply(plan: RosterImportPlan, choice: RosterImportChoice): Result<readonly Worker[]> {
  if (choice === 'all' && plan.invalidRows.length > 0) {
    return resultErr('roster.invalidRows', `${plan.invalidRows.length} rows are invalid; fix them or choose to import only the valid rows`, {
      count: plan.invalidRows.length,
      rows: plan.invalidRows.slice(0, 20).join(','),
    });
  }
  if (plan.valid.length === 0) return resultErr('roster.nothingToImport', 'no valid rows to import');
  return resultOk(plan.valid.map((v) => v.worker));
}
