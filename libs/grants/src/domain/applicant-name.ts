/**
 * Whether the name an applicant gives is the ratepayer's as the register has it. Case, accents,
 * punctuation and spacing are ignored, "&" reads as "and", and "limited" as "ltd" (so "Bloggs & Sons Limited"
 * is "BLOGGS AND SONS LTD."). Nothing looser: a missing "Ltd", a trading name or a misspelling
 * does not match, and the scheme sends such an application to an officer.
 */
export function namesMatch(applicantName: string, ratepayerName: string): boolean {
  // Compared without the spaces, so "A.B. Smith", "A B Smith" and "AB Smith" are one name.
  const applicant = normaliseName(applicantName).replace(/ /g, '');
  return applicant.length > 0 && applicant === normaliseName(ratepayerName).replace(/ /g, '');
}

/** A name reduced to lower-case words of letters and digits, with the equivalences above. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => (word === 'limited' ? 'ltd' : word))
    .join(' ');
}
