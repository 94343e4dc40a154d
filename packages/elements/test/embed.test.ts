// The iframe embed's parts in the browser: the query it reads, the elements it draws, the
// height messages it sends, and the host script's checks. The same files, built, are tested
// across two origins under a strict CSP in test/node/cms-embedding.test.mjs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { readQuery, startEmbed } from '../src/embed/embed.js';
import { HEIGHT_MESSAGE, isHeightMessage } from '../src/embed/messages.js';
import '../src/embed/host.js';
import { captureConsole, settled } from './support.js';

describe('the iframe embed', () => {
  it('reads the query: known values kept, others ignored with a warning', async () => {
    expect(readQuery('')).to.deep.equal({ parts: ['wheel', 'guide', 'matrix'] });
    expect(readQuery('?stage=stage-2&theme=dark&lang=cy&parts=matrix,wheel')).to.deep.equal({
      stage: 'stage-2',
      theme: 'dark',
      lang: 'cy',
      parts: ['wheel', 'matrix'],
    });
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    const caught = await captureConsole(() =>
      readQuery(`?stage=${hostile}&theme=neon&lang=fr&parts=${hostile}`),
    );
    expect(caught.result).to.deep.equal({ parts: ['wheel', 'guide', 'matrix'] });
    const warned = caught.warn.map((args) => String(args[0]));
    for (const name of ['stage', 'theme', 'lang', 'parts'])
      expect(
        warned.some((w) => w.startsWith(`engagement-cycle embed: ignored ${name}=`)),
        name,
      ).to.equal(true);
  });

  it('knows a height message by its shape alone', () => {
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 480 })).to.equal(true);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 0 })).to.equal(true);
    for (const bad of [
      null,
      'engagement-cycle:height',
      { type: HEIGHT_MESSAGE, height: '480' },
      { type: HEIGHT_MESSAGE, height: -1 },
      { type: HEIGHT_MESSAGE, height: Infinity },
      { type: HEIGHT_MESSAGE, height: 50_001 },
      { type: 'engagement-cycle:size', height: 480 },
    ])
      expect(isHeightMessage(bad), JSON.stringify(bad)).to.equal(false);
  });

  it('draws the parts asked for, linked to one wheel, and tells its parent its height as it changes', async () => {
    const content = await fixture<HTMLDivElement>(html`<div></div>`);
    const heights: number[] = [];
    const hear = (event: MessageEvent) => {
      if (event.source === window && isHeightMessage(event.data)) heights.push(event.data.height);
    };
    window.addEventListener('message', hear);
    try {
      startEmbed(content, '?parts=wheel,matrix&stage=stage-2&theme=dark', window);
      expect([...content.children].map((e) => e.localName)).to.deep.equal([
        'ec-cycle-wheel',
        'ec-who-does-what',
      ]);
      expect(content.children[1]!.getAttribute('for')).to.equal('wheel');
      expect(content.children[0]!.getAttribute('selected')).to.equal('stage-2');
      await settled(content);
      const now = () => Math.ceil(content.getBoundingClientRect().height);
      await waitUntil(() => heights.at(-1) === now(), 'no height message for the drawn parts', {
        timeout: 5000,
      });
      // Asked again (the host script loaded late), it says its height again.
      const count = heights.length;
      window.postMessage({ type: 'engagement-cycle:ask-height' }, '*');
      await waitUntil(() => heights.length > count, 'no answer to the question', { timeout: 5000 });
      // A change of height is told.
      content.append(Object.assign(document.createElement('p'), { textContent: 'More' }));
      await waitUntil(() => heights.at(-1) === now(), 'the new height was not told', { timeout: 5000 });
    } finally {
      window.removeEventListener('message', hear);
    }
  });

  it('the composite for wheel and guide, without the matrix when it is not asked for', async () => {
    const content = await fixture<HTMLDivElement>(html`<div></div>`);
    startEmbed(content, '?parts=guide,wheel&lang=cy', null);
    expect(content.children.length).to.equal(1);
    expect(content.firstElementChild!.localName).to.equal('ec-engagement-cycle');
    expect(content.firstElementChild!.hasAttribute('hide-matrix')).to.equal(true);
    expect(document.documentElement.lang).to.equal('cy');
    document.documentElement.lang = 'en';
    startEmbed(content, '?parts=guide', null);
    expect([...content.children].map((e) => e.localName)).to.deep.equal(['ec-stage-guide']);
  });

  it('the host script sizes a marked frame from its own window only, ignoring wrong shapes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <iframe
          data-engagement-cycle
          title="Wrong shapes"
          height="200"
          src="/test/embed/wrong-shape.html"
        ></iframe>
        <iframe title="Not marked" height="200" src="/test/embed/wrong-shape.html"></iframe>
      </div>`,
    );
    const [marked, unmarked] = [...wrapper.querySelectorAll('iframe')];
    const seen: string[] = [];
    new MutationObserver(() => seen.push(marked!.style.height)).observe(marked!, { attributes: true });
    // This window, not a frame, sends a well-formed message: ignored.
    window.postMessage({ type: HEIGHT_MESSAGE, height: 55 }, '*');
    await waitUntil(() => marked!.style.height === '321px', 'the good message was not acted on', {
      timeout: 8000,
    });
    expect(seen).to.deep.equal(['321px']);
    expect(unmarked!.style.height).to.equal('');
  });
});
