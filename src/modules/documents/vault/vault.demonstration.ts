import type { Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { sampleAdults, type Resident } from '../../population/index.js'
import { storeVaultDocument, type NewVaultDocument } from './store.js'
import { findDocumentsOfOwner } from './vault.queries.js'

type Issued = Omit<NewVaultDocument, 'ownerNumber' | 'origin'>

// What agencies would have issued to a resident: a judicial record (model 32), a health book
// entry (33) and a land-use right certificate (34), with a driving licence as a card.
const papersOf = (resident: Resident, today: string): Issued[] => [
  {
    kind: 'judicial-record-certificate',
    fields: {
      certificateType: '1',
      certificateNumber: `LLTP-${resident.personalNumber.slice(-6)}`,
      fullName: resident.fullName,
      birthDate: resident.birthDate,
      hasConvictions: false,
      purpose: 'Bổ sung hồ sơ xin việc',
    },
    issuerAgency: 'STP',
    issuedOn: today,
  },
  {
    kind: 'health-book-entry',
    fields: {
      facility: 'Bệnh viện Đa khoa Đồng Nai',
      visitDate: today,
      diagnosis: 'Khám sức khỏe định kỳ: bình thường',
    },
    issuerAgency: 'SYT',
    issuedOn: today,
  },
  {
    kind: 'land-use-certificate',
    fields: {
      certificateSerial: `DN ${resident.personalNumber.slice(-6)}`,
      parcelNumber: '215',
      mapSheet: '34',
      area: 96.5,
      address: 'Khu phố 3, phường Trấn Biên, tỉnh Đồng Nai',
      landUsePurpose: 'Đất ở tại đô thị',
      term: 'Lâu dài',
    },
    issuerAgency: 'STNMT',
    issuedOn: '2021-06-18',
  },
  {
    kind: 'driving-licence',
    fields: {
      licenceNumber: `75${resident.personalNumber.slice(-10)}`,
      classes: ['A1', 'B'],
      issuedOn: '2022-03-09',
    },
    issuerAgency: 'CAT',
    issuedOn: '2022-03-09',
  },
]

/**
 * The two demonstration residents' vaults (the identity module's first two sample adults), so
 * that the vault, sharing and the dossiers' reuse work out of the box. Once: a vault that holds
 * anything is left alone.
 */
export async function ensureDemonstrationVaults(db: Executor): Promise<void> {
  const today = vietnamDate()
  for (const resident of await sampleAdults(db, 2)) {
    if ((await findDocumentsOfOwner(db, resident.personalNumber)).length > 0) continue
    await db.transaction(async (tx) => {
      for (const paper of papersOf(resident, today))
        await storeVaultDocument(tx, {
          ...paper,
          ownerNumber: resident.personalNumber,
          origin: 'issued',
        })
    })
  }
}
