import type { GrantApplicationFacts, GrantAssessment } from '../../policy-sdk/src/index.js';

export interface HardshipGrantSettings {
  readonly grantMaximumRateableValue: number;
  readonly grantPence: number;
  readonly grantLiableBy: string;
  readonly grantAmberBalancePence: number;
}

/**
 * Who gets the small-business hardship grant, how much, and how closely an officer should look.
 * Eligible: the account quoted exists, occupies a property valued at or under the limit, and was
 * liable by the qualifying day. Red: the applicant's name does not match the ratepayer's. Amber: a
 * second application for the account, a bank account already paid for another, or large arrears.
 */
export function assessHardshipGrant(application: GrantApplicationFacts, settings: HardshipGrantSettings): GrantAssessment {
  const { account } = application;
  if (!account) return { eligible: false, amountPence: 0, risk: 'red', reasons: ['no business-rates account has the reference given'] };
  const small = account.occupiedProperties.filter((property) => property.rateableValue <= settings.grantMaximumRateableValue);
  const reasons: string[] = [];
  if (small.length === 0) reasons.push(`the account occupies no property with a rateable value of £${settings.grantMaximumRateableValue.toLocaleString('en-GB')} or less`);
  if (!account.liableSince || account.liableSince > settings.grantLiableBy) reasons.push(`the account was not liable by ${settings.grantLiableBy}`);
  const eligible = reasons.length === 0;
  if (eligible) reasons.push('an occupied small business liable by the qualifying day');

  const red = !application.nameMatchesRatepayer;
  const amber = application.earlierApplicationsForAccount > 0 || application.otherAccountsPaidToSameBankAccount > 0 || account.balancePence > settings.grantAmberBalancePence;
  if (red) reasons.push("the applicant's name does not match the ratepayer's");
  if (application.earlierApplicationsForAccount > 0) reasons.push('the account has applied before');
  if (application.otherAccountsPaidToSameBankAccount > 0) reasons.push('the bank account has been paid a grant for another account');
  if (account.balancePence > settings.grantAmberBalancePence) reasons.push('the account has large arrears');
  return { eligible, amountPence: eligible ? settings.grantPence : 0, risk: red ? 'red' : amber ? 'amber' : 'green', reasons };
}
