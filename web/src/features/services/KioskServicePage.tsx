import { useState } from 'react'
import type { PageProps } from '../../app/routes'
import { KioskFrame } from './KioskFrame'
import { ReceiptView } from './ReceiptView'
import { ServiceView } from './ServicePage'
import type { Receipt } from './types'

/**
 * A service's form on the kiosk, and its receipt in place once filed, to print (the kiosk's
 * printer takes the receipt alone, by the print stylesheet); "Finish" clears everything.
 */
export default function KioskServicePage({ params }: PageProps) {
  const code = params.code ?? ''
  const [receipt, setReceipt] = useState<Receipt | null>(null)
  return (
    <KioskFrame>
      {receipt ? (
        <ReceiptView receipt={receipt} kiosk />
      ) : (
        <ServiceView key={code} code={code} kiosk onFiled={setReceipt} />
      )}
    </KioskFrame>
  )
}
