/** How the migration load page shows a stored reconciliation: the latest in full, differences capped. */

/** Differences shown per list on the page; the report stored against the load keeps them all (up to the CLI's limit). */
export const DIFFERENCES_SHOWN = 25;

export const RECONCILIATION_FIELDS = `reconciliations {
  producedAt producedBy clean profile
  entities { entity rowsIn rejected derived loaded }
  balances { legacyTotalPence migratedTotalPence accountsCompared accountsDiffering differences { accountKey legacyPence migratedPence differencePence explanation } }
  shadowBilling { financialYear notCompared accountsCompared accountsDiffering legacyChargedTotalPence engineChargedTotalPence
    differences { accountKey accountReference legacyChargedPence engineChargedPence differencePence } }
}`;

interface DifferenceList<T> {
  readonly accountsDiffering: number;
  readonly differences: readonly T[];
}

/** The first differences to show, and how many differing accounts are not shown (counting those the report itself did not list). */
export function cappedDifferences<T>(list: DifferenceList<T>, shown = DIFFERENCES_SHOWN): { readonly shown: readonly T[]; readonly more: number } {
  const first = list.differences.slice(0, shown);
  return { shown: first, more: Math.max(0, list.accountsDiffering - first.length) };
}

interface StoredReconciliation {
  readonly balances: DifferenceList<unknown>;
  readonly shadowBilling: DifferenceList<unknown>;
}

/** The latest reconciliation (shown in full, differences capped) and the earlier ones (listed), or nothing if the load was never reconciled. */
export function reconciliationsPage<R extends StoredReconciliation>(reconciliations: readonly R[]) {
  const latest = reconciliations[reconciliations.length - 1];
  return {
    latest: latest ? { ...latest, balanceDifferences: cappedDifferences(latest.balances), shadowDifferences: cappedDifferences(latest.shadowBilling) } : null,
    earlier: reconciliations.slice(0, -1).reverse(),
  };
}
