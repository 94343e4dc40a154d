#!/usr/bin/env node
/**
 * The `engagement-cycle` command: draws the wheel as a static SVG, or writes the whole cycle
 * as one HTML fragment, from the command line, for sites that allow no scripts, for print and
 * for slides, without writing any JavaScript.
 *
 * It is a thin shell round `renderWheelSvg()` and `cycleToHtml()`: it reads and checks
 * arguments and files, and leaves every pixel and word to the library, so the command and the
 * API can never write different things. Plain JavaScript with no build step, so that `npx -p @engagement-cycle/core engagement-cycle` runs what ships.
 *
 * Output goes through `process.stdout.write` rather than `console.log` because the SVG is data
 * for a pipe or a redirect, and errors through `process.stderr.write` so that a broken file or
 * argument never leaves half an SVG in `wheel.svg`.
 */
import process from 'node:process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const NAME = 'engagement-cycle';

/** Exit codes, so that scripts can tell a mistyped command from bad data. */
const EXIT = { ok: 0, failed: 1, usage: 2 };

/** The range `--size` accepts: below 120 even the stage numbers barely fit, above 4000 is a poster. */
const SIZE = { min: 120, max: 4000 };

const HELP = `Usage: ${NAME} <command> [options]

Draws The Engagement Cycle wheel as a self-contained SVG (no script, no styles),
with a link on each stage and the credit line under the wheel; or writes the
whole cycle as one HTML fragment for pages that allow no scripts.

Commands:
  svg                 Write the wheel as SVG to standard output (or --output).
  html                Write one HTML fragment: the wheel, the list of stages,
                      each stage's content, the hub, the who-does-what table
                      and the credit. No script; paste it into any page.
  help                Show this help.

Options for svg:
  --data <file>       A cycle JSON file to draw (default: the built-in
                      Engagement Cycle). It is checked with parseCycle first.
  --selected <id>     Draw this stage as selected: a stage id such as stage-2,
                      or hub.
  --size <px>         Width of the wheel, a whole number from ${SIZE.min} to ${SIZE.max}
                      (default 600). The credit adds a band underneath.
  --no-segments       Leave out the outer ring of commissioning segments.
  --href <pattern>    Where each stage links to; {id} and {number} are replaced
                      (default "#ec-stage-{number}"). http(s), mailto or
                      relative addresses only.
  --output <file>     Write the SVG to this file instead of standard output.

Options for html:
  --data <file>       A cycle JSON file (default: the built-in Engagement
                      Cycle). It is checked with parseCycle first.
  --stages <ids>      Only these stages in full, by id, comma-separated
                      (e.g. stage-1,stage-3). The wheel still shows them all.
  --no-hub            Leave out the hub's content and its column of the table.
  --no-wheel          Leave out the wheel (the list of stages stays).
  --no-table          Leave out the who-does-what table.
  --heading-level <n> Level of the fragment's main heading, 1 to 6 (default 2).
  --lang <code>       Language of the interface words: en (default) or cy.
  --no-styles         Leave out the <style> block (the fragment reads well
                      without it).
  --output <file>     Write the fragment to this file instead of standard output.

Other options:
  -h, --help          Show this help.
  --version           Show the version of @engagement-cycle/core.

Exit codes:
  0  the SVG or HTML was written (or help or the version was shown)
  1  the data file, the selected id or the output file could not be used
  2  the command line is wrong: unknown command or option, a missing or bad value

Examples:
  ${NAME} svg --selected stage-2 > wheel.svg
  ${NAME} svg --data our-cycle.json --size 400 --output wheel.svg
  ${NAME} html --lang cy --heading-level 3 --output cycle.html
`;

/** An expected failure: reported as one clear message, never as a stack trace. */
/**
 * Text from a file or the command line, made safe to print. Control characters could retitle
 * or clear the reader's terminal, and a line break inside a value could forge an extra error
 * line, so each is shown as a \u escape instead.
 */
const printable = (text) =>
  String(text).replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

class CliError extends Error {
  /**
   * @param {string} message shown after `engagement-cycle: `
   * @param {number} exitCode `EXIT.failed` for bad data or files, `EXIT.usage` for a wrong command line
   */
  constructor(message, exitCode = EXIT.failed) {
    super(message);
    this.exitCode = exitCode;
  }
}

