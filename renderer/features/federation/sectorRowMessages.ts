// Text of the sector line on a registry row (the member's findings against the sector agreements).
import { featureMessagesRegister, type MessagesShape } from '../../i18n/featureMessages';

const zh = {
  sectorRow: {
    label: '行业（区域）性合同',
    notice: '打印通知',
    noticeFor: '打印通知：{{name}}',
  },
};

const en: MessagesShape<typeof zh> = {
  sectorRow: {
    label: 'Sector or regional agreement',
    notice: 'Print notice',
    noticeFor: 'Print notice: {{name}}',
  },
};

featureMessagesRegister('federation', zh, en);
