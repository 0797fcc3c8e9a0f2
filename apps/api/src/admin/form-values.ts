import type { LocalProblem } from './admin-forms.js';
import { poundsToPence } from './presentation.js';

/** Reading the admin forms' fields into the API's input, noting what cannot be read. */
export class FormValues {
  readonly problems: LocalProblem[] = [];

  constructor(private readonly body: Record<string, unknown>) {}

  text(name: string): string {
    const value = this.body[name];
    return typeof value === 'string' ? value.trim() : '';
  }

  /** Optional text: undefined when left empty, so the API applies its default. */
  optional(name: string): string | undefined {
    return this.text(name) || undefined;
  }

  /** A GOV.UK date input (`name-day`, `name-month`, `name-year`) as an ISO date; undefined when left empty. */
  date(name: string, { required }: { required: boolean }): string | undefined {
    const apiField = name;
    const [day, month, year] = ['day', 'month', 'year'].map((part) => this.text(`${name}-${part}`));
    if (!day && !month && !year) {
      if (required) this.problems.push({ field: apiField, reason: 'must be entered' });
      return undefined;
    }
    if (!/^\d{1,2}$/.test(day as string) || !/^\d{1,2}$/.test(month as string) || !/^\d{4}$/.test(year as string)) {
      this.problems.push({ field: apiField, reason: 'must be a real date, such as 27 3 2024' });
      return undefined;
    }
    return `${year}-${(month as string).padStart(2, '0')}-${(day as string).padStart(2, '0')}`;
  }

  /** An amount typed in pounds and pence, as pence for the API. */
  pence(name: string, apiField: string): number | undefined {
    const text = this.text(name);
    const pence = poundsToPence(text);
    if (pence === null) {
      this.problems.push({ field: apiField, reason: text ? 'must be an amount in pounds and pence, such as 125.50' : 'must be entered' });
      return undefined;
    }
    return pence;
  }

  required(name: string, apiField = name): string {
    const value = this.text(name);
    if (!value) this.problems.push({ field: apiField, reason: 'must be entered' });
    return value;
  }
}
