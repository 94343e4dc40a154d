/**
 * Which link addresses a cycle may hold.
 *
 * Content is often pasted by people who do not write code, and it ends up in `href`s on NHS
 * pages, so anything that could run script is refused rather than cleaned: http(s), mailto and
 * relative addresses only. Browsers ignore tabs and newlines inside a URL and strip leading
 * spaces and control characters, so " java\tscript:" would still be a script URL; the rule
 * refuses whitespace and control characters outright, which makes the scheme test exact.
 */
export const SAFE_URL_PATTERN =
  '^(?![\\s\\S]*[\\u0000-\\u0020\\u007F-\\u009F])(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):|(?![A-Za-z][A-Za-z0-9+.-]*:))';

const SAFE_URL = new RegExp(SAFE_URL_PATTERN, 'u');

/** True when `href` is an http(s), mailto or relative URL with no spaces or control characters. */
export function isSafeUrl(href: string): boolean {
  return SAFE_URL.test(href);
}

/** Explains why an address was refused, naming its scheme when it has one. */
/** The params of unsafeUrlMessage(): `{ rule: 'url-spaces' }` or `{ rule: 'url-scheme', scheme }`. */
export function unsafeUrlParams(href: string): { rule: string; scheme?: string } {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\s\u0000-\u001F\u007F-\u009F]/u.test(href)) return { rule: 'url-spaces' };
  return { rule: 'url-scheme', scheme: /^([A-Za-z][A-Za-z0-9+.-]*):/u.exec(href)?.[1] ?? '' };
}

export function unsafeUrlMessage(href: string): string {
  const { rule, scheme } = unsafeUrlParams(href);
  return rule === 'url-spaces'
    ? 'must be a URL without spaces or control characters (encode a space as %20)'
    : `must be an http(s), mailto or relative URL, not a "${scheme ?? ''}:" URL`;
}
