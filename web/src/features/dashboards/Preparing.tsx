import { Notice } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'

/** The analytical copy is still being built: said so, with when the page asks again by itself. */
export function Preparing({ seconds, onRetry }: { seconds: number; onRetry: () => void }) {
  const { t } = useI18n()
  return (
    <Notice>
      <p>
        <span className="spinner spinner-inline" aria-hidden="true" /> {t('dashboards.preparing')}
      </p>
      <p>{t('dashboards.preparingRetry', { seconds })}</p>
      <p>
        <button type="button" className="button button-secondary no-print" onClick={onRetry}>
          {t('dashboards.retryNow')}
        </button>
      </p>
    </Notice>
  )
}
