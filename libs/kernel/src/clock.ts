import type { IsoDate } from './calendar-date.js';

/**
 * What day it is, as a port: use cases ask the clock instead of the system, so billing-year
 * scenarios can move time and a job can be rerun "as at" a date.
 */
export abstract class Clock {
  /** The current instant. */
  abstract now(): Date;

  /** Today's date in England (Europe/London), where councils' days begin and end. */
  today(): IsoDate {
    return londonDate(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until moved: for scenarios and reruns. */
export class SettableClock extends Clock {
  constructor(private instant: Date) {
    super();
  }

  static on(date: IsoDate): SettableClock {
    return new SettableClock(new Date(`${date}T12:00:00Z`));
  }

  now(): Date {
    return new Date(this.instant);
  }

  setToday(date: IsoDate): void {
    this.instant = new Date(`${date}T12:00:00Z`);
  }
}

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

export function londonDate(instant: Date): IsoDate {
  return LONDON_DATE.format(instant) as IsoDate;
}
