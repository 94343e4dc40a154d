/**
 * Every element test will lean on `expect(el).to.be.accessible()`. This proves, in each
 * browser, that the check is live: it passes a clean fragment and fails a broken one, so a
 * green accessibility test later means axe really looked.
 */
import { expect, fixture, html } from '@open-wc/testing';

describe('accessibility checks in the test rig', () => {
  it('pass a fragment with no violations', async () => {
    const el = await fixture(
      html`<main>
        <h1>Stage 2</h1>
        <button type="button">Next stage</button>
      </main>`,
    );
    await expect(el).to.be.accessible();
  });

  it('fail a button with no accessible name and an image with no alt text', async () => {
    const el = await fixture(html`<div><button type="button"></button><img src="data:," /></div>`);
    let failure: unknown;
    try {
      await expect(el).to.be.accessible();
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.match(/button-name/);
    expect(String(failure)).to.match(/image-alt/);
  });
});
