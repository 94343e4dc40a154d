// The `engagement-cycle` command, run as a real child process against the built package: what
// it writes, where, with which exit code, and that it draws exactly what renderWheelSvg draws.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const core = await import('@engagement-cycle/core');
const bin = fileURLToPath(new URL('../../packages/core/bin/engagement-cycle.js', import.meta.url));
const pkg = JSON.parse(await readFile(new URL('../../packages/core/package.json', import.meta.url), 'utf8'));

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ec-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the command with Node itself, so the test does not depend on the shebang or PATH. */
function run(...args) {
  const { status, stdout, stderr, error } = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: dir,
  });
  if (error) throw error;
  return { status, stdout, stderr };
}

/** Writes `value` (JSON-encoded unless it is a string) to a fresh file in the temp folder. */
let fileCount = 0;
async function tempFile(value, name = `cycle-${++fileCount}.json`) {
  const path = join(dir, name);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value), 'utf8');
  return path;
}

/** A small valid cycle of three stages, built from scratch rather than cut from the dataset. */
function threeStageCycle(title = 'Our local cycle') {
  const stage = (n, shortTitle) => ({
    id: `step-${n}`,
    number: n,
    title: `Step ${n}: ${shortTitle}`,
    shortTitle,
    engages: 'Local people.',
    purpose: 'To learn what matters.',
    considerations: [],
    benefits: [],
    methods: [],
  });
  return {
    schemaVersion: 1,
    title,
    source: {
      name: 'Our cycle',
      author: 'Our team',
      licence: { name: 'CC BY 4.0' },
      credit: 'Our own cycle, after The Engagement Cycle by InHealth Associates.',
    },
    hub: { title: 'Our strategy', shortTitle: 'Strategy', purpose: 'Holds it together.', elements: [] },
    stages: [stage(1, 'Listen'), stage(2, 'Plan'), stage(3, 'Review')],
  };
}

/** Every tag opened is closed, in order: enough to catch a truncated or mangled SVG. */
function assertBalancedTags(svg) {
  const open = [];
  for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([A-Za-z][\w:-]*)\b[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (close) assert.equal(open.pop(), name, `</${name}> closes the wrong element`);
    else open.push(name);
  }
  assert.deepEqual(open, [], 'unclosed elements');
}

const stageLinks = (svg) => [...svg.matchAll(/<a href="#ec-stage-(\d+)"/g)].map((m) => Number(m[1]));

/** An expected failure: one clear message on stderr, nothing on stdout, no stack trace. */
function assertFails(result, exitCode, ...words) {
  assert.equal(result.status, exitCode, `exit code (stderr: ${result.stderr})`);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^engagement-cycle: /);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  for (const word of words)
    assert.ok(result.stderr.includes(word), `stderr should mention ${word}: ${result.stderr}`);
}

