import type { Resident } from '../../population/index.js'
import { catalogue } from '../catalogue/catalogue.js'
import type { DossierRow } from '../filing/filing.queries.js'

interface Named {
  vi: string
  en: string
}

export interface ReceiptPart {
  code: string
  serviceCode: string
  serviceName: Named
  agency: Named
  status: string
  dueAt: string
}

/** What the resident keeps after filing: the code to quote, when to expect the result, the fee. */
export interface Receipt {
  code: string
  serviceCode: string
  serviceName: Named
  applicantName: string
  channel: string
  status: string
  receivedAt: string
  dueAt: string
  fee: { amount: number; paid: boolean }
  /** Where the dossier is looked up; its QR is printed on the receipt. */
  lookupPath: string
  parts: ReceiptPart[]
}

const nameOf = (serviceCode: string) => {
  const definition = catalogue().get(serviceCode)?.definition
  return {
    serviceName: definition?.name ?? { vi: serviceCode, en: serviceCode },
    agency: definition?.agency.name ?? { vi: '', en: '' },
  }
}

export const lookupPath = (code: string): string => `/services/lookup/${encodeURIComponent(code)}`

const partOf = (row: DossierRow): ReceiptPart => {
  const { serviceName, agency } = nameOf(row.serviceCode)
  return {
    code: row.code,
    serviceCode: row.serviceCode,
    serviceName,
    agency,
    status: row.status,
    dueAt: row.dueAt.toISOString(),
  }
}

/** A linked filing is due when its last part is. */
const dueOf = (main: DossierRow, parts: DossierRow[]): Date =>
  parts.reduce((latest, p) => (p.dueAt > latest ? p.dueAt : latest), main.dueAt)

export function presentReceipt(
  main: DossierRow,
  parts: DossierRow[],
  applicant: Pick<Resident, 'fullName'>,
): Receipt {
  const fee = main.feeAmount + parts.reduce((sum, p) => sum + p.feeAmount, 0)
  return {
    code: main.code,
    serviceCode: main.serviceCode,
    serviceName: nameOf(main.serviceCode).serviceName,
    applicantName: applicant.fullName,
    channel: main.channel,
    status: main.status,
    receivedAt: main.receivedAt.toISOString(),
    dueAt: dueOf(main, parts).toISOString(),
    fee: { amount: fee, paid: fee === 0 || main.feePaidAt !== null },
    lookupPath: lookupPath(main.code),
    parts: parts.map(partOf),
  }
}
