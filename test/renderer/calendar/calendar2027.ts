// A synthetic 2027 calendar file, as a user would import it (the days are made up, not the notice's).
export const calendar2027 = {
  format: 'wagedesk-holiday-calendar/1',
  source: { name: '测试日历2027' },
  years: {
    '2027': {
      statutory: { '2027-01-01': 'new_year', '2027-02-08': 'spring_festival', '2027-02-09': 'spring_festival', '2027-02-10': 'spring_festival' },
      rest: { '2027-01-02': 'new_year', '2027-01-03': 'new_year', '2027-02-11': 'spring_festival', '2027-02-12': 'spring_festival' },
      workdays: { '2027-02-20': 'spring_festival' },
    },
  },
};

export const calendar2027Text = JSON.stringify(calendar2027);
