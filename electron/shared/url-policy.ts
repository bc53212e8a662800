/**
 * URL checks shared by main (window/navigation policy, `shell:open-external`) and the web twin's
 * `openExternal`, so both hosts refuse the same things.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** "scheme://host" of a URL. Node's `URL.origin` is "null" for custom schemes, hence by hand. */
export function originOf(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || !parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** An https URL with a host and no embedded credentials (a classic phishing disguise). */
export function isExternalHttpsUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password;
}
