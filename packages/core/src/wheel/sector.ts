/**
 * SVG paths of ring sectors and circles: all the wheel draws. (It used d3-shape's `arc()`,
 * whose general rounded-corner code cost the wheel 1.3 KB of its 16 KB budget for the two
 * shapes below. The gaps are drawn the way d3 draws them, so nothing looks different.)
 *
 * Angles are in radians, clockwise from 12 o'clock; the centre is (0, 0).
 */

const EPSILON = 1e-9;
const num = (n: number) => String(Math.round(n * 100) / 100);
const point = (r: number, angle: number) => `${num(r * Math.sin(angle))},${num(-r * Math.cos(angle))}`;

/**
 * The ring sector between radii `inner` and `outer` and angles `start` and `end`, less a
 * gap of `padWidth` at each side. The gap is as wide at the inner edge as at the outer one
 * (its sides are parallel), so the rings read as separate blocks.
 */
export function sectorPath(inner: number, outer: number, start: number, end: number, padWidth = 0): string {
  const mid = (start + end) / 2;
  // How much angle the gap takes at radius r; a sector too thin for its gap shrinks to its middle.
  const shrink = (r: number): [number, number] => {
    const pad = r > EPSILON ? Math.asin(Math.min(1, padWidth / 2 / r)) : 0;
    return end - start - 2 * pad > EPSILON ? [start + pad, end - pad] : [mid, mid];
  };
  const [o0, o1] = shrink(outer);
  const large = (a: number, b: number) => (b - a > Math.PI ? 1 : 0);
  let d = `M${point(outer, o0)}A${num(outer)},${num(outer)},0,${large(o0, o1)},1,${point(outer, o1)}`;
  if (inner > EPSILON) {
    const [i0, i1] = shrink(inner);
    d += `L${point(inner, i1)}A${num(inner)},${num(inner)},0,${large(i0, i1)},0,${point(inner, i0)}`;
  } else {
    d += 'L0,0';
  }
  return `${d}Z`;
}

/** A full circle of radius `r`, as two half-circle arcs (one arc cannot end where it starts). */
export function circlePath(r: number): string {
  const radius = `${num(r)},${num(r)}`;
  return `M0,${num(-r)}A${radius},0,1,1,0,${num(r)}A${radius},0,1,1,0,${num(-r)}Z`;
}
