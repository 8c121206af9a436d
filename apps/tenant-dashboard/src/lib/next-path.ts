// Where a person goes after signing in (?next=): somewhere on this site, never another one.

// Any origin works for resolving: a value that leaves it names another site.
const HERE = 'https://dashboard.invalid';

/**
 * The path `?next=` asks for, when it stays on this site; otherwise '/'. Decided the way a
 * browser reads the URL: it drops tabs and newlines and takes `\` for `/`, so `/\evil` and
 * `/\t/evil` are other hosts, as are `//evil` and `https://evil`.
 */
export function nextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return '/';
  }
  if (url.origin !== HERE) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//evil` resolves to the path `//evil`, which read again is a host.
  return path.startsWith('//') ? '/' : path;
}
