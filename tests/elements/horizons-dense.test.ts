/** The readability of `<floke-horizons>` on 150 elements on 10 dates (see horizons-readability-spec.ts). */
import './lit-dev-warnings.js';
import { denseDocument, readabilitySpec } from './horizons-readability-spec.js';

readabilitySpec('dense', async () => denseDocument());
