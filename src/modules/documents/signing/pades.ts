import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { SignPdf } from '@signpdf/signpdf'
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils'
import type { PDFDocument } from 'pdf-lib'
import { cadesDetached, type TimeStamper } from './cades.js'
import type { SigningIdentity } from './pkcs12.js'

/** What the signature dictionary says besides the signature: shown by every PDF reader. */
export interface SignatureLabel {
  /** The signer as readers show it (the agency). */
  name: string
  reason: string
  location: string
  contactInfo: string
}

/** The CMS signer @signpdf calls with the PDF's byte range. */
class CadesSigner extends Signer {
  constructor(
    private readonly identity: SigningIdentity,
    private readonly timeStamp: TimeStamper | undefined,
  ) {
    super()
  }

  override async sign(content: Buffer): Promise<Buffer> {
    return cadesDetached(content, this.identity, this.timeStamp)
  }
}

// Room for the CMS: an RSA-2048 signature with two certificates takes about 3 kB, a
// time-stamp token with the authority's chain up to 6 kB more.
const ROOM_B_B = 8_192
const ROOM_B_T = 20_480

const signer = new SignPdf()

/**
 * Signs a PDF as PAdES baseline B-B, or B-T when a time-stamper is given. The claimed signing
 * time goes into /M of the signature dictionary (not into the CMS).
 */
export async function signPades(
  pdf: PDFDocument,
  identity: SigningIdentity,
  label: SignatureLabel,
  options: { at: Date; timeStamp?: TimeStamper },
): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: pdf,
    ...label,
    signingTime: options.at,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: options.timeStamp ? ROOM_B_T : ROOM_B_B,
  })
  // Object streams off: a signature placeholder must stay a plain object the signer can find.
  const unsigned = Buffer.from(await pdf.save({ useObjectStreams: false }))
  return signer.sign(unsigned, new CadesSigner(identity, options.timeStamp))
}
