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
