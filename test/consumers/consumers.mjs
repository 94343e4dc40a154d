// Packs the three packages and installs the tarballs into throw-away projects outside the
// workspace, as a developer installs them from npm: copies, no symlinks, no workspace
// resolution. The projects live in a cache folder (EC_CONSUMER_CACHE, default
// ~/.cache/engagement-cycle/consumers) under a key made of the tarballs' and the fixtures'
// hashes, so a second run with the same packages skips the installs.
//
// Run after `npm run build:packages`. Each test file calls `prepare()`; the first does the work
// and later calls (the files run one after another) find the projects ready.
import { execFile as execFileCb } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFile = promisify(execFileCb);
export const repo = new URL('../../', import.meta.url).pathname;
const fixtures = new URL('fixtures/', import.meta.url).pathname;
export const PACKAGES = ['core', 'elements', 'react'];
const cacheRoot = process.env.EC_CONSUMER_CACHE ?? join(homedir(), '.cache', 'engagement-cycle', 'consumers');

/** Runs a command; resolves with its output, rejects with it on a non-zero exit. */
export async function run(cmd, args, options = {}) {
  try {
    return await execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    error.message = `${cmd} ${args.join(' ')} failed (${error.code}):\n${error.stdout ?? ''}\n${error.stderr ?? ''}`;
    throw error;
  }
}

async function hashDir(hash, dir) {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    hash.update(path.slice(fixtures.length));
    if (entry.isDirectory()) await hashDir(hash, path);
    else hash.update(await readFile(path));
  }
}

/** `{ dir, tarballs: { core, elements, react }, projects: { 'node-app', 'vite-ts', react }, installMs }` */
let prepared;
export function prepare() {
  prepared ??= doPrepare();
  return prepared;
}

async function doPrepare() {
  const packDir = join(cacheRoot, 'pack');
  await rm(packDir, { recursive: true, force: true });
  await mkdir(packDir, { recursive: true });
  const tarballs = {};
  for (const name of PACKAGES) {
    const { stdout } = await run(
      'npm',
      ['pack', '--json', '--workspace', `@engagement-cycle/${name}`, '--pack-destination', packDir],
      { cwd: repo },
    );
    tarballs[name] = join(packDir, JSON.parse(stdout)[0].filename);
  }
  const hash = createHash('sha256');
  for (const name of PACKAGES) hash.update(await readFile(tarballs[name]));
  await hashDir(hash, fixtures);
  const key = hash.digest('hex').slice(0, 16);
  const dir = join(cacheRoot, key);
  const projects = Object.fromEntries((await readdir(fixtures)).map((name) => [name, join(dir, name)]));
  const ready = join(dir, '.ready');
  let installMs = 0;
  if (!(await stat(ready).catch(() => false))) {
    // Older keys are other versions of the packages: drop them, keep the npm cache.
    for (const old of await readdir(cacheRoot))
      if (/^[0-9a-f]{16}$/.test(old) && old !== key)
        await rm(join(cacheRoot, old), { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, 'tarballs'), { recursive: true });
    const local = {};
    for (const name of PACKAGES) {
      local[name] = join(dir, 'tarballs', `${name}.tgz`);
      await cp(tarballs[name], local[name]);
    }
    const started = Date.now();
    await Promise.all(
      Object.entries(projects).map(async ([name, projectDir]) => {
        await cp(join(fixtures, name), projectDir, { recursive: true });
        const pkgFile = join(projectDir, 'package.json');
        const pkg = JSON.parse(await readFile(pkgFile, 'utf8'));
        // Each fixture lists which of our packages it uses as "file:@engagement-cycle/<name>".
        // (In "overrides" too: a package that is not a direct dependency comes from its tarball.)
        for (const field of ['dependencies', 'overrides'])
          for (const [dep, spec] of Object.entries(pkg[field] ?? {}))
            if (spec.startsWith('file:@engagement-cycle/')) pkg[field][dep] = `file:${local[spec.slice(23)]}`;
        // A fixture may ask for its own install flags (react-linked: --install-strategy=linked).
        const extra = pkg.ecInstallArgs ?? [];
        await writeFile(pkgFile, JSON.stringify(pkg, null, 2));
        await run(
          'npm',
          ['install', '--no-audit', '--no-fund', '--install-links', '--loglevel=error', ...extra],
          {
            cwd: projectDir,
            env: { ...process.env, npm_config_workspaces: 'false', PUPPETEER_SKIP_DOWNLOAD: '1' },
          },
        );
      }),
    );
    installMs = Date.now() - started;
    await writeFile(ready, `${new Date().toISOString()} ${installMs} ms\n`);
  }
  return { dir, tarballs, projects, installMs };
}

/** A static file server for a built app's folder, on 127.0.0.1. */
export async function serve(root) {
  const { createServer } = await import('node:http');
  const { extname, normalize } = await import('node:path');
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const server = createServer(async (req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end(); // browsers ask for it
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => server.close(r)),
  };
}
