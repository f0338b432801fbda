export { modelDescription } from './model-description'
