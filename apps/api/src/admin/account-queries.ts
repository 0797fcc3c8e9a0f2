/** The GraphQL operations behind the account page. */

export interface AccountOverview {
  account: {
    reference: string;
    liabilities: { liabilityId: string; hereditamentId: string }[];
  };
}

export const ACCOUNT_OVERVIEW = `query AccountOverview($reference: String!) {
  account(accountReference: $reference) {
    reference instalmentPreference
    party { partyId name kind companyNumber charityNumber contacts { kind email phone addressLines postcode preferred } }
    liabilities { liabilityId hereditamentId capacity startsOn endsOn reliefs { reliefAwardId kind percent startsOn endsOn evidence } }
  }
  recoveryStages(accountReference: $reference) { recoveryStageId financialYear stage issuedOn payBy hearingOn arrearsPence costsPence }
  notes(accountReference: $reference) { noteId body writtenAt writtenBy }
}`;

export const ACCOUNT_STATEMENT = `query AccountStatement($reference: String!) {
  accountStatement(accountReference: $reference) {
    asAt balancePence
    entries { postedOn kind description financialYear billNumber amountPence balancePence }
  }
}`;

export const ACCOUNT_BILLS = `query AccountBills($reference: String!) {
  bills(accountReference: $reference) {
    billNumber kind financialYear issuedOn totalPence yearChargePence dueBeforePence paidBeforePence
    lines { code description periodStart periodEnd amountPence rule legislation }
    instalments { number dueDate amountPence }
  }
}`;

export const HEREDITAMENT = `query Hereditament($hereditamentId: String!) {
  hereditament(hereditamentId: $hereditamentId) {
    hereditamentId baReference uarn uprn description propertyUse scatCode listedBuilding addressLines postcode
    rateableValues { effectiveFrom rateableValue reason }
    occupation { startsOn occupied }
  }
}`;

export const ACCOUNT_DOCUMENTS = `query AccountDocuments($reference: String!) {
  accountDocuments(accountReference: $reference) { documentId kind billNumber recoveryStageId sizeBytes createdAt createdBy }
  accountNotifications(accountReference: $reference) {
    notificationId noticeKind billNumber recoveryStageId channel recipient status failure deliveryStatus createdAt createdBy
  }
}`;
