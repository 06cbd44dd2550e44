export { welfareModule } from './welfare.module.js'
export { amountInWords } from './periods/amount-words.js'
