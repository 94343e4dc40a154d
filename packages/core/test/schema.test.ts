/**
 * The generated JSON Schema says what parseCycle enforces. (Node's schema test goes further:
 * it runs a real JSON Schema validator against the schema and compares verdicts.)
 */
import { expect } from '@open-wc/testing';
import { cycleAdditionsJsonSchema, cycleJsonSchema } from '../src/schema.js';
import { LIMITS } from '../src/cycle-shape.js';
import { isSafeUrl, SAFE_URL_PATTERN } from '../src/url.js';

type S = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('cycleJsonSchema', () => {
  const schema = cycleJsonSchema() as S;

  it('is a closed draft 2020-12 object schema with the required top-level fields', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).to.equal(false);
    expect(schema.required).to.deep.equal(['schemaVersion', 'title', 'source', 'hub', 'stages']);
  });

  it('describes the fields that say where content is partial, what it follows and what its words mean', () => {
    const p = schema.properties;
    expect(Object.keys(p)).to.include.members(['purposes', 'principles', 'versions', 'glossary']);
    expect(Object.keys(p.hub.properties)).to.include.members(['notes', 'version']);
    expect(Object.keys(p.hub.properties.elements.items.properties)).to.include('notes');
    expect(Object.keys(p.stages.items.properties)).to.include.members(['notes', 'version']);
    expect(p.stages.items.properties.considerations.items.properties.titleBasis.enum).to.deep.equal([
      'source',
      'suggested',
    ]);
    expect(p.roles.items.properties.basis.enum).to.deep.equal(['source', 'suggested']);
    expect(p.glossary.items.required).to.deep.equal(['id', 'term', 'definition']);
  });

  it('limits stages to 3 to 24 and reserves "hub"', () => {
    expect(schema.properties.stages).to.deep.include({
      minItems: LIMITS.minStages,
      maxItems: LIMITS.maxStages,
    });
    const id = schema.properties.stages.items.properties.id;
    expect(id.not).to.deep.equal({ enum: ['hub'] });
    expect(id.maxLength).to.equal(LIMITS.id);
  });

  it('uses the same URL rule as the validator', () => {
    const href = schema.properties.hub.properties.links.items.properties.href;
    expect(href.allOf[1].pattern).to.equal(SAFE_URL_PATTERN);
    const rule = new RegExp(href.allOf[1].pattern, 'u');
    for (const url of [
      'https://x.org',
      'mailto:a@b',
      '/p',
      'javascript:x',
      ' java',
      'data:,x',
      'java\nscript:x',
      'vbscript:x',
    ]) {
      expect(rule.test(url), url).to.equal(isSafeUrl(url));
    }
    expect(isSafeUrl('javascript:alert(1)')).to.equal(false);
    expect(isSafeUrl('https://example.org')).to.equal(true);
  });

  it('keys additions to stages by stage id', () => {
    const additions = cycleAdditionsJsonSchema() as S;
    expect(additions.title).to.equal('Engagement cycle additions');
    expect(additions.properties.stages.propertyNames.not).to.deep.equal({ enum: ['hub'] });
    expect(additions.properties.stages.maxProperties).to.equal(LIMITS.maxStages);
  });
});
