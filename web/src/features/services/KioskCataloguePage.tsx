import { Title } from '@mantine/core'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { Catalogue } from './CataloguePage'
import { KioskFrame } from './KioskFrame'
import { servicesMessages } from './messages'

/** The catalogue on the kiosk's touch screen. */
export default function KioskCataloguePage() {
  const { t } = useI18n(servicesMessages)
  usePageTitle(t('kiosk.services.title'))
  return (
    <KioskFrame>
      <Title order={1}>{t('kiosk.services.title')}</Title>
      <Catalogue kiosk />
    </KioskFrame>
  )
}
