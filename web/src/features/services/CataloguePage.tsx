import { Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import { Loaded } from '../../components/Loaded'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { servicesMessages } from './messages'
import { ServiceCard } from './ServiceCard'

/** Typing settles this long before the catalogue is searched again. */
const SEARCH_PAUSE_MS = 300

/**
 * The catalogue of public services, searched on the server (words of the name, with or without
 * diacritics); `kiosk` draws it with the kiosk's large type and targets.
 */
export function Catalogue({ kiosk = false }: { kiosk?: boolean }) {
  const { t } = useI18n(servicesMessages)
  const [typed, setTyped] = useState('')
  const [q] = useDebouncedValue(typed.trim(), SEARCH_PAUSE_MS)
  const { state, reload } = useLoaded(
    platformQuery.useQuery(
      'get',
      '/api/v1/services/catalogue',
      { params: { query: q ? { q } : {} } },
      { placeholderData: keepPreviousData },
    ),
  )
  const base = kiosk ? '/kiosk/services' : '/services'
  return (
    <Stack gap="md">
      <TextInput
        id="service-search"
        type="search"
        size={kiosk ? 'xl' : 'md'}
        label={t('services.search')}
        description={t('services.searchHint')}
        value={typed}
        autoComplete="off"
        onChange={(e) => {
          setTyped(e.currentTarget.value)
        }}
      />
      <Loaded loaded={{ state, reload }}>
        {(data) => (
          <>
            <Text role="status" aria-live="polite">
              {data.services.length === 0
                ? t('services.none')
                : t('services.found', { count: data.services.length })}
            </Text>
            <Stack
              component="ul"
              gap="sm"
              p={0}
              m={0}
              className={kiosk ? 'service-cards service-cards-kiosk' : 'service-cards'}
              aria-label={t('services.title')}
            >
              {data.services.map((service) => (
                <ServiceCard
                  key={service.code}
                  service={service}
                  href={`${base}/${encodeURIComponent(service.code)}`}
                />
              ))}
            </Stack>
          </>
        )}
      </Loaded>
    </Stack>
  )
}

export default function CataloguePage() {
  const { t } = useI18n(servicesMessages)
  usePageTitle(t('services.title'))
  return (
    <Stack gap="md">
      <Title order={1}>{t('services.title')}</Title>
      <Text>{t('services.intro')}</Text>
      <Catalogue />
    </Stack>
  )
}
