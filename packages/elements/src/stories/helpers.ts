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