test('svg draws the default wheel: five linked stages, the credit, no script', () => {
  const { status, stdout, stderr } = run('svg');
  assert.equal(status, 0);
  assert.equal(stderr, '');
  assert.ok(stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  assert.ok(stdout.endsWith('</svg>\n'));
  assertBalancedTags(stdout);
  assert.deepEqual(stageLinks(stdout), [1, 2, 3, 4, 5]);
  assert.ok(stdout.includes('InHealth Associates'));
  assert.ok(!/<script/i.test(stdout));
  assert.ok(!stdout.includes('aria-current'), 'nothing selected by default');
});

test('the output is exactly renderWheelSvg with the same options, plus a final newline', () => {
  assert.equal(run('svg').stdout, `${core.renderWheelSvg(core.defaultCycle)}\n`);
  const { stdout } = run(
    'svg',
    '--selected',
    'stage-3',
    '--size',
    '450',
    '--no-segments',
    '--href',
    '/stages/{id}?n={number}',
  );
  const expected = core.renderWheelSvg(core.defaultCycle, {
    selected: 'stage-3',
    size: 450,
    showSegments: false,
    href: '/stages/{id}?n={number}',
  });
  assert.equal(stdout, `${expected}\n`);
  assert.ok(stdout.includes('<a href="/stages/stage-3?n=3" aria-current="true">'));
});

test('--selected marks that stage, or the hub, as the current link', () => {
  const stage = run('svg', '--selected', 'stage-2').stdout;
  assert.ok(stage.includes('<a href="#ec-stage-2" aria-current="true">'));
  assert.equal(stage.match(/aria-current/g).length, 1);
  const hub = run('svg', '--selected', 'hub').stdout;
  assert.ok(hub.includes('<a href="#ec-hub" aria-current="true">'));
  assert.equal(hub.match(/aria-current/g).length, 1);
});

test('--size sets the width, and both ends of the range are allowed', () => {
  assert.match(run('svg', '--size', '300').stdout, /^<svg [^>]*\bwidth="300"/);
  assert.match(run('svg', '--size', '120').stdout, /^<svg [^>]*\bwidth="120"/);
  assert.match(run('svg', '--size', '4000').stdout, /^<svg [^>]*\bwidth="4000"/);
});

test('--no-segments leaves out the outer ring', () => {
  assert.ok(run('svg').stdout.includes('ec-seg-'));
  const { status, stdout } = run('svg', '--no-segments');
  assert.equal(status, 0);
  assert.ok(!stdout.includes('ec-seg-'));
  assert.deepEqual(stageLinks(stdout), [1, 2, 3, 4, 5]);
});

test('--data draws a custom cycle of three stages', async () => {
  const cycle = threeStageCycle();
  assert.equal(core.parseCycle(cycle).ok, true, 'the fixture itself is valid');
  const path = await tempFile(cycle);
  const { status, stdout, stderr } = run('svg', '--data', path, '--selected', 'step-2');
  assert.equal(status, 0, stderr);
  assertBalancedTags(stdout);
  assert.deepEqual(stageLinks(stdout), [1, 2, 3]);
  assert.ok(stdout.includes('<title id="ec-title">Our local cycle</title>'));
  assert.ok(stdout.includes('<a href="#ec-stage-2" aria-current="true">'));
  assert.equal(stdout, `${core.renderWheelSvg(core.parseCycle(cycle).cycle, { selected: 'step-2' })}\n`);
});

test('--data reads a file saved with a byte-order mark', async () => {
  const path = await tempFile(`\uFEFF${JSON.stringify(threeStageCycle())}`);
  const { status, stdout } = run('svg', '--data', path);
  assert.equal(status, 0);
  assert.deepEqual(stageLinks(stdout), [1, 2, 3]);
});

test('--output writes the file and prints nothing', async () => {
  const path = join(dir, 'wheel.svg');
  const { status, stdout, stderr } = run('svg', '--selected', 'stage-2', '--output', path);
  assert.equal(status, 0);
  assert.equal(stdout, '');
  assert.equal(stderr, '');
  assert.equal(await readFile(path, 'utf8'), run('svg', '--selected', 'stage-2').stdout);
});

test('text from the data is escaped, never written as markup', async () => {
  const attack = '<script>alert(1)</script>';
  const cycle = threeStageCycle(`Cycle ${attack}`);
  cycle.stages[0].title = `Listen ${attack}`;
  cycle.hub.title = `Hub ${attack}`;
  cycle.source.credit = `Credit ${attack}`;
  const { status, stdout } = run('svg', '--data', await tempFile(cycle));
  assert.equal(status, 0);
  assert.ok(stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!/<script/i.test(stdout));
  assertBalancedTags(stdout);
});

test('--help, -h and help print the usage and the exit codes', () => {
  for (const args of [['--help'], ['-h'], ['help'], ['svg', '--help']]) {
    const { status, stdout, stderr } = run(...args);
    assert.equal(status, 0, args.join(' '));
    assert.equal(stderr, '');
    assert.match(stdout, /^Usage: engagement-cycle/);
    for (const word of ['svg', '--data', '--selected', '--size', '--no-segments', '--href', '--output']) {
      assert.ok(stdout.includes(word), `help mentions ${word}`);
    }
    assert.match(stdout, /Exit codes:[\s\S]*\b1\b[\s\S]*\b2\b/);
  }
});

test('--version prints the package version', () => {
  const { status, stdout } = run('--version');
  assert.equal(status, 0);
  assert.equal(stdout, `${pkg.version}\n`);
});

test('a wrong command line exits 2 and says what is wrong', () => {
  assertFails(run(), 2, 'no command');
  assertFails(run('draw'), 2, 'unknown command', 'draw');
  assertFails(run('svg', '--colour', 'red'), 2, '--colour');
  assertFails(run('svg', '-x'), 2, '-x');
  assertFails(run('svg', '--size'), 2, '--size');
  assertFails(run('svg', '--data'), 2, '--data');
  assertFails(run('svg', '--data='), 2, '--data needs a value');
  assertFails(run('svg', '--no-segments=yes'), 2, '--no-segments');
  assertFails(run('svg', 'extra'), 2, 'extra');
  for (const size of ['abc', '119', '4001', '0x200', '1e3', '600.5', '-600']) {
    assertFails(run('svg', `--size=${size}`), 2, '--size', '120', '4000', size);
  }
  assertFails(run('svg', '--href', 'javascript:alert(1)'), 2, '--href', 'javascript:alert(1)');
});

test('a missing or unreadable --data file exits 1 and names the file', async () => {
  const missing = join(dir, 'no-such-cycle.json');
  assertFails(run('svg', '--data', missing), 1, missing, 'not found');
  assertFails(run('svg', '--data', dir), 1, dir, 'folder');
});

test('a --data file that is not JSON exits 1 with the parser’s message', async () => {
  const path = await tempFile('{ "title": ', 'broken.json');
  const result = run('svg', '--data', path);
  assertFails(result, 1, path, 'not valid JSON');
  let parserMessage;
  try {
    JSON.parse('{ "title": ');
  } catch (error) {
    parserMessage = error.message;
  }
  assert.ok(result.stderr.includes(parserMessage), result.stderr);
});

test('a --data file that is not a valid cycle exits 1 and lists every error, one per line', async () => {
  const cycle = threeStageCycle();
  delete cycle.stages[0].title;
  cycle.stages[2].id = 'Not An Id';
  const path = await tempFile(cycle);
  const result = run('svg', '--data', path);
  assertFails(result, 1, `${path} is not a valid cycle:`, 'stages[0].title: required', 'stages[2].id: ');
  const parsed = core.parseCycle(cycle);
  assert.equal(parsed.ok, false);
  const lines = result.stderr.trimEnd().split('\n').slice(1);
  assert.deepEqual(
    lines.map((line) => line.trim()),
    parsed.errors.map(core.formatCycleError),
  );
});

test('a file with many problems prints the first 100 and counts the rest', async () => {
  const cycle = threeStageCycle();
  cycle.stages[0].sources = Array.from({ length: 40 }, (_, i) => `missing-${i}`);
  cycle.stages[1].sources = Array.from({ length: 40 }, (_, i) => `missing-${i}`);
  cycle.stages[2].sources = Array.from({ length: 40 }, (_, i) => `missing-${i}`);
  cycle.hub.sources = Array.from({ length: 40 }, (_, i) => `missing-${i}`);
  const path = await tempFile(cycle);
  const result = run('svg', '--data', path);
  assertFails(result, 1, `${path} is not a valid cycle:`);
  const lines = result.stderr.trimEnd().split('\n').slice(1);
  assert.equal(lines.length, 101);
  assert.equal(lines.at(-1).trim(), 'and 60 more');
});

test('values from the data are printed with their control characters escaped', async () => {
  const cycle = threeStageCycle();
  // An escape sequence that would retitle the terminal, and a line break that would forge a line.
  cycle.stages[0].sources = ['\u001b]0;owned\u0007', 'fake\nengagement-cycle: all is well'];
  const path = await tempFile(cycle);
  const result = run('svg', '--data', path);
  assertFails(result, 1, `${path} is not a valid cycle:`);
  // eslint-disable-next-line no-control-regex -- no raw control character may be printed
  assert.doesNotMatch(result.stderr, /[\u0000-\u0009\u000b-\u001f]/);
  assert.match(result.stderr, /\\u001b\]0;owned\\u0007/);
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(lines.filter((line) => line.startsWith('engagement-cycle:')).length, 1);
});

