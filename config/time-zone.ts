/** Whether `zone` is an IANA time zone this runtime knows (Intl throws on unknown names). */
export function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
