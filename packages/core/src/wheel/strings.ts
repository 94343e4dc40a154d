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
  /**
   * A stage's tab in the wheel: "Stage 2: Working with…". No "of 5": a screen reader already
   * says where the tab sits ("3 of 6", counting the hub), and two counts would disagree.
   */
  tabName(number: number, title: string): string;
}

export const WHEEL_STRINGS_EN: WheelStrings = {
  stageName: (number, total, title) => `Stage ${number} of ${total}: ${title}`,
  hubName: (title) => `Hub: ${title}`,
  selectedSuffix: ' (selected)',
  tabName: (number, title) => `Stage ${number}: ${title}`,
};

/** The credit line's words, after the cycle's own credit (the SVG, the elements, the export). */
export interface CreditWords {
  /** Before the link to the model's own site. */
  creditSource: string;
  /** Before the link to the licence. */
  creditLicence: string;
}

/** Its own object, so a bundle that needs the credit's words does not carry the SVG's. */
export const CREDIT_WORDS_EN: CreditWords = {
  creditSource: 'Source',
  creditLicence: 'Licence',
};

/** The words of the static SVG: the names above, its description and its credit lines. */
export interface SvgStrings extends WheelStrings {
  /** The first sentence of the SVG's `<desc>`. */
  description(title: string, total: number, hubTitle: string): string;
  /** Ends the description when a stage is selected. */
  selectedStage(number: number): string;
  /** Ends the description when the hub is selected. */
  selectedHub: string;
  /** A segment's tooltip: its title, and whether its grouping of stages is a suggestion. */
  segmentName(title: string, suggested: boolean): string;
  /** Before the source's address under the credit. */
  creditSource: string;
  /** Before the licence's name and address. */
  creditLicence: string;
}

export const SVG_STRINGS_EN: SvgStrings = {
  ...WHEEL_STRINGS_EN,
  description: (title, total, hubTitle) => `${title}: a wheel of ${total} stages round a hub, ${hubTitle}.`,
  selectedStage: (number) => `Selected: stage ${number}.`,
  selectedHub: 'Selected: the hub.',
  segmentName: (title, suggested) =>
    suggested ? `${title}. Which stages this step covers is a suggestion by this project.` : title,
  ...CREDIT_WORDS_EN,
};
