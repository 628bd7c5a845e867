// Which roster column holds which field. Rosters come from Excel or WPS with whatever headers the
// office used (姓名, 身份证号码, 手机号, 班组, 路费（元）…), so the importer guesses a mapping from the
// header row and the user confirms or corrects it before anything is imported.

export const rosterFields = [
  'id',
  'name',
  'idNumber',
  'phone',
  'group',
  'status',
  'hireDate',
  'returnedOn',
  'leftOn',
  'homeProvince',
  'fare',
  'note',
] as const;
export type RosterField = (typeof rosterFields)[number];

/** Without a name and an ID number a row cannot be told from another: these must be mapped. */
export const rosterRequiredFields: readonly RosterField[] = ['name', 'idNumber'];

/** Field → 0-based column index. */
export type RosterColumnMapping = Partial<Record<RosterField, number>>;

/** Header words per field, compared after rosterHeaderNormalize. */
const HEADER_WORDS: Readonly<Record<RosterField, readonly string[]>> = {
  id: ['工号', '员工编号', '职工编号', '员工号', '编号', 'id', 'employeeid', 'workerid', 'staffno', 'employeeno'],
  name: ['姓名', '职工姓名', '员工姓名', '名字', 'name', 'fullname', 'workername'],
  idNumber: ['身份证号', '身份证号码', '身份证', '公民身份号码', '身份证件号码', '证件号码', 'idnumber', 'idcard', 'idcardno', 'idno', 'nationalid'],
  phone: ['手机', '手机号', '手机号码', '电话', '联系电话', '电话号码', '联系方式', 'phone', 'mobile', 'tel', 'telephone', 'cellphone'],
  group: ['班组', '部门', '车间', '组别', '工段', '所在部门', '所属班组', 'group', 'team', 'department', 'dept', 'workshop'],
  status: ['状态', '在职状态', '人员状态', '用工状态', '在岗状态', 'status'],
  hireDate: ['入职日期', '入职时间', '进厂日期', '入厂日期', '进厂时间', 'hiredate', 'datehired', 'startdate', 'joindate'],
  returnedOn: ['返岗日期', '返厂日期', '复工日期', '返岗时间', 'returnedon', 'returndate'],
  leftOn: ['离职日期', '离职时间', '离厂日期', 'lefton', 'leftdate', 'terminationdate'],
  homeProvince: ['籍贯', '户籍省份', '户籍', '户籍所在地', '户籍地', '省份', '家乡', '老家', 'homeprovince', 'province', 'hometown', 'nativeplace'],
  fare: ['路费', '车费', '返乡路费', '往返路费', '返程路费', '票价', '交通费', 'fare', 'travelfare', 'tripfare'],
  note: ['备注', '说明', 'note', 'notes', 'remark', 'remarks', 'comment'],
};

/** Lower case, no spaces, no units or marks in brackets ("路费（元）" → "路费", "*姓名" → "姓名"). */
export function rosterHeaderNormalize(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\(.*?\)|\[.*?\]|【.*?】/g, '')
    .replace(/[\s*:：_\-./]/g, '')
    .toLowerCase();
}

/** A partial match is trusted only for words of 2+ CJK characters or 4+ letters ("id" would match "idnumber"). */
function wordIsDistinctive(word: string): boolean {
  return /^[\u4e00-\u9fff]{2,}$/.test(word) || word.length >= 4;
}

export interface RosterColumnGuess {
  readonly mapping: RosterColumnMapping;
  /** Per column, the field it was matched to, or null. */
  readonly byColumn: readonly (RosterField | null)[];
  /** Required fields no header matched: the user has to pick their columns. */
  readonly missingRequired: readonly RosterField[];
}

/** Suggests a mapping: exact header words first, then headers containing a distinctive word; each field and column used once. */
export function rosterColumnGuess(headerRow: readonly string[]): RosterColumnGuess {
  const headers = headerRow.map(rosterHeaderNormalize);
  const byColumn: (RosterField | null)[] = headers.map(() => null);
  const mapping: RosterColumnMapping = {};
  const passes: ((header: string, word: string) => boolean)[] = [
    (header, word) => header === word,
    (header, word) => wordIsDistinctive(word) && header.includes(word),
  ];
  for (const matches of passes) {
    for (const field of rosterFields) {
      if (mapping[field] !== undefined) continue;
      const column = headers.findIndex((h, i) => byColumn[i] === null && h !== '' && HEADER_WORDS[field].some((w) => matches(h, w)));
      if (column >= 0) {
        mapping[field] = column;
        byColumn[column] = field;
      }
    }
  }
  return { mapping, byColumn, missingRequired: rosterRequiredFields.filter((f) => mapping[f] === undefined) };
}

/** Rows searched for a header: a title and a note or two above it are common; more is not a roster. */
const HEADER_SCAN_ROWS = 10;

/** 1-based number of the first row whose headers name every required field (a title row above is skipped); 1 if none does. */
export function rosterHeaderRowGuess(rows: readonly (readonly string[])[]): number {
  const index = rows.slice(0, HEADER_SCAN_ROWS).findIndex((row) => rosterColumnGuess(row).missingRequired.length === 0);
  return index < 0 ? 1 : index + 1;
}
