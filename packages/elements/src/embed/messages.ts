/**
 * The messages between an embed frame and the page that holds it. One shape, namespaced, so
 * a page that hears other frames' messages (video players, forms, analytics) can tell ours
 * apart, and so the frame and the host script cannot disagree.
 */

/** The frame tells its parent how tall its content is, in CSS px. */
export const HEIGHT_MESSAGE = 'engagement-cycle:height';

/** The host script asks a frame to say its height again (it may have loaded after the frame). */
export const ASK_MESSAGE = 'engagement-cycle:ask-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** No page is taller than this; a bigger number is a mistake or a hostile frame. */
export const MAX_HEIGHT = 50_000;

/** Whether `data` is a height message we would act on: the right type and a sane height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return (
    type === HEIGHT_MESSAGE &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    height <= MAX_HEIGHT
  );
}
