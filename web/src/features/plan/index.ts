/** What other features use of the plan. */
export { TextArea } from './TextArea'