test('--selected that is not in the cycle exits 1 and lists the ids there are', async () => {
  assertFails(
    run('svg', '--selected', 'stage-9'),
    1,
    'stage-9',
    'stage-1, stage-2, stage-3, stage-4, stage-5, hub',
  );
  const path = await tempFile(threeStageCycle());
  assertFails(
    run('svg', '--data', path, '--selected', 'stage-1'),
    1,
    'stage-1',
    'step-1, step-2, step-3, hub',
  );
});

test('a failure never leaves an --output file behind', async () => {
  const output = join(dir, 'should-not-exist.svg');
  assertFails(run('svg', '--selected', 'nowhere', '--output', output), 1);
  assertFails(run('svg', '--size', '5', '--output', output), 2);
  assert.equal(existsSync(output), false);
  const unwritable = join(dir, 'no-such-folder', 'wheel.svg');
  assertFails(run('svg', '--output', unwritable), 1, unwritable, 'folder was not found');
});

test(
  'the package publishes the command as an executable bin',
  { skip: process.platform === 'win32' },
  async () => {
    assert.deepEqual(pkg.bin, { 'engagement-cycle': './bin/engagement-cycle.js' });
    const out = execFileSync(
      'npm',
      ['pack', '--dry-run', '--json', '--workspace', '@engagement-cycle/core'],
      {
        encoding: 'utf8',
      },
    );
    const file = JSON.parse(out)[0].files.find((f) => f.path === 'bin/engagement-cycle.js');
    assert.ok(file, 'bin/engagement-cycle.js is in the tarball');
    assert.ok(file.mode & 0o111, 'executable in the tarball');
    assert.ok((await stat(bin)).mode & 0o111, 'executable in the tree');
    // Run through the shebang, as npm's link to it would.
    assert.equal(execFileSync(bin, ['--version'], { encoding: 'utf8' }), `${pkg.version}\n`);
  },
);

