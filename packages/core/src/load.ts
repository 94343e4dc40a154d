import { parseCycle } from './parse.js';
import { formatCycleError } from './format.js';
import type { Cycle, CycleError } from './types.js';

/** Why a cycle could not be loaded. Each kind asks for a different fix, so each is distinct. */
export type LoadErrorKind =
  /** The server could not be reached (offline, refused, blocked by CORS or CSP). */
  | 'network'
  /** The server answered with an error status such as 404 or 500. */
  | 'http'
  /** No complete answer came within `timeoutMs`. */
  | 'timeout'
  /** The answer was not JSON. */
  | 'json'
  /** The JSON is not a valid cycle: `errors` says what and where. */
  | 'invalid'
  /** The caller's `signal` cancelled the load. */
  | 'aborted';

export interface LoadError {
  kind: LoadErrorKind;
  /** What went wrong, in plain English, naming the URL. */
  message: string;
  /** The URL loaded; absent when `checkCycle` checked data that came from elsewhere. */
  url?: string;
  /** The HTTP status, for `http` errors. */
  status?: number;
  /** The problems in the data, for `invalid` errors: the first 100. */
  errors?: CycleError[];
  /** How many more problems were found than `errors` lists. */
  more?: number;
  /** True when trying again later might work (network, timeout, 408, 429 and 5xx). */
  retryable: boolean;
}

export type LoadResult = { ok: true; cycle: Cycle } | { ok: false; error: LoadError };

export interface LoadOptions {
  /** Cancels the load; the result is then an `aborted` error. */
  signal?: AbortSignal;
  /** Gives up after this many milliseconds, including reading the body. Default 10 000. */
  timeoutMs?: number;
  /** Options passed to `fetch`, e.g. `credentials`. */
  init?: Omit<RequestInit, 'signal'>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

function failure(
  kind: LoadErrorKind,
  url: string | undefined,
  message: string,
  extra: Partial<LoadError> = {},
): { ok: false; error: LoadError } {
  const retryable = kind === 'network' || kind === 'timeout';
  return { ok: false, error: { kind, ...(url === undefined ? {} : { url }), message, retryable, ...extra } };
}

/**
 * `parseCycle` with its answer in the same shape as `loadCycle`'s: a cycle, or an `invalid`
 * error whose message counts the problems. `url` names where the data came from, if anywhere.
 */
export function checkCycle(value: unknown, url?: string): LoadResult {
  const parsed = parseCycle(value);
  if (parsed.ok) return parsed;
  const count = parsed.errors.length + (parsed.more ?? 0);
  const what = url ?? 'The data';
  return failure(
    'invalid',
    url,
    `${what} is not a valid cycle: ${count} problem${count === 1 ? '' : 's'} found.`,
    parsed.more ? { errors: parsed.errors, more: parsed.more } : { errors: parsed.errors },
  );
}

/**
 * Fetches a cycle from `url` and checks it. Never rejects: every failure comes back as
 * `{ ok: false, error }` with a `kind` that tells network, HTTP, timeout, JSON and data
 * problems apart.
 */
export async function loadCycle(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const loaded = await loadJson(url, options);
  return loaded.ok ? checkCycle(loaded.json, url) : loaded;
}

export type JsonLoadResult = { ok: true; json: unknown } | { ok: false; error: LoadError };

/**
 * Fetches JSON from `url` by the rules `loadCycle` follows (one timeout that covers the
 * body, cancellation, distinct network, HTTP, timeout and JSON errors), without saying what
 * the JSON must be: an assessment file is loaded the same way and checked by its own parser.
 * Never rejects.
 */
export async function loadJson(url: string, options: LoadOptions = {}): Promise<JsonLoadResult> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, init } = options;
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  if (signal?.aborted) return failure('aborted', url, `Loading ${url} was cancelled.`);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  const stopped = (): JsonLoadResult | undefined => {
    if (timedOut) return failure('timeout', url, `${url} did not answer within ${timeoutMs / 1000} seconds.`);
    if (signal?.aborted) return failure('aborted', url, `Loading ${url} was cancelled.`);
    return undefined;
  };

  try {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: controller.signal });
    } catch (error) {
      return (
        stopped() ??
        failure(
          'network',
          url,
          `Could not reach ${url}. Check the address and your connection. (${String(error)})`,
        )
      );
    }
    if (!response.ok) {
      const status = response.status;
      const reason = response.statusText ? ` ${response.statusText}` : '';
      return failure('http', url, `The server answered ${status}${reason} for ${url}.`, {
        status,
        retryable: status === 408 || status === 429 || status >= 500,
      });
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      return stopped() ?? failure('network', url, `The answer from ${url} was cut off. (${String(error)})`);
    }
    try {
      return { ok: true, json: JSON.parse(body) as unknown };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return failure('json', url, `${url} did not return valid JSON: ${detail}`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Writes a load or data error to the console with every problem, one per line. */
export function logCycleError(error: LoadError): void {
  const lines = (error.errors ?? []).map(formatCycleError);
  if (error.more) lines.push(`and ${error.more} more`);
  console.error(['engagement-cycle: ' + error.message, ...lines].join('\n  '));
}
