import type { Cycle } from '../types.js';
import { HUB_ID } from '../constants.js';

/** Something an assessment rates: the hub, one of its key elements, or a stage. */
export interface RatedPart {
  id: string;
  kind: 'hub' | 'element' | 'stage';
  title: string;
  /** The stage's number; absent for the hub and its elements. */
  number?: number;
}

/**
 * What a cycle asks an assessment to rate, in the order a form shows them: the hub, its key
 * elements, then the stages. A hub element whose id is also a stage's is left out: its ratings
 * could not be told apart.
 */
export function ratedParts(cycle: Cycle): RatedPart[] {
  const stages = new Set(cycle.stages.map((s) => s.id));
  return [
    { id: HUB_ID, kind: 'hub', title: cycle.hub.title },
    ...cycle.hub.elements
      .filter((e) => !stages.has(e.id) && e.id !== HUB_ID)
      .map((e): RatedPart => ({ id: e.id, kind: 'element', title: e.title })),
    ...cycle.stages.map((s): RatedPart => ({ id: s.id, kind: 'stage', title: s.title, number: s.number })),
  ];
}

/**
 * A short fingerprint of what an assessment rates in a cycle: its title and the ids and titles
 * of the hub, its elements and its stages. A wording change elsewhere keeps it; a renamed or
 * added stage changes it, so a file made against another version of the cycle is noticed.
 * (cyrb53: fast and well spread; it tells versions apart, it is not a security check.)
 */
export function cycleFingerprint(cycle: Cycle): string {
  const text = JSON.stringify([cycle.title, ratedParts(cycle).map((p) => [p.id, p.title])]);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `c1-${hash.toString(16).padStart(14, '0')}`;
}
