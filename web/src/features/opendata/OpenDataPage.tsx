import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { Loaded } from '../../components/Loaded'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { openDataMessages } from './messages'
import { DatasetPreview } from './DatasetPreview'

type Dataset = ResponseOf<'/api/v1/analytics/open-data/', 'get'>['datasets'][number]

function DatasetEntry({ dataset }: { dataset: Dataset }) {
  const { t, language, number } = useI18n(openDataMessages)
  const [previewing, setPreviewing] = useState(false)
  const heading = `dataset-${dataset.id}`
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={heading}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={heading}>
          {dataset.title[language]}
        </Title>
        <Text>{dataset.description[language]}</Text>
        <Text size="sm" c="dimmed">
          {t('openData.threshold', { threshold: number(dataset.threshold) })}
        </Text>
        <List spacing={4}>
          <List.Item>
            <Anchor href={`${dataset.csv}?lang=vi`} download>
              {t('openData.csvVi')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor href={`${dataset.csv}?lang=en`} download>
              {t('openData.csvEn')}
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor href={dataset.json}>{t('openData.json')}</Anchor>
          </List.Item>
        </List>
        {previewing ? (
          <DatasetPreview id={dataset.id} />
        ) : (
          <Group>
            <Button
              type="button"
              variant="default"
              onClick={() => {
                setPreviewing(true)
              }}
            >
              {t('openData.preview')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

/** Model 41's open data for anyone, signed in or not: what each dataset holds, a look, a download. */
export default function OpenDataPage() {
  const { t } = useI18n(openDataMessages)
  usePageTitle(t('openData.title'))
  const { state, reload } = useLoaded(platformQuery.useQuery('get', '/api/v1/analytics/open-data/'))
  return (
    <Stack gap="md">
      <Title order={1}>{t('openData.title')}</Title>
      <Text>{t('openData.intro')}</Text>
      <Loaded loaded={{ state, reload }}>
        {(data) => data.datasets.map((d) => <DatasetEntry key={d.id} dataset={d} />)}
      </Loaded>
    </Stack>
  )
}
