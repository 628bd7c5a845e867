// The one-line notice after an action; deletions offer Undo here (also Ctrl+Z while it shows).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './store';

const NOTICE_MS = 10_000;

export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useAppStore((s) => s.notice);
  const clear = useAppStore((s) => s.noticeClear);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(clear, NOTICE_MS);
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable]');
      if (notice?.undo && !typing && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        clear();
        void notice.undo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [notice, clear]);

  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {notice.undo ? (
        <button
          type="button"
          onClick={() => {
            clear();
            void notice.undo?.();
          }}
        >
          {t('common.undo')}
        </button>
      ) : null}
      <button type="button" className="notice-close" aria-label={t('common.close')} onClick={clear}>
        {'×'}
      </button>
    </div>
  );
}
