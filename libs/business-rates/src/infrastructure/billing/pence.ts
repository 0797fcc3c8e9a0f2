export { pence } from '../../../../database/src/index.js';
