/**
 * loadCycle against a real local HTTP server (wtr's dev server with test/support's fixture
 * middleware): real statuses, delays, stalled bodies and cut connections.
 */
import { expect } from '@open-wc/testing';
import { checkCycle, loadCycle, loadJson } from '../src/load.js';
import type { LoadResult } from '../src/load.js';

const DATASET = '/packages/core/src/data/engagement-cycle.en.json';
const echo = (params: Record<string, string | number>) =>
  `/__fixtures__/echo?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;

function errorOf(result: LoadResult) {
  expect(result.ok, 'expected the load to fail').to.equal(false);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

describe('loadCycle', () => {
  it('loads and checks the dataset from a URL', async () => {
    const result = await loadCycle(DATASET);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.cycle.stages).to.have.length(5);
  });

  it('reports a 404 as an http error that is not worth retrying', async () => {
    const error = errorOf(await loadCycle(echo({ status: 404, body: 'nope', type: 'text/plain' })));
    expect(error).to.deep.include({ kind: 'http', status: 404, retryable: false });
    expect(error.message).to.match(/^The server answered 404( Not Found)? for \/__fixtures__\/echo/);
  });

  it('reports a 500 as an http error worth retrying', async () => {
    const error = errorOf(await loadCycle(echo({ status: 500, body: 'down' })));
    expect(error).to.deep.include({ kind: 'http', status: 500, retryable: true });
  });

  it('times out when the server is slow to answer', async () => {
    const started = performance.now();
    const error = errorOf(await loadCycle(echo({ delay: 3000, body: '{}' }), { timeoutMs: 200 }));
    expect(error).to.deep.include({ kind: 'timeout', retryable: true });
    expect(error.message).to.contain('did not answer within 0.2 seconds');
    expect(performance.now() - started).to.be.below(2500);
  });

  it('times out when the body stalls after the headers', async () => {
    const error = errorOf(await loadCycle('/__fixtures__/stall-body', { timeoutMs: 300 }));
    expect(error.kind).to.equal('timeout');
  });

  it('reports a cut connection as a network error', async () => {
    const error = errorOf(await loadCycle('/__fixtures__/reset'));
    expect(error).to.deep.include({ kind: 'network', retryable: true });
    expect(error.message).to.match(/^Could not reach \/__fixtures__\/reset\./);
  });

  it('reports an answer that is not JSON', async () => {
    const error = errorOf(
      await loadCycle(echo({ body: '<!doctype html><title>Home</title>', type: 'text/html' })),
    );
    expect(error.kind).to.equal('json');
    expect(error.message).to.contain('did not return valid JSON');
  });

  it('reports JSON that is not a cycle, with every problem', async () => {
    const body = JSON.stringify({ schemaVersion: 1, title: 'x', stages: [] });
    const error = errorOf(await loadCycle(echo({ body })));
    expect(error.kind).to.equal('invalid');
    expect(error.errors?.map((e) => e.path)).to.include.members(['stages', 'hub', 'source']);
    expect(error.message).to.match(/is not a valid cycle: \d+ problems found\.$/);
  });

  it('stops when the caller aborts, and says so', async () => {
    const controller = new AbortController();
    const started = performance.now();
    // The request is on its way once loadCycle has returned its promise; cancel it then,
    // rather than after a guessed delay. The server would answer only after 3 s.
    const pending = loadCycle(echo({ delay: 3000, body: '{}' }), { signal: controller.signal });
    controller.abort();
    expect(errorOf(await pending).kind).to.equal('aborted');
    expect(performance.now() - started).to.be.below(2000);
    const already = AbortSignal.abort();
    expect(errorOf(await loadCycle(DATASET, { signal: already })).kind).to.equal('aborted');
  });

  it('checkCycle answers data from elsewhere in the same shape, without a URL', () => {
    const error = errorOf(checkCycle({ schemaVersion: 1 }));
    expect(error).to.deep.include({ kind: 'invalid', retryable: false });
    expect(error.url).to.equal(undefined);
    expect(error.message).to.match(/^The data is not a valid cycle: \d+ problems found\.$/);
  });
});

describe('loadJson', () => {
  it('gives any JSON as it is, without checking it as a cycle', async () => {
    const result = await loadJson(echo({ body: '{"schemaVersion": 1, "items": []}' }));
    expect(result).to.deep.equal({ ok: true, json: { schemaVersion: 1, items: [] } });
  });

  it('fails as loadCycle does: HTTP status, not JSON, timeout', async () => {
    const http = await loadJson(echo({ status: 404, body: 'nope', type: 'text/plain' }));
    expect(!http.ok && http.error).to.deep.include({ kind: 'http', status: 404, retryable: false });
    const json = await loadJson(echo({ body: '<!doctype html>', type: 'text/html' }));
    expect(!json.ok && json.error.kind).to.equal('json');
    const slow = await loadJson(echo({ delay: 3000, body: '{}' }), { timeoutMs: 200 });
    expect(!slow.ok && slow.error).to.deep.include({ kind: 'timeout', retryable: true });
  });
});