const usageError = (message) => new CliError(`${message}\nRun "${NAME} --help" for usage.`, EXIT.usage);

/** Plain words for the file errors people actually meet; Node's own text names a syscall. */
const FILE_ERRORS = {
  ENOENT: 'not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
};
const describeFileError = (error) => FILE_ERRORS[error?.code] ?? error?.message ?? String(error);

/**
 * Reads the command line. Strict, so a mistyped option is an error rather than silently
 * ignored and a wheel drawn without what was asked for.
 */
function readArguments(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        selected: { type: 'string' },
        size: { type: 'string' },
        'no-segments': { type: 'boolean' },
        href: { type: 'string' },
        output: { type: 'string' },
        stages: { type: 'string' },
        'no-hub': { type: 'boolean' },
        'no-wheel': { type: 'boolean' },
        'no-table': { type: 'boolean' },
        'heading-level': { type: 'string' },
        lang: { type: 'string' },
        'no-styles': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    if (typeof error?.code !== 'string' || !error.code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // Node's hint about '--' is for positional arguments, which this command never needs.
    throw usageError(error.message.replace(/\. To specify a positional argument[\s\S]*$/, '.'));
  }
  // `--data=` parses as an empty string; catch it here, not later as a baffling "not found".
  for (const name of ['data', 'selected', 'size', 'href', 'output', 'stages', 'heading-level', 'lang']) {
    if (parsed.values[name] === '') throw usageError(`--${name} needs a value`);
  }
  return parsed;
}

/** Whole numbers only: `Number()` alone would take "", "0x200" and "1e3". */
function readSize(text) {
  if (text === undefined) return undefined;
  const size = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(size >= SIZE.min && size <= SIZE.max)) {
    throw usageError(`--size must be a whole number from ${SIZE.min} to ${SIZE.max}, not "${text}"`);
  }
  return size;
}

/**
 * The renderer escapes the pattern but does not judge it, and the SVG may be pasted into an
 * NHS page, so the same rule as links inside a cycle applies: nothing that could run script.
 */
function readHref(pattern, isSafeUrl) {
  if (pattern === undefined) return undefined;
  const sample = pattern.replace(/\{id\}/g, 'stage-1').replace(/\{number\}/g, '1');
  if (!isSafeUrl(sample)) {
    throw usageError(
      `--href must be an http(s), mailto or relative address without spaces, not "${pattern}"`,
    );
  }
  return pattern;
}

