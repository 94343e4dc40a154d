// The tarballs as npm would publish them, checked as a user's tools check them: publint (strict)
// and Are the Types Wrong (ESM-only profile: the packages are ESM, so CommonJS `require` and
// node10 resolution are out of scope).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PACKAGES, prepare, repo, run } from './consumers.mjs';

let ctx;
before(async () => {
  ctx = await prepare();
});

const bin = (name) => join(repo, 'node_modules/.bin', name);

for (const name of PACKAGES) {
  test(`publint --strict passes on @engagement-cycle/${name}`, async () => {
    const { stdout } = await run(bin('publint'), ['--strict', ctx.tarballs[name]]);
    assert.match(stdout, /All good!/);
  });

  test(`attw --profile esm-only passes on @engagement-cycle/${name}`, async () => {
    const { stdout } = await run(bin('attw'), [
      '--profile',
      'esm-only',
      '--format',
      'json',
      ctx.tarballs[name],
    ]);
    const report = JSON.parse(stdout);
    const problems = (report.analysis?.problems ?? []).filter(
      (p) => !['node10', 'node16-cjs'].includes(p.resolutionKind),
    );
    assert.deepEqual(problems, []);
  });
}
