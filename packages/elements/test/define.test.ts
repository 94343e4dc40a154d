/**
 * Two copies of the elements on one page (shared/define.ts): each copy signs in with its
 * build; the second different build makes one console warning, naming both and the tags the
 * first defined; the same build signing in again says nothing. The CDN test
 * (test/node/cdn.test.mjs) checks the same with the real CDN file and an npm bundle.
 */
import { expect } from '@open-wc/testing';
import '../src/cycle-wheel.js';
import { signIn } from '../src/shared/define.js';

const KEY = Symbol.for('engagement-cycle.builds');
type Builds = Map<string, string[]>;

describe('two copies on one page', () => {
  let warnings: string[];
  let realWarn: typeof console.warn;
  let saved: Builds;
  beforeEach(() => {
    warnings = [];
    realWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    saved = (globalThis as { [KEY]?: Builds })[KEY]!;
  });
  afterEach(() => {
    console.warn = realWarn;
    (globalThis as { [KEY]?: Builds })[KEY] = saved;
  });

  it('this copy signed in when it defined its first tag, and that tag is listed as its own', () => {
    const mine = [...saved].find(([build]) => build === 'source');
    expect(mine?.[1]).to.include('ec-cycle-wheel');
  });

  it('warns once when a second, different build arrives, naming both and the first one’s tags', () => {
    // A page where another build (say the CDN file) came first and defined two tags.
    (globalThis as { [KEY]?: Builds })[KEY] = new Map([['CDN 0.0.1', ['ec-cycle-wheel', 'ec-stage-guide']]]);
    signIn();
    signIn();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('two copies on one page, CDN 0.0.1 (loaded first) and source');
    expect(warnings[0]).to.include('(CDN 0.0.1: <ec-cycle-wheel>, <ec-stage-guide>)');
    expect(warnings[0]).to.include('load only one copy');
  });

  it('says nothing when the same build signs in again (one build’s files loaded together)', () => {
    signIn();
    signIn();
    expect(warnings).to.deep.equal([]);
  });

  it('a second build that arrives before any tag is defined says so', () => {
    (globalThis as { [KEY]?: Builds })[KEY] = new Map([['npm 0.0.1', []]]);
    signIn();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('Each tag stays with the copy that defined it first.');
  });
});
