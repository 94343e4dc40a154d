/**
 * The package's main entry, as a page that imports `@engagement-cycle/elements` uses it:
 * every element defined under its tag, and the page-wide words.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defaultCycle } from '@engagement-cycle/core';
import * as entry from '../src/index.js';
import { settled } from './support.js';

describe('@engagement-cycle/elements (the main entry)', () => {
  it('defines every element under its tag, as the classes it exports', () => {
    expect(customElements.get('ec-engagement-cycle')).to.equal(entry.EcEngagementCycle);
    expect(customElements.get('ec-cycle-wheel')).to.equal(entry.EcCycleWheel);
    expect(customElements.get('ec-stage-guide')).to.equal(entry.EcStageGuide);
    expect(customElements.get('ec-who-does-what')).to.equal(entry.EcWhoDoesWhat);
    for (const element of [entry.EcCycleWheel, entry.EcStageGuide, entry.EcWhoDoesWhat])
      expect(element.prototype).to.be.an.instanceOf(entry.CycleElement);
  });

  it('loads the self-assessment only once its tag appears in the document', async () => {
    expect(customElements.get('ec-self-assessment'), 'not loaded before it is used').to.equal(undefined);
    const host = await fixture(html`<div><ec-self-assessment></ec-self-assessment></div>`);
    await customElements.whenDefined('ec-self-assessment');
    const form = host.querySelector('ec-self-assessment')!;
    // Upgraded after the page drew it: its first render has not run yet, so wait for it first.
    await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await settled(host);
    expect(form.shadowRoot!.querySelectorAll('fieldset.item')).to.have.length(
      1 + defaultCycle.hub.elements.length + defaultCycle.stages.length,
    );
  });

  it('leaves the data helpers to the core package (importing them from here would pull the dataset in)', () => {
    for (const name of ['defaultCycle', 'parseCycle', 'loadCycle', 'mergeCycle'])
      expect(Object.keys(entry), name).not.to.include(name);
  });

  it('lets a page add words for a language of its own with registerStrings', async () => {
    entry.registerStrings('x-test', { hubName: (title: string) => `Centre (test): ${title}` });
    const host = await fixture(html`<div lang="x-test"><ec-cycle-wheel></ec-cycle-wheel></div>`);
    await settled(host);
    const wheel = host.querySelector('ec-cycle-wheel')!;
    expect(wheel.shadowRoot!.querySelector("[data-id='hub']")!.getAttribute('aria-label')).to.equal(
      `Centre (test): ${defaultCycle.hub.title}`,
    );
    // Words it did not give come from English.
    expect(wheel.shadowRoot!.querySelector("[data-id='stage-1']")!.getAttribute('aria-label')).to.match(
      /^Stage 1: /,
    );
  });
});
