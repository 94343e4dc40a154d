/**
 * What the wheel adds when a self-assessment shares its store: the marks of each part's level
 * (core's `ratingMarks`) and the level in each tab's name. The wheel loads this module the
 * first time ratings appear, so a wheel without an assessment never downloads it.
 */
import { html, svg, nothing } from 'lit';
import { ratingMarks, type RatingMark, type WheelLayout, type WheelRatings } from '@engagement-cycle/core';
import type { WheelRatingStrings, WheelUiStrings } from './cycle-wheel.strings.js';

/** The English of the rating words, here so a wheel without ratings never downloads them. */
export const ratingStrings: WheelRatingStrings = {
  rating: (level, target) => `${level ?? 'not rated yet'}${target ? `, target ${target}` : ''}`,
  ratingChange: (change, by = 0) =>
    change === 'up' || change === 'down'
      ? `${change} ${Math.abs(by)} level${Math.abs(by) === 1 ? '' : 's'} since the earlier file`
      : change === 'same'
        ? 'the same as in the earlier file'
        : change === 'newly-rated'
          ? 'newly rated since the earlier file'
          : change === 'dropped'
            ? 'rated in the earlier file, not now'
            : '',
};

import type { PartLanguages } from '../shared/cycle-element.js';

/** The marks of each fitted layout, for the ratings last drawn on it. */
const drawn = new WeakMap<WheelLayout, [WheelRatings, Map<string, RatingMark>]>();

/** `ratingMarks`, computed once per fitted layout and ratings. */
export function marksOf(fit: WheelLayout, ratings: WheelRatings): Map<string, RatingMark> {
  const known = drawn.get(fit);
  if (known?.[0] === ratings) return known[1];
  const marks = ratingMarks(fit, ratings);
  drawn.set(fit, [ratings, marks]);
  return marks;
}

/** A part's rating after its name in the list under the wheel, in brackets. */
export function renderRating(ratings: WheelRatings, id: string, t: WheelUiStrings, langs: PartLanguages) {
  const text = ratingText(ratings, id, t);
  return text ? html` <span class="rating" lang=${langs.ui ?? nothing}>(${text})</span>` : nothing;
}

/** A part's rating in words: "Developing, target Established, up 1 level since the earlier file". */
export function ratingText(ratings: WheelRatings, id: string, words: WheelUiStrings): string | undefined {
  const rating = ratings.get(id);
  if (!rating) return undefined;
  const t = { ...ratingStrings, ...words } as WheelRatingStrings;
  const change = rating.change ? t.ratingChange(rating.change, rating.by) : '';
  return `${t.rating(rating.level, rating.target)}${change ? `, ${change}` : ''}`;
}

/** Each tab's name with its part's rating after it. */
export function ratedNames(names: Map<string, string>, ratings: WheelRatings, t: WheelUiStrings) {
  return new Map(
    [...names].map(([id, name]) => {
      const text = ratingText(ratings, id, t);
      return [id, text ? `${name}, ${text}` : name] as const;
    }),
  );
}

/**
 * A part's mark, drawn inside its label's group: it takes the label's fill (selected, focused,
 * forced colours), and moves out with a selected stage. Hidden, as the labels are, from
 * assistive technology: the tab names say the same.
 */
export function renderMark(mark: RatingMark | undefined) {
  if (!mark) return nothing;
  return svg`<path class="pips" fill-rule="evenodd" d=${mark.pips}></path>${
    mark.change ? svg`<path class="change ${mark.change.kind}" d=${mark.change.path}></path>` : nothing
  }`;
}
