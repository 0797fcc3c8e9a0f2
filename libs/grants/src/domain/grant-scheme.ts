import { InvalidInputError, type IsoDate } from '../../../kernel/src/index.js';

/** A grant scheme as a council's policy offers it: `pluginId:key`, its name and the days it takes applications. */
export interface GrantScheme {
  readonly id: string;
  readonly name: string;
  readonly opensOn: IsoDate;
  readonly closesOn: IsoDate;
}

export function isOpenOn(scheme: GrantScheme, day: IsoDate): boolean {
  return scheme.opensOn <= day && day <= scheme.closesOn;
}

/** The scheme an application names, open on the day; a 400 naming `schemeId` otherwise. */
export function schemeOpenFor(schemes: readonly GrantScheme[], schemeId: string, day: IsoDate): GrantScheme {
  const scheme = schemes.find((each) => each.id === schemeId);
  if (!scheme) {
    const offered = schemes.map((each) => each.id).join(', ');
    throw new InvalidInputError('schemeId', `is not a grant scheme of the council's policy in force today (${offered || 'it offers none'})`);
  }
  if (!isOpenOn(scheme, day)) {
    throw new InvalidInputError('schemeId', `takes applications from ${scheme.opensOn} to ${scheme.closesOn}; today is ${day}`);
  }
  return scheme;
}
