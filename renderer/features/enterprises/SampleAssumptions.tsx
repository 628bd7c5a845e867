// The reference case fills facts its source did not report with placeholders; say which, plainly.
import { useTranslation } from 'react-i18next';
import type { Enterprise } from '../../../shared/enterprise/model';
import { referenceCreditCode, sampleAssumptions } from '../../../shared/sample/referenceEnterprise';

export function SampleAssumptions({ enterprise }: { readonly enterprise: Enterprise }) {
  const { t } = useTranslation();
  if (enterprise.creditCode !== referenceCreditCode) return null;
  const fields = sampleAssumptions.filter((a) => a.record === 'enterprise').map((a) => t(`enterpriseForm.${a.field}`));
  return (
    <div className="card assumptions" role="note">
      <p>{t('enterprises.sampleNote')}</p>
      <p>{fields.join(t('enterprises.listSeparator'))}</p>
    </div>
  );
}
