/**
 * Names of the banks that usually hold a province's collecting account, by NAPAS BIN; a BIN not
 * listed is shown as it is.
 */
const BANK_NAMES: Record<string, string> = {
  '970405': 'Agribank',
  '970415': 'VietinBank',
  '970416': 'ACB',
  '970418': 'BIDV',
  '970422': 'MB',
  '970436': 'Vietcombank',
  '970407': 'Techcombank',
  '970432': 'VPBank',
  '970423': 'TPBank',
  '970403': 'Sacombank',
}

/** The bank's name with its BIN beside it, for the officers who need the code. */
export const bankLabel = (bin: string): string => {
  const name = BANK_NAMES[bin]
  return name ? `${name} (${bin})` : bin
}
