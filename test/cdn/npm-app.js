// A site's own script, bundled from the npm package (test/node/cdn.test.mjs bundles it with
// rollup as a site's build would): it defines the elements and changes a word of the page.
import { registerStrings } from '@engagement-cycle/elements';

registerStrings('en', { stageListLabel: 'Stages of our cycle' });
document.body.dataset.npmAppRan = 'yes';
