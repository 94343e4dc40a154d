/**
 * What the wheel adds when a self-assessment shares its store: the marks of each part's level
 * (core's `ratingMarks`) and the level in each tab's name. The wheel loads this module the
 * first time ratings appear, so a wheel without an assessment never downloads it.
 */
import { svg, nothing } from 'lit';
import {
  HUB_ID,
  ratingMarks,
  type RatingMark,
  type WheelLayout,
  type WheelRatings,
} from '@engagement-cycle/core';
import type { WheelListStrings } from './cycle-wheel.strings.js';

export { ratingMarks };

/** A part's rating in words: "Developing, target Established, up 1 level since the earlier file". */
export function ratingText(ratings: WheelRatings, id: string, t: WheelListStrings): string | undefined {
  const rating = ratings.get(id);
  if (!rating) return undefined;
  const change = rating.change ? t.ratingChange(rating.change, rating.by) : '';
  return `${t.rating(rating.level, rating.target)}${change ? `, ${change}` : ''}`;
}

/** Each tab's name with its part's rating after it. */
export function ratedNames(names: Map<string, string>, ratings: WheelRatings, t: WheelListStrings) {
  return new Map(
    [...names].map(([id, name]) => {
      const text = ratingText(ratings, id, t);
      return [id, text ? `${name}, ${text}` : name] as const;
    }),
  );
}

/**
 * The marks, above the labels and hidden from assistive technology (the tab names say the
 * same). A selected stage's marks move out with it.
 */
export function renderMarks(layout: WheelLayout, marks: Map<string, RatingMark>) {
  const offsets = new Map(layout.stages.map((s) => [s.id, s.offset]));
  return svg`<g class="marks" aria-hidden="true">${[...marks].map(([id, mark]) => {
    const offset = id === HUB_ID ? undefined : offsets.get(id);
    const selected = id === HUB_ID ? layout.hub.selected : layout.stages.find((s) => s.id === id)?.selected;
    return svg`<g class="mark ${selected ? 'selected' : ''}" data-id=${id}
      transform=${offset && (offset.x || offset.y) ? `translate(${offset.x} ${offset.y})` : nothing}>
      ${mark.pips.map(
        (p) =>
          svg`<circle class=${p.filled ? 'pip filled' : 'pip'} cx=${p.x} cy=${p.y} r=${mark.r}></circle>${
            p.target
              ? svg`<circle class="target" cx=${p.x} cy=${p.y} r=${Math.round(mark.r * 1.6 * 100) / 100}></circle>`
              : nothing
          }`,
      )}
      ${mark.change ? svg`<path class="change ${mark.change.kind}" d=${mark.change.path}></path>` : nothing}
    </g>`;
  })}</g>`;
}
