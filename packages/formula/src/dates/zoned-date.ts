/**
 * A Date carrying what SET_TIMEZONE and SET_LOCALE gave it: an IANA time zone for the wall
 * clock, a locale modifier for DATETIME_FORMAT's words. Either may be unset.
 */
export class ZonedDate extends Date {
  constructor(
    time: number,
    readonly timeZone: string | undefined,
    readonly locale?: string,
  ) {
    super(time);
  }
}
