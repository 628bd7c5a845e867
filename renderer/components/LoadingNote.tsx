// "正在加载…", shown only when loading takes long enough to notice. Why the delay: most reads from the
// local store finish within a frame or two, and a note that flashes up and vanishes at every screen
// change reads as flicker, not as information.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const LOADING_NOTE_DELAY_MS = 300;

export function LoadingNote() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), LOADING_NOTE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return shown ? (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  ) : null;
}
