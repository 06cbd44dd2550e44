import './services.css'
import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { QrCode } from '../../components/QrCode'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { FeeSlot } from './FeeSlot'
import { eventText, feeText, inLanguage, statusColor, statusText } from './labels'
import { servicesMessages } from './messages'
import { Tag } from '../../components/Tag'
import type { MyDossier, Receipt } from './types'

type Timeline = MyDossier['timeline']

function Timeline({ timeline, main }: { timeline: Timeline; main: string }) {
  const i18n = useI18n(servicesMessages)
  const { t } = i18n
  return (
    <section aria-labelledby="timeline-title">
      <Title order={2} size="h3" id="timeline-title" mb="xs">
        {t('receipt.timeline')}
      </Title>
      <ol className="service-timeline">
        {timeline.map((entry, index) => (
          <li key={`${entry.dossierCode}-${entry.at}-${String(index)}`}>
            <Text fw={600}>{eventText(i18n, entry.kind)}</Text>
            <Text size="sm">
              {formatDateTime(entry.at)}
              {entry.dossierCode && entry.dossierCode !== main ? (
                <Text span inherit translate="no">
                  {' '}
                  · {entry.dossierCode}
                </Text>
              ) : null}
            </Text>
            {entry.note ? <Text size="sm">{entry.note}</Text> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

/**
 * The receipt of a filing: the code to quote, the service, when it was received and when the
 * result is due (Vietnam time), a QR of the public look-up, the parts of a linked filing, the
 * timeline when known, the fee. Printed alone (services.css), by the print button or the kiosk.
 */
export function ReceiptView({
  receipt,
  timeline,
  kiosk = false,
  lookupOrigin = window.location.origin,
}: {
  receipt: Omit<Receipt, 'applicantName'> & { applicantName?: string }
  timeline?: Timeline
  kiosk?: boolean
  lookupOrigin?: string
}) {
  const i18n = useI18n(servicesMessages)
  const { t, language } = i18n
  const lookupUrl = `${lookupOrigin}${receipt.lookupPath}`
  const size = kiosk ? 'xl' : 'md'
  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="md"
        className="service-receipt"
        component="article"
        aria-labelledby="receipt-title"
      >
        <Stack gap="md">
          <Title order={1} id="receipt-title">
            {t('receipt.title')}
          </Title>
          <Group align="flex-start" justify="space-between" gap="md" wrap="wrap">
            <dl className="facts facts-compact receipt-facts">
              <div>
                <dt>{t('receipt.code')}</dt>
                <dd translate="no" className="receipt-code" data-dossier-code={receipt.code}>
                  {receipt.code}
                </dd>
              </div>
              <div>
                <dt>{t('receipt.service')}</dt>
                <dd>{inLanguage(receipt.serviceName, language)}</dd>
              </div>
              {receipt.applicantName ? (
                <div>
                  <dt>{t('receipt.applicant')}</dt>
                  <dd translate="no">{receipt.applicantName}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('receipt.receivedAt')}</dt>
                <dd>{formatDateTime(receipt.receivedAt)}</dd>
              </div>
              <div>
                <dt>{t('receipt.dueAt')}</dt>
                <dd>{formatDateTime(receipt.dueAt)}</dd>
              </div>
              <div>
                <dt>{t('receipt.status')}</dt>
                <dd>
                  <Tag color={statusColor(receipt.status)}>{statusText(i18n, receipt.status)}</Tag>
                </dd>
              </div>
              <div>
                <dt>{t('receipt.channel')}</dt>
                <dd>
                  {receipt.channel === 'kiosk'
                    ? t('receipt.channel.kiosk')
                    : t('receipt.channel.web')}
                </dd>
              </div>
              <div>
                <dt>{t('receipt.fee')}</dt>
                <dd>
                  {feeText(i18n, receipt.fee.amount)}
                  {receipt.fee.amount > 0
                    ? ` · ${receipt.fee.paid ? t('receipt.feePaid') : t('receipt.feeDue')}`
                    : ''}
                </dd>
              </div>
            </dl>
            <Box className="receipt-qr" w={kiosk ? 260 : 180}>
              <QrCode text={lookupUrl} label={t('receipt.qr', { code: receipt.code })} />
              <Text size="sm" mt={4}>
                {t('receipt.qrHint')}
              </Text>
            </Box>
          </Group>
          {receipt.parts.length > 0 ? (
            <section aria-labelledby="parts-title">
              <Title order={2} size="h3" id="parts-title" mb="xs">
                {t('receipt.parts')}
              </Title>
              <ul className="receipt-parts">
                {receipt.parts.map((part) => (
                  <li key={part.code}>
                    <Text fw={600}>{inLanguage(part.serviceName, language)}</Text>
                    <Text size="sm">
                      {inLanguage(part.agency, language)} ·{' '}
                      <Text span inherit translate="no">
                        {part.code}
                      </Text>{' '}
                      · {statusText(i18n, part.status)} · {t('receipt.dueAt')}:{' '}
                      {formatDateTime(part.dueAt)}
                    </Text>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {timeline ? <Timeline timeline={timeline} main={receipt.code} /> : null}
        </Stack>
      </Paper>
      <section aria-label={t('receipt.payment')} className="no-print">
        <FeeSlot dossierCode={receipt.code} amount={receipt.fee.amount} paid={receipt.fee.paid} />
      </section>
      <Group gap="sm" className="no-print">
        <Button
          type="button"
          size={size}
          onClick={() => {
            window.print()
          }}
        >
          {t('receipt.print')}
        </Button>
        {kiosk ? null : (
          <Button
            component="a"
            variant="default"
            size={size}
            href={`/api/v1/me/dossiers/${encodeURIComponent(receipt.code)}/receipt.pdf`}
          >
            {t('receipt.pdf')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
