/** Small pieces every story file uses. (Not part of the package: stories are excluded from builds.) */
import type { StageSelectDetail } from '../shared/cycle-element.js';

/** A story's description for its docs page. */
export const story = (description: string) => ({ docs: { description: { story: description } } });

/** What the Actions panel logs: the event's detail, and the element that fired it. */
export type SelectLog = StageSelectDetail & { from: string };

/** Passes each `ec-stage-select` to the Actions panel, saying which element fired it. */
export const logTo =
  (args: { onEcStageSelect?: (detail: SelectLog) => void }) => (event: CustomEvent<StageSelectDetail>) =>
    args.onEcStageSelect?.({ ...event.detail, from: (event.target as Element).localName });

/**
 * A story that is a whole page (it has its own `h1`): on the docs page it is shown in a frame of
 * `height`, as the page it is, so the docs page keeps one `h1` and the demo keeps its outline.
 */
export const pageStory = (description: string, height: string) => ({
  docs: { description: { story: description }, story: { inline: false, height } },
});

/** For play functions: waits until `el` has read its data and drawn it (no loading message). */
export async function settled<T extends HTMLElement>(el: T | null): Promise<T> {
  if (!el) throw new Error('the story has no such element');
  for (let i = 0; i < 200; i++) {
    await customElements.whenDefined(el.localName);
    const root = el.shadowRoot;
    if (root && root.firstElementChild && !root.querySelector('.loading:not([role])')) return el;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`<${el.localName}> never finished loading`);
}

/** For play functions: one element inside `el`'s shadow root, or an error that says which. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${el.localName}> has no ${selector}`);
  return found;
}
