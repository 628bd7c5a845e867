// On the main agreement's row: 与上一份协议比较 when the round was copied forward from one of its kind and
// both agreements can be made; otherwise, why not (nothing at all for a round that follows no other).
import { useTranslation } from 'react-i18next';
import type { RedlineOffer } from './redlineOffer';

interface Props {
  readonly offer: RedlineOffer;
  /** The agreement's title, for the button's accessible name. */
  readonly title: string;
  /** Takes the focus when drawn (back from the comparison it opened). */
  readonly focus?: boolean;
  readonly onOpen: () => void;
}

export function RedlineButton({ offer, title, focus = false, onOpen }: Props) {
  const { t } = useTranslation();
  if (offer.kind === 'none' || offer.kind === 'loading') return null;
  if (offer.kind === 'ready') {
    return (
      <button type="button" aria-label={t('documents.redline.openFor', { title })} autoFocus={focus} onClick={onOpen}>
        {t('documents.redline.open')}
      </button>
    );
  }
  const needs = offer.missing.map((m) => t(`documents.need.${m.what}`)).join('、');
  return (
    <p className="doc-redline-unavailable">
      {t('documents.redline.unavailable')}
      {t(`documents.redline.reason.${offer.reason}`, { round: offer.previousTitle ?? '', needs })}
    </p>
  );
}
