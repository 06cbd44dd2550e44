import { useState } from 'react'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { openDataMessages } from './messages'
import { DatasetPreview } from './DatasetPreview'
import type { OpenDataCatalogue } from './types'

type Dataset = OpenDataCatalogue['datasets'][number]

function DatasetEntry({ dataset }: { dataset: Dataset }) {
  const { t, language, number } = useI18n(openDataMessages)
  const [previewing, setPreviewing] = useState(false)
  const heading = `dataset-${dataset.id}`
  return (
    <section className="panel" aria-labelledby={heading}>
      <h2 id={heading}>{dataset.title[language]}</h2>
      <p>{dataset.description[language]}</p>
      <p className="hint">{t('openData.threshold', { threshold: number(dataset.threshold) })}</p>
      <ul>
        <li>
          <a href={`${dataset.csv}?lang=vi`} download>
            {t('openData.csvVi')}
          </a>
        </li>
        <li>
          <a href={`${dataset.csv}?lang=en`} download>
            {t('openData.csvEn')}
          </a>
        </li>
        <li>
          <a href={dataset.json}>{t('openData.json')}</a>
        </li>
      </ul>
      {previewing ? (
        <DatasetPreview path={dataset.json} />
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setPreviewing(true)
          }}
        >
          {t('openData.preview')}
        </button>
      )}
    </section>
  )
}

/** Model 41's open data for anyone, signed in or not: what each dataset holds, a look, a download. */
export default function OpenDataPage() {
  const { t } = useI18n(openDataMessages)
  usePageTitle(t('openData.title'))
  const { state, reload } = useApi<OpenDataCatalogue>('/api/v1/analytics/open-data')
  return (
    <>
      <h1>{t('openData.title')}</h1>
      <p>{t('openData.intro')}</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ok'
        ? state.data.datasets.map((d) => <DatasetEntry key={d.id} dataset={d} />)
        : null}
    </>
  )
}
