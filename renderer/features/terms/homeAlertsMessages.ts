import { featureMessagesRegister, type MessagesShape } from '../../i18n/featureMessages';

const zh = {
  title: '逾期未付提醒',
  line: '{{name}}：{{count}} 笔协议款项已过应付日仍未付清，共 {{amount}}',
} as const;

const en: MessagesShape<typeof zh> = {
  title: 'Overdue payments',
  line: '{{name}}: {{count}} agreed payment(s) past due and unpaid, {{amount}} in all',
};

let registered = false;

export function homeAlertsMessagesRegister(): void {
  if (registered) return;
  registered = true;
  featureMessagesRegister('homeAlerts', zh, en);
}
