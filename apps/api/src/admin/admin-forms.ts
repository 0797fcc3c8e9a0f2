import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOperationError } from './admin-graphql.js';
import type { SignedInSession } from './admin-sessions.js';
import { AdminViews, type FormError } from './admin-views.js';
import { poundsWording } from './presentation.js';

/** A form field: its id in the page, and its label, which starts its error messages. */
export interface FormField {
  readonly id: string;
  /** Where the error summary links to, when not the field's id (a date input's day field). */
  readonly anchor?: string;
  readonly label: string;
}

/** A problem the page found before asking the API (such as an amount that is not money). */
export interface LocalProblem {
  readonly field: string;
  readonly reason: string;
}

export interface FormSubmission {
  readonly view: string;
  /** What the page shows besides the form (the account, the options of a select). */
  readonly context: Record<string, unknown>;
  /** The form's fields by the name the API gives them in its errors (`amountPence`, `startsOn`). */
  readonly fields: Readonly<Record<string, FormField>>;
  /** Checks made before the API is asked; any problem stops the submission. */
  readonly problems?: readonly LocalProblem[];
  /** Performs the action; returns where to go next, or a page to show at once (one that shows a secret only this once). */
  readonly perform: () => Promise<string | ShownOnce>;
}

/** A page shown in answer to the form instead of a redirect: what it shows cannot be read again. */
export interface ShownOnce {
  readonly view: string;
  readonly context: Record<string, unknown>;
}

/**
 * The GOV.UK form pattern for every action: perform it and redirect (post/redirect/get), or show
 * the form again with what was typed, an error summary linking to each field, and the field's own
 * error. The API's field-named errors are placed on their fields; a refusal that names no field is
 * shown at the top.
 */
@Injectable()
export class AdminForms {
  constructor(private readonly views: AdminViews) {}

  async submit(request: Request, response: Response, session: SignedInSession, submission: FormSubmission): Promise<void> {
    const values = request.body as Record<string, string>;
    if (submission.problems?.length) return this.showAgain(response, session, submission, values, submission.problems, null);
    try {
      const next = await submission.perform();
      if (typeof next === 'string') response.redirect(303, next);
      else this.views.render(response, next.view, session, next.context, 201);
    } catch (error) {
      if (!(error instanceof ApiOperationError) || ![400, 409].includes(error.status)) throw error;
      this.showAgain(response, session, submission, values, error.problems, error.message);
    }
  }

  private showAgain(
    response: Response,
    session: SignedInSession,
    submission: FormSubmission,
    values: Record<string, string>,
    problems: readonly LocalProblem[],
    message: string | null,
  ): void {
    const errorList: FormError[] = [];
    const fieldErrors: Record<string, string> = {};
    for (const problem of problems) {
      // class-validator names nested fields with dots (input.amountPence): the last part is the field.
      const name = problem.field.split('.').pop() as string;
      const field = submission.fields[problem.field] ?? submission.fields[name];
      if (!field) continue;
      // The API counts money in pence; staff typed pounds, so its reason is told in pounds.
      const text = `${field.label} ${name.endsWith('Pence') ? poundsWording(problem.reason) : problem.reason}`;
      fieldErrors[field.id] ??= text;
      errorList.push({ text, href: `#${field.anchor ?? field.id}` });
    }
    if (errorList.length === 0) errorList.push({ text: message ?? 'The form could not be submitted' });
    this.views.render(response, submission.view, session, { ...submission.context, values, errorList, fieldErrors }, 400);
  }
}
