import { Tag } from '../../components/Tag'
import { useI18n } from '../../i18n/i18n'
import { certificationMessages } from './messages'

const COLORS: Record<string, string> = {
  requested: 'blue',
  certified: 'green',
  refused: 'red',
  revoked: 'gray',
}

export type CertificationStatus = 'requested' | 'certified' | 'refused' | 'revoked'

export function StatusTag({ status }: { status: CertificationStatus }) {
  const { t } = useI18n(certificationMessages)
  return <Tag color={COLORS[status] ?? 'gray'}>{t(`status.${status}`)}</Tag>
}
