export { documentsModule } from './documents.module.js'
export { VAULT_ISSUANCE, vaultIssuance } from './vault/issue-builtin.js'
export { documentKinds, kindNamed, loadKinds, type LoadedKind } from './kinds/kinds.reference.js'
export type { DocumentKind } from './kinds/kinds.schemas.js'
export {
  checkScan,
  mediaTypeOf,
  SCAN_LIMIT_BYTES,
  SCAN_LIMIT_PIXELS,
  type CheckedScan,
  type ScanMediaType,
} from './vault/scan.js'
export { storeVaultDocument, type NewVaultDocument } from './vault/store.js'
export { readOwnVaultDocument, type OwnVaultDocument } from './vault/my-vault.js'
export { documentsErrors } from './documents.errors.js'
export {
  attachVaultDocument,
  vaultDocumentsOfDossiers,
  vaultFileOfDossiers,
  type DossierVaultDocument,
} from './vault/dossier-uses.js'
export { vaultKpi, type KindFigures, type VaultKpi } from './kpi/documents.kpi.js'
export { certifiedCopiesKpi, type CertifiedCopiesKpi } from './certification/certification.kpi.js'
// The certified copy's making, for the benchmarks (bench/documents.bench.ts).
export { composeCertifiedCopy } from './certification/certified-copy.pdf.js'
export { agencyKeys } from './signing/agency-keys.js'
export { signPades } from './signing/pades.js'
export { DOCUMENT_ISSUED, DocumentIssuedPayload } from './documents.events.js'
