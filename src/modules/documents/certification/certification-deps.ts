import {
  documentSigningDirectory,
  signingKeyFiles,
  type Config,
} from '../../../platform/config/config.js'
import type { Database } from '../../../platform/db/database.js'
import { agencyKeys } from '../signing/agency-keys.js'
import { timeStampingAuthority } from '../signing/timestamp.js'
import type { CertificationDeps } from './certification.service.js'

export type CertificationConfig = Pick<
  Config,
  'PUBLIC_URL' | 'NODE_ENV' | 'DATA_DIR' | 'DOCUMENTS_SIGNING_KEYS' | 'DOCUMENTS_TSA_URL'
>

/** Certification's keys and time-stamper as configured (demonstration keys in development). */
export const certificationDeps = (
  database: Database,
  config: CertificationConfig,
): CertificationDeps => ({
  database,
  keys: agencyKeys({
    configured: signingKeyFiles(config.DOCUMENTS_SIGNING_KEYS),
    demonstrationDirectory: documentSigningDirectory(config),
  }),
  timeStamp: config.DOCUMENTS_TSA_URL ? timeStampingAuthority(config.DOCUMENTS_TSA_URL) : undefined,
  publicUrl: config.PUBLIC_URL,
  now: () => new Date(),
})
