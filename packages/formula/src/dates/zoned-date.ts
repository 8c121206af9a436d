/** A Date carrying the IANA time zone SET_TIMEZONE gave it; formatting and date parts use that zone. */
export class ZonedDate extends Date {
  constructor(
    time: number,
    readonly timeZone: string,
  ) {
    super(time);
  }
}
