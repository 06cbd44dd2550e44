/** What other features use of population. */
export { relationLabel, sexLabel } from './labels'
export { PurposePicker } from './PurposePicker'
export { isPurpose, type PurposeCode } from './purposes'
