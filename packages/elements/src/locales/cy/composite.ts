/** Welsh words of the composite itself (its loading and error views, its credit); see ./shared.ts. */
import { shared } from './shared.js';

export default shared;