/** Reads and checks a cycle file, saying which file and what is wrong with it. */
async function readCycle(path, core) {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFileError(error)}`);
  }
  let json;
  try {
    // Editors on Windows often save JSON with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${printable(error.message)}`);
  }
  const result = core.parseCycle(json);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${printable(core.formatCycleError(e))}`);
    if (result.more) lines.push(`  and ${result.more} more`);
    throw new CliError(`${path} is not a valid cycle:\n${lines.join('\n')}`);
  }
  return result.cycle;
}

/**
 * The built library. Loaded only when a wheel is drawn, so `--help` and `--version` still work
 * in a checkout that has not been built, and a missing build is named rather than dumped.
 */
async function loadCore() {
  try {
    return await import('../dist/index.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new CliError(`the built library is missing (${error.message}); run "npm run build:packages"`);
  }
}

function readVersion() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}

/** Options that belong to one command only, so a mistyped command line is an error, not ignored. */
const ONLY = {
  svg: ['selected', 'size', 'no-segments', 'href'],
  html: ['stages', 'no-hub', 'no-wheel', 'no-table', 'heading-level', 'lang', 'no-styles'],
};

function checkOptionsFor(command, values) {
  for (const [other, names] of Object.entries(ONLY)) {
    if (other === command) continue;
    const wrong = names.find((name) => values[name] !== undefined);
    if (wrong) throw usageError(`--${wrong} is an option of "${other}", not of "${command}"`);
  }
}

/** Writes the output to standard output or to --output, never half a file on a failure. */
async function writeOutput(values, text) {
  if (values.output === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    await writeFile(values.output, text, 'utf8');
  } catch (error) {
    // Writing creates the file, so "not found" can only mean its folder.
    const why = error?.code === 'ENOENT' ? 'its folder was not found' : describeFileError(error);
    throw new CliError(`cannot write ${values.output}: ${why}`);
  }
}

/** Whole numbers from 1 to 6 only. */
function readHeadingLevel(text) {
  if (text === undefined) return undefined;
  const level = /^\d$/.test(text) ? Number(text) : NaN;
  if (!(level >= 1 && level <= 6))
    throw usageError(`--heading-level must be a whole number from 1 to 6, not "${text}"`);
  return level;
}

async function htmlCommand(values, positionals) {
  if (positionals.length > 1) throw usageError(`unexpected argument "${positionals[1]}"`);
  checkOptionsFor('html', values);
  const headingLevel = readHeadingLevel(values['heading-level']);
  const core = await loadCore();
  const lang = values.lang;
  if (lang !== undefined && !core.HTML_STRINGS[lang.toLowerCase().split('-')[0]]) {
    throw usageError(`--lang must be one of: ${Object.keys(core.HTML_STRINGS).join(', ')}, not "${lang}"`);
  }
  const stages = values.stages?.split(',').map((id) => id.trim());
  if (stages?.some((id) => id === '')) throw usageError(`--stages has an empty id: "${values.stages}"`);

  const cycle = values.data === undefined ? core.defaultCycle : await readCycle(values.data, core);
  if (stages) {
    const ids = cycle.stages.map((s) => s.id);
    const unknown = stages.filter((id) => !ids.includes(id));
    if (unknown.length) {
      throw new CliError(
        `--stages: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a stage of this cycle; use some of: ${ids.join(', ')}`,
      );
    }
  }

  // Only the options given are passed, so the library's own defaults stay the one source.
  const options = {};
  if (stages) options.stages = stages;
  if (values['no-hub']) options.hub = false;
  if (values['no-wheel']) options.wheel = false;
  if (values['no-table']) options.table = false;
  if (headingLevel !== undefined) options.headingLevel = headingLevel;
  if (lang !== undefined) options.lang = lang;
  if (values['no-styles']) options.styles = false;
  await writeOutput(values, `${core.cycleToHtml(cycle, options)}\n`);
}

async function svgCommand(values, positionals) {
  if (positionals.length > 1) throw usageError(`unexpected argument "${positionals[1]}"`);
  checkOptionsFor('svg', values);
  // Check everything the command line alone can tell before touching any file.
  const size = readSize(values.size);
  const core = await loadCore();
  const href = readHref(values.href, core.isSafeUrl);

  const cycle = values.data === undefined ? core.defaultCycle : await readCycle(values.data, core);

  const selected = values.selected;
  if (selected !== undefined) {
    const ids = [...cycle.stages.map((s) => s.id), core.HUB_ID];
    if (!ids.includes(selected)) {
      throw new CliError(
        `--selected "${selected}" is not a stage of this cycle; use one of: ${ids.join(', ')}`,
      );
    }
  }

  // Only the options given are passed, so the library's own defaults stay the one source.
  const options = {};
  if (size !== undefined) options.size = size;
  if (selected !== undefined) options.selected = selected;
  if (values['no-segments']) options.showSegments = false;
  if (href !== undefined) options.href = href;

  // A final newline makes the output a proper text file; the drawing itself is untouched.
  await writeOutput(values, `${core.renderWheelSvg(cycle, options)}\n`);
}

async function main(argv) {
  const { values, positionals } = readArguments(argv);
  const command = positionals[0];

  if (values.help || command === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (values.version) {
    process.stdout.write(`${readVersion()}\n`);
    return;
  }
  if (command === undefined) throw usageError('no command given; try "svg" or "html"');
  if (command === 'svg') await svgCommand(values, positionals);
  else if (command === 'html') await htmlCommand(values, positionals);
  else throw usageError(`unknown command "${command}"; the commands are: svg, html, help`);
}

// Someone piping into `head` closes stdout early; that is not a failure worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  throw error;
});

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    // The message's own line breaks stay; anything else unprintable is escaped.
    process.stderr.write(`${NAME}: ${error.message.split('\n').map(printable).join('\n')}\n`);
    process.exitCode = error.exitCode;
  } else {
    // A bug, not a user mistake: keep the stack, it is what a bug report needs.
    process.stderr.write(`${NAME}: unexpected error, please report it:\n${error?.stack ?? error}\n`);
    process.exitCode = EXIT.failed;
  }
}
