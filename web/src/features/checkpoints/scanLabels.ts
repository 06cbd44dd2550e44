import type { ScanFormLabels } from '../../components/ScanForm'

type Prefix = 'gate' | 'boarding'
type Key = `${Prefix}.${'code' | 'codeHint' | 'submit' | 'codeRequired'}`

/** The scan form's words on the gate page and the ticket check. */
export const scanLabels = (t: (key: Key) => string, prefix: Prefix): ScanFormLabels => ({
  code: t(`${prefix}.code`),
  hint: t(`${prefix}.codeHint`),
  submit: t(`${prefix}.submit`),
  required: t(`${prefix}.codeRequired`),
})