// ---------------------------------------------------------------------------------------
// engagement-cycle html: the static HTML export.

test('html writes exactly cycleToHtml with the same options, plus a final newline', () => {
  const plain = run('html');
  assert.equal(plain.status, 0);
  assert.equal(plain.stderr, '');
  assert.equal(plain.stdout, `${core.cycleToHtml(core.defaultCycle)}\n`);
  const { stdout } = run(
    'html',
    '--stages',
    'stage-1,stage-3',
    '--no-hub',
    '--no-table',
    '--no-wheel',
    '--no-styles',
    '--heading-level',
    '3',
    '--lang',
    'cy',
  );
  const expected = core.cycleToHtml(core.defaultCycle, {
    stages: ['stage-1', 'stage-3'],
    hub: false,
    table: false,
    wheel: false,
    styles: false,
    headingLevel: 3,
    lang: 'cy',
  });
  assert.equal(stdout, `${expected}\n`);
});

test('html --data writes a custom cycle, escaped, and --output writes the file', async () => {
  const cycle = threeStageCycle('<script>alert(1)</script> "onload=x');
  cycle.stages[1].links = [{ label: '<b>Our page</b>', href: '/our-page?a="b"' }];
  const out = join(dir, 'cycle.html');
  const result = run('html', '--data', await tempFile(cycle), '--output', out);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '');
  const html = await readFile(out, 'utf8');
  assert.ok(html.includes('<h2>&lt;script&gt;alert(1)&lt;/script&gt; &quot;onload=x</h2>'));
  assert.ok(html.includes('<a href="/our-page?a=&quot;b&quot;">&lt;b&gt;Our page&lt;/b&gt;</a>'));
  assert.doesNotMatch(html, /<script|<b>/);
  assert.equal(html.match(/<section class="ec-stage" id="ec-stage-\d"/g).length, 3);
});

test('html refuses a cycle with a javascript: link, and lists where', async () => {
  const cycle = threeStageCycle();
  cycle.stages[0].links = [{ label: 'Click', href: 'javascript:alert(1)' }];
  assertFails(
    run('html', '--data', await tempFile(cycle)),
    1,
    'not a valid cycle',
    'stages[0].links[0].href',
  );
});

test('html: a wrong command line exits 2, an unknown stage exits 1, and each says what to use', async () => {
  assertFails(run('html', '--heading-level', '7'), 2, '--heading-level', '1 to 6', '7');
  assertFails(run('html', '--heading-level', 'two'), 2, '--heading-level');
  assertFails(run('html', '--lang', 'fr'), 2, '--lang', 'en, cy', 'fr');
  assertFails(run('html', '--lang='), 2, '--lang needs a value');
  assertFails(run('html', '--stages', 'stage-1,,stage-2'), 2, '--stages has an empty id');
  assertFails(run('html', '--size', '300'), 2, '--size is an option of "svg", not of "html"');
  assertFails(run('svg', '--no-table'), 2, '--no-table is an option of "html", not of "svg"');
  assertFails(run('html', 'extra'), 2, 'extra');
  assertFails(run('html', '--stages', 'stage-9,stage-1'), 1, '"stage-9" is not a stage', 'stage-5');
  const data = await tempFile(threeStageCycle());
  assertFails(run('html', '--data', data, '--stages', 'stage-1'), 1, '"stage-1"', 'step-1, step-2, step-3');
});

test('the help lists the html command and its options', () => {
  const { stdout } = run('--help');
  for (const word of ['html ', '--stages', '--no-hub', '--heading-level', '--lang', '--no-styles'])
    assert.ok(stdout.includes(word), word);
});
