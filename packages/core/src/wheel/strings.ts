/**
 * The few words the wheel itself says (not content): names of stages and the hub for
 * assistive technology and tooltips. The static SVG uses these; the elements start their
 * English strings from the same object and add Welsh and overrides.
 */
export interface WheelStrings {
  /** "Stage 2 of 5: Working with the public…" */
  stageName(number: number, total: number, title: string): string;
  /** "Hub: Engagement strategy, culture and systems" */
  hubName(title: string): string;
  /** Added to a name when that stage or the hub is the selected one. */
  selectedSuffix: string;
}

export const WHEEL_STRINGS_EN: WheelStrings = {
  stageName: (number, total, title) => `Stage ${number} of ${total}: ${title}`,
  hubName: (title) => `Hub: ${title}`,
  selectedSuffix: ' (selected)',
};
