import { describe, it, expect } from 'vitest';
import { rosterColumnGuess, rosterHeaderRowGuess } from '../../../shared/roster/columns';
import { homeProvinceFromText } from '../../../shared/roster/homeProvince';
import { workerStatusFromText } from '../../../shared/roster/worker';

describe('rosterColumnGuess', () => {
  it('maps the usual Chinese headers, with units and marks in them', () => {
    const guess = rosterColumnGuess(['序号', '*姓名', '身份证号码', '手机号', '部门', '在职状态', '入职日期', '户籍省份', '路费（元）', '备注']);
    expect(guess.mapping).toEqual({ name: 1, idNumber: 2, phone: 3, group: 4, status: 5, hireDate: 6, homeProvince: 7, fare: 8, note: 9 });
    expect(guess.byColumn[0]).toBeNull();
    expect(guess.missingRequired).toEqual([]);
  });

  it('maps English headers and does not read "ID number" as the worker number', () => {
    const guess = rosterColumnGuess(['Employee ID', 'Name', 'ID Number', 'Mobile', 'Team', 'Status', 'Hire date', 'Home province', 'Fare']);
    expect(guess.mapping).toMatchObject({ id: 0, name: 1, idNumber: 2, phone: 3, group: 4, status: 5, hireDate: 6, homeProvince: 7, fare: 8 });
  });

  it('matches headers that contain a distinctive word and uses each column once', () => {
    const guess = rosterColumnGuess(['职工姓名', '公民身份号码', '联系电话（手机）', '所在班组', '籍贯', '返乡路费', '返岗日期', '离职日期']);
    expect(guess.mapping).toMatchObject({ name: 0, idNumber: 1, phone: 2, group: 3, homeProvince: 4, fare: 5, returnedOn: 6, leftOn: 7 });
  });

  it('reports required fields it could not find', () => {
    expect(rosterColumnGuess(['A', 'B']).missingRequired).toEqual(['name', 'idNumber']);
  });

  it('finds the header below a title row', () => {
    expect(rosterHeaderRowGuess([['XX公司职工花名册'], ['姓名', '身份证号'], ['职工甲', 'x']])).toBe(2);
    expect(rosterHeaderRowGuess([['a'], ['b']])).toBe(1);
  });
});

describe('cell words', () => {
  it('reads provinces by full or short name, with a city after', () => {
    expect(homeProvinceFromText('云南')).toBe('云南省');
    expect(homeProvinceFromText('湖南郴州')).toBe('湖南省');
    expect(homeProvinceFromText('广西')).toBe('广西壮族自治区');
    expect(homeProvinceFromText('火星')).toBeNull();
  });
  it('reads statuses in Chinese and English; blank is working', () => {
    expect(workerStatusFromText('')).toBe('working');
    expect(workerStatusFromText('放假')).toBe('on_leave');
    expect(workerStatusFromText('Left')).toBe('left');
    expect(workerStatusFromText('出差')).toBeNull();
  });
});
