/**
 * The host script of the iframe embed: add it once to a page, and every
 * `<iframe data-engagement-cycle src=".../embed.html">` on it takes the height of its content,
 * so the reader never scrolls inside a box. Without it, an iframe keeps the height it was given.
 *
 * A message is acted on only when it has our shape, comes from the window of one of those
 * iframes, and from the origin of that iframe's `src`: another frame or another site cannot
 * resize anything. The script writes nothing into the page but each frame's height.
 */
import { ASK_MESSAGE, isHeightMessage } from './messages.js';

const SELECTOR = 'iframe[data-engagement-cycle]';

/** The origin an iframe's address points at, or undefined for one that has none. */
function originOf(frame: HTMLIFrameElement): string | undefined {
  try {
    const origin = new URL(frame.src, document.baseURI).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

function onMessage(event: MessageEvent): void {
  if (!isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
    if (frame.contentWindow !== event.source) continue;
    if (originOf(frame) !== event.origin) return;
    // CSSOM, not a style attribute, so a strict style-src policy allows it.
    frame.style.height = `${Math.ceil(event.data.height)}px`;
    return;
  }
}

/**
 * Asks a frame for its height, in case it said it before this script was listening. The
 * question holds nothing, so it goes to any origin: a frame still on its first blank page
 * would make a named target origin log an error in the console.
 */
function ask(frame: HTMLIFrameElement): void {
  frame.contentWindow?.postMessage({ type: ASK_MESSAGE }, '*');
}

// Loaded twice (a CMS block pasted twice), the page still listens once.
const KEY = Symbol.for('engagement-cycle.embed-host');
const holder = window as unknown as Record<symbol, boolean>;
if (!holder[KEY]) {
  holder[KEY] = true;
  window.addEventListener('message', onMessage);
  const askAll = () => document.querySelectorAll<HTMLIFrameElement>(SELECTOR).forEach(ask);
  askAll();
  // A frame that finishes loading after this script asks again; so does one added later.
  document.addEventListener(
    'load',
    (event) => {
      if (event.target instanceof HTMLIFrameElement && event.target.matches(SELECTOR)) ask(event.target);
    },
    true,
  );
}
