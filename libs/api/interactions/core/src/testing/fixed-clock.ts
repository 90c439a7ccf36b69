import { Clock } from '@gemeente-crm/api-kernel';

/** A clock that stands still until a test moves it, so timestamps can be asserted exactly. */
export class FixedClock extends Clock {
  private current: Date;

  constructor(start: Date | string = '2026-07-01T09:00:00.000Z') {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}
