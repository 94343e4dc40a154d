// scripts/minify-templates.js, the rollup plugin that squeezes white space out of Lit's css``,
// html`` and svg`` templates in the built elements. Each case runs the plugin's transform on a
// small module with rollup's own parser, as rollup would, and reads back the static parts of
// the template. Cases marked `todo` are known limitations: they say what should happen, and
// the report of the test run lists them without failing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { rollup } from 'rollup';
import { minifyTemplates } from '../../scripts/minify-templates.js';

const ID = 'packages/elements/src/example.ts';

/** Runs the plugin's transform on `code` as rollup would, with its parser as this.parse. */
function transform(code, id = ID, options) {
  const plugin = minifyTemplates(options);
  return plugin.transform.call({ parse: (source) => parseAst(source) }, code, id);
}

/** The tagged templates of a module, each as its tag, static parts and expression sources. */
function templates(code) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression') {
      found.push({
        tag: code.slice(node.tag.start, node.tag.end),
        strings: node.quasi.quasis.map((q) => q.value.raw),
        expressions: node.quasi.expressions.map((e) => code.slice(e.start, e.end)),
      });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

/** The static parts of the only template in `source` after squeezing. */
function squeezed(source) {
  const out = transform(source);
  const [first] = templates(out.code);
  return first.strings;
}

const html = (body) => `const view = html\`${body}\`;`;
const css = (body) => `const styles = css\`${body}\`;`;

// ---------------------------------------------------------------------------------------
// Markup: html`` and svg``

test('markup: comments go', () => {
  assert.deepEqual(squeezed(html('<p>a</p><!-- a note\n  over two lines --><p>b</p>')), ['<p>a</p><p>b</p>']);
});

test('markup: white space holding a line break between two tags goes entirely', () => {
  assert.deepEqual(squeezed(html('\n  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n')), [
    ' <ul><li>a</li><li>b</li></ul> ',
  ]);
  assert.deepEqual(squeezed('const g = svg`<g>\n  <path d="M0 0"></path>\n</g>`;'), [
    '<g><path d="M0 0"></path></g>',
  ]);
});

test('markup: white space round attribute bindings is kept, so Lit still finds each attribute', () => {
  assert.deepEqual(squeezed(html('<a href=${x} title=${y}>go</a>')), ['<a href=', ' title=', '>go</a>']);
  // Attributes on lines of their own: each break becomes one space, never nothing.
  assert.deepEqual(squeezed(html('<a\n    href=${x}\n    ?hidden=${h}\n    .value=${v}\n  >go</a>')), [
    '<a href=',
    ' ?hidden=',
    ' .value=',
    ' >go</a>',
  ]);
});

test('markup: white space in text becomes one space, never none', () => {
  assert.deepEqual(squeezed(html('<p>Hello\n      world,   and\tall</p>')), ['<p>Hello world, and all</p>']);
  // Between an expression and text or another expression the space is content: one stays.
  assert.deepEqual(squeezed(html('<p>${a}\n  ${b}   and ${c}</p>')), ['<p>', ' ', ' and ', '</p>']);
  // A plain space between two tags (no line break) is kept as it is.
  assert.deepEqual(squeezed(html('<b>a</b> <i>b</i>')), ['<b>a</b> <i>b</i>']);
});

test(
  'markup: a line break between two inline elements still separates their words',
  {
    todo:
      'known limitation: `<b>a</b>\\n<i>b</i>` renders "a b" but is squeezed to "<b>a</b><i>b</i>", ' +
      'which renders "ab". No template in packages/elements/src has such a join today.',
  },
  () => {
    assert.deepEqual(squeezed(html('<b>a</b>\n<i>b</i>')), ['<b>a</b> <i>b</i>']);
  },
);

test(
  'markup: <pre> keeps its white space',
  {
    todo:
      'known limitation: white space inside <pre> (and <textarea>) is squeezed like any text, so ' +
      '"a\\n  b" becomes "a b". No template in packages/elements/src uses <pre> or <textarea>.',
  },
  () => {
    assert.deepEqual(squeezed(html('<pre>a\n  b</pre>')), ['<pre>a\n  b</pre>']);
  },
);

test('markup: <pre> today, as it is squeezed (what the known limitation above does)', () => {
  assert.deepEqual(squeezed(html('<pre>a\n  b</pre>')), ['<pre>a b</pre>']);
});

test('markup and css: a no-break space is content, not white space to squeeze', () => {
  // HTML and CSS white space is space, tab, LF, FF and CR; JavaScript's \s also takes U+00A0
  // and the other Unicode spaces (fixed in the plugin: it used \s).
  assert.deepEqual(squeezed(html('<p>10\u00a0km\u202fh</p>')), ['<p>10\u00a0km\u202fh</p>']);
  assert.deepEqual(squeezed(css("a::before { content: '\u00a0'; }")), ["a::before{content:'\u00a0';}"]);
});

// ---------------------------------------------------------------------------------------
// CSS: css``

test('css: comments go and the spaces round { } ; , and after colons go', () => {
  assert.deepEqual(
    squeezed(css('\n  /* the base */\n  :host {\n    display: block;\n    margin: 0 auto;\n  }\n')),
    [' :host{display:block;margin:0 auto;}'],
  );
});

