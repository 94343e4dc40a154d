// A rollup plugin that squeezes the white space out of Lit's css``, html`` and svg`` templates.
// Only the static parts of each template change; expressions are untouched.
// - Markup: comments go; white space that holds a line break between two tags goes entirely
//   (it is only source formatting); any other run becomes one space, which renders the same.
//   Never drop white space at either end of a static part: inside a tag it is what separates
//   one attribute from the next, and Lit finds attribute bindings by it.
// - CSS: comments go, runs of white space become one space, and the spaces around { } ; ,
//   and after property colons go.
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

const TAGS = new Set(['css', 'html', 'svg']);

// White space is what HTML and CSS call white space: space, tab, LF, FF and CR, written
// [ \t\n\f\r] below. JavaScript's \s would also take the no-break space (U+00A0) and the
// other Unicode spaces, which are content.
function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[ \t\n\f\r]+/g, ' ')
    .replace(/[ \t\n\f\r]*([{};,])[ \t\n\f\r]*/g, '$1')
    .replace(/:[ \t\n\f\r]+/g, ':');
}

function squeezeMarkup(text) {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>[ \t\n\f\r]*\n[ \t\n\f\r]*</g, '><')
    .replace(/[ \t\n\f\r]+/g, ' ');
}

export function minifyTemplates({ include = /packages\/elements\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      walk(ast, {
        enter(node) {
          if (
            node.type !== 'TaggedTemplateExpression' ||
            node.tag.type !== 'Identifier' ||
            !TAGS.has(node.tag.name)
          ) {
            return;
          }
          const squeeze = node.tag.name === 'css' ? squeezeCss : squeezeMarkup;
          for (const quasi of node.quasi.quasis) {
            const raw = quasi.value.raw;
            const small = squeeze(raw);
            if (small !== raw && quasi.end > quasi.start) out.overwrite(quasi.start, quasi.end, small);
          }
        },
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
