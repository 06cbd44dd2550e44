import { fileURLToPath } from 'node:url'

/**
 * What every PDF of the platform shares, whichever library writes it: A4 with the administrative
 * margins of Decree 30/2020/NĐ-CP, Noto Serif (SIL OFL 1.1, data/fonts: the PDF standard fonts
 * have no Vietnamese letters) and the national name and motto of the heading.
 */

const font = (file: string): string =>
  fileURLToPath(new URL(`../../../data/fonts/${file}`, import.meta.url))

export const FONT_FILES = {
  regular: font('NotoSerif-Regular.ttf'),
  bold: font('NotoSerif-Bold.ttf'),
  italic: font('NotoSerif-Italic.ttf'),
}

export const A4 = { width: 595.28, height: 841.89 }
const MM = 72 / 25.4
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 20 * MM }
export const GREY = '#444444'
export const STATE_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc'
/** Modules of white around a QR code, as the standard asks. */
export const QR_QUIET_ZONE = 4
