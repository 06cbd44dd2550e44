/**
 * The two legacy Vietnamese font encodings of old Excel and Word files, as data: each legacy
 * character sequence (as the file's text holds it, the Windows-1252 characters the font drew as
 * Vietnamese letters) and the Unicode letter it stands for.
 *
 * Sources:
 * - TCVN3 (ABC, fonts .VnTime, .VnArial…): TCVN 5712:1993 "Công nghệ thông tin – Bộ mã chuẩn 8-bit
 *   kí tự Việt dùng trong trao đổi thông tin", table VN3 (the lower-case font; capitals with tone
 *   marks live in the separate ".VnTimeH" fonts, which reuse these codes, so only Ă Â Đ Ê Ô Ơ Ư
 *   have codes of their own, 0xA1–0xA7). Cross-checked against the TCVN3 table of UniKey's
 *   converter (vnconv, Phạm Kim Long, GPL) and against xvnkb (Đào Hải Lâm, 2002).
 * - VNI (VNI-Windows fonts, VNI-Times…): the VNI Software Company's keyboard-font layout, in which a
 *   letter with a tone or a modifier is its base letter followed by a mark character. Table as in
 *   xvnkb's vni.h (Đào Hải Lâm, VISC, 2002) and UniKey's VNI-Win charset.
 */

/** TCVN3 byte (as its Windows-1252 character) → Unicode letter. */
export const TCVN3: Readonly<Record<string, string>> = {
  '\u00B5': 'à',
  '\u00B8': 'á',
  '\u00B6': 'ả',
  '\u00B7': 'ã',
  '\u00B9': 'ạ',
  '\u00A8': 'ă',
  '\u00BB': 'ằ',
  '\u00BE': 'ắ',
  '\u00BC': 'ẳ',
  '\u00BD': 'ẵ',
  '\u00C6': 'ặ',
  '\u00A9': 'â',
  '\u00C7': 'ầ',
  '\u00CA': 'ấ',
  '\u00C8': 'ẩ',
  '\u00C9': 'ẫ',
  '\u00CB': 'ậ',
  '\u00AE': 'đ',
  '\u00CC': 'è',
  '\u00D0': 'é',
  '\u00CE': 'ẻ',
  '\u00CF': 'ẽ',
  '\u00D1': 'ẹ',
  '\u00AA': 'ê',
  '\u00D2': 'ề',
  '\u00D5': 'ế',
  '\u00D3': 'ể',
  '\u00D4': 'ễ',
  '\u00D6': 'ệ',
  '\u00D7': 'ì',
  '\u00DD': 'í',
  '\u00D8': 'ỉ',
  '\u00DC': 'ĩ',
  '\u00DE': 'ị',
  '\u00DF': 'ò',
  '\u00E3': 'ó',
  '\u00E1': 'ỏ',
  '\u00E2': 'õ',
  '\u00E4': 'ọ',
  '\u00AB': 'ô',
  '\u00E5': 'ồ',
  '\u00E8': 'ố',
  '\u00E6': 'ổ',
  '\u00E7': 'ỗ',
  '\u00E9': 'ộ',
  '\u00AC': 'ơ',
  '\u00EA': 'ờ',
  '\u00ED': 'ớ',
  '\u00EB': 'ở',
  '\u00EC': 'ỡ',
  '\u00EE': 'ợ',
  '\u00EF': 'ù',
  '\u00F3': 'ú',
  '\u00F1': 'ủ',
  '\u00F2': 'ũ',
  '\u00F4': 'ụ',
  '\u00AD': 'ư',
  '\u00F5': 'ừ',
  '\u00F8': 'ứ',
  '\u00F6': 'ử',
  '\u00F7': 'ữ',
  '\u00F9': 'ự',
  '\u00FA': 'ỳ',
  '\u00FD': 'ý',
  '\u00FB': 'ỷ',
  '\u00FC': 'ỹ',
  '\u00FE': 'ỵ',
  '\u00A1': 'Ă',
  '\u00A2': 'Â',
  '\u00A3': 'Ê',
  '\u00A4': 'Ô',
  '\u00A5': 'Ơ',
  '\u00A6': 'Ư',
  '\u00A7': 'Đ',
}

/**
 * VNI marks after a base vowel: the mark's character (lower case, then upper case) → what it adds,
 * as Unicode combining characters (modifier first, then tone): `a` + `ù` is `á`, `a` + `ê` is `ă`.
 */
export const VNI_MARKS: Readonly<Record<string, string>> = {
  // tones alone
  ù: '\u0301',
  Ù: '\u0301', // sắc
  ø: '\u0300',
  Ø: '\u0300', // huyền
  û: '\u0309',
  Û: '\u0309', // hỏi
  õ: '\u0303',
  Õ: '\u0303', // ngã
  ï: '\u0323',
  Ï: '\u0323', // nặng
  // circumflex (â ê ô), with or without a tone
  â: '\u0302',
  Â: '\u0302',
  á: '\u0302\u0301',
  Á: '\u0302\u0301',
  à: '\u0302\u0300',
  À: '\u0302\u0300',
  å: '\u0302\u0309',
  Å: '\u0302\u0309',
  ã: '\u0302\u0303',
  Ã: '\u0302\u0303',
  ä: '\u0302\u0323',
  Ä: '\u0302\u0323',
  // breve (ă), with or without a tone
  ê: '\u0306',
  Ê: '\u0306',
  é: '\u0306\u0301',
  É: '\u0306\u0301',
  è: '\u0306\u0300',
  È: '\u0306\u0300',
  ú: '\u0306\u0309',
  Ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  Ü: '\u0306\u0303',
  ë: '\u0306\u0323',
  Ë: '\u0306\u0323',
}

/** VNI characters that are whole letters on their own (ơ, ư, đ, and i, y with tones). */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ñ: 'đ',
  Ñ: 'Đ',
  í: 'í',
  Í: 'Í',
  ì: 'ì',
  Ì: 'Ì',
  æ: 'ỉ',
  Æ: 'Ỉ',
  ó: 'ĩ',
  Ó: 'Ĩ',
  ò: 'ị',
  Ò: 'Ị',
  î: 'ỵ',
  Î: 'Ỵ',
}
