// Where the witness private key lives, in words that match what is true: encrypted by the OS (desktop,
// where the OS offers it) or this app's browser storage as a non-extractable key. Before a key exists it
// says where a new one would go, and on a desktop without OS protection says that too.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../data/send';
import type { WitnessKeyInfo, WitnessKeyStoreNew } from '../../data/types';

export function WitnessKeyWhere({ store }: { readonly store?: WitnessKeyInfo['store'] }) {
  const { t } = useTranslation();
  const [storeNew, setStoreNew] = useState<WitnessKeyStoreNew | null>(null);

  useEffect(() => {
    if (store) return undefined;
    let live = true;
    void send('witnessKeyStoreNew').then((answer) => live && answer.ok && setStoreNew(answer.value));
    return () => {
      live = false;
    };
  }, [store]);

  const where = store ?? storeNew?.store;
  if (!where) return null;
  return (
    <>
      {!store && storeNew?.osUnavailable ? <p className="federation-private" role="note" data-testid="witness-os-unavailable">{t('federation.witness.osUnavailable')}</p> : null}
      <p className="federation-private" data-testid="witness-where">{t(where === 'os' ? 'federation.witness.privateOs' : 'federation.witness.privateLocal')}</p>
    </>
  );
}