test('css: combinators, :is() and media queries keep the spaces that carry meaning', () => {
  assert.deepEqual(squeezed(css('a > b { x: 1 }\n.a .b, .c ~ .d { x: 2 }')), [
    'a > b{x:1}.a .b,.c ~ .d{x:2}',
  ]);
  assert.deepEqual(squeezed(css(':is(.a, .b) :where(h2, h3) { x: 1 }')), [':is(.a,.b) :where(h2,h3){x:1}']);
  // A space before a pseudo-class is a descendant combinator: ".a :hover" is not ".a:hover".
  assert.deepEqual(squeezed(css('.a :hover { x: 1 }')), ['.a :hover{x:1}']);
  assert.deepEqual(
    squeezed(css('@media (min-width: 40em) and (prefers-reduced-motion: reduce) { a { x: 1 } }')),
    ['@media (min-width:40em) and (prefers-reduced-motion:reduce){a{x:1}}'],
  );
});

test('css: calc() keeps the spaces round + and -, which it needs', () => {
  assert.deepEqual(squeezed(css('a { width: calc(100% -\n    2 * var(--gap)); height: calc(1px + 2px); }')), [
    'a{width:calc(100% - 2 * var(--gap));height:calc(1px + 2px);}',
  ]);
});

test('css: a string with single spaces and no , ; or : survives (as the guide print style uses)', () => {
  assert.deepEqual(squeezed(css("a::after { content: ' (' attr(href) ')'; }")), [
    "a::after{content:' (' attr(href) ')';}",
  ]);
});

test(
  'css: strings are left as they are',
  {
    todo:
      "bug: CSS strings are squeezed like the rest: content: '  a  ' becomes ' a ', " +
      "'a, b; c: d' becomes 'a,b;c:d', and '/* x */' inside a string is taken for a comment. " +
      'Only the print style of the guide has a string today, and it survives (see the case above).',
  },
  () => {
    assert.deepEqual(squeezed(css("a { content: '  a  '; }")), ["a{content:'  a  ';}"]);
    assert.deepEqual(squeezed(css("a { content: 'a, b; c: d'; }")), ["a{content:'a, b; c: d';}"]);
    assert.deepEqual(squeezed(css("a { content: '/* x */'; }")), ["a{content:'/* x */';}"]);
  },
);

test('css: strings today, as they are squeezed (what the bug above does)', () => {
  assert.deepEqual(squeezed(css("a { content: '  a  '; }")), ["a{content:' a ';}"]);
  assert.deepEqual(squeezed(css("a { content: 'a, b; c: d'; }")), ["a{content:'a,b;c:d';}"]);
});

// ---------------------------------------------------------------------------------------
// What is left alone

test('expressions are untouched, also template literals inside them; nested Lit templates are squeezed', () => {
  const source = html('<p>${a  +  b}</p>\n  <p>${`x    y`}</p>\n  ${cond ? html`<b>\n  c  </b>` : nothing}');
  const out = transform(source).code;
  const [outer, inner] = templates(out);
  assert.deepEqual(outer.expressions, ['a  +  b', '`x    y`', 'cond ? html`<b> c </b>` : nothing']);
  assert.deepEqual(outer.strings, ['<p>', '</p><p>', '</p> ', '']);
  assert.deepEqual(inner.strings, ['<b> c </b>']);
  // The whole module: only the static parts changed.
  assert.equal(
    out,
    'const view = html`<p>${a  +  b}</p><p>${`x    y`}</p> ${cond ? html`<b> c </b>` : nothing}`;',
  );
});

test('other tags, member tags and plain template literals are untouched', () => {
  const source = [
    'const a = foo`<p>\n   x   </p>`;',
    'const b = String.raw`a\n    b`;',
    'const c = lit.html`<p>\n   x   </p>`;',
    'const d = `<p>\n   x   </p>`;',
  ].join('\n');
  assert.equal(transform(source).code, source);
});

test('files outside the include pattern are not transformed', () => {
  assert.equal(transform(html('<p>\n  a  </p>'), 'packages/core/src/x.ts'), null);
  assert.notEqual(transform(html('<p>\n  a  </p>'), 'anything.js', { include: /\.js$/ }), null);
});

test('escapes in a template stay escapes', () => {
  // The raw text is squeezed, so \n written as an escape is two characters, not a line break.
  assert.deepEqual(squeezed(html('<p>a\\n   b</p>')), ['<p>a\\n b</p>']);
});

test('it returns a source map that points into the original file', () => {
  const out = transform(html('<ul>\n  <li>a</li>\n</ul>'));
  assert.equal(out.map.version, 3);
  assert.ok(out.map.mappings.length > 0);
});

test('in a real rollup build, the squeezed templates still hold the same bindings', async () => {
  const source = [
    "import { html, css } from 'lit';",
    'export const view = (x, y) => html`<a\n    href=${x}\n    title=${y}\n  >\n  go\n</a>`;',
    'export const styles = css`\n  a > b {\n    margin: calc(1px + 2px);\n  }\n`;',
  ].join('\n');
  const bundle = await rollup({
    input: ID,
    external: ['lit'],
    plugins: [
      {
        name: 'virtual',
        resolveId: (id) => (id === ID ? id : null),
        load: (id) => (id === ID ? source : null),
      },
      minifyTemplates(),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const [view, styles] = templates(output[0].code);
  assert.deepEqual(view.strings, ['<a href=', ' title=', ' > go </a>']);
  assert.deepEqual(view.expressions, ['x', 'y']);
  assert.deepEqual(styles.strings, [' a > b{margin:calc(1px + 2px);}']);
});
