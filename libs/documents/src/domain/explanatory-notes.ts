/**
 * The explanatory notes a demand notice carries (Council Tax and Non-Domestic Rating (Demand
 * Notices) (England) Regulations 2003, Sch 2). The prescribed text changes by amendment each
 * revaluation (SI 2023/13 moved it to the 2023 list), and the project has not retrieved the current
 * Schedule verbatim, so the notice prints a plain summary of each prescribed topic and says where
 * the full notes are published, as councils commonly do when they publish the notes online.
 */
export const EXPLANATORY_NOTES_VERSION = '2023-list';

export const EXPLANATORY_NOTES: readonly string[] = [
  'Non-domestic rates: business rates collected by the council pay for local services. They are worked out from the rateable value of the property and the multiplier set by the Government for the year.',
  'Rateable value: the Valuation Office Agency (VOA) sets the rateable value of each non-domestic property, broadly its yearly rent on the valuation date. The values shown come from the current rating list (2023). You can check or challenge your value with the VOA at www.gov.uk/voa.',
  'Multipliers: the standard multiplier applies unless the rateable value is below the threshold for the small business multiplier. The multiplier used is shown against each line of the calculation.',
  'Reliefs: mandatory and discretionary reliefs (small business, charitable, rural, retail, hospitality and leisure, and others) reduce the amount payable. Each relief applied is shown as a line of the calculation with the legislation that grants it. Ask the council about reliefs you may be entitled to.',
  'Transitional arrangements and empty property: where an amount is calculated under transitional provisions, or for days a property was treated as empty, the calculation line says how it was worked out.',
  'Instalments: you may pay by the instalments shown. You may instead ask in writing to pay by 12 monthly instalments. If an instalment is not paid, the council will send a reminder; if it is still not paid, the whole of the unpaid amount for the year may become due.',
  'The full explanatory notes prescribed by the Council Tax and Non-Domestic Rating (Demand Notices) (England) Regulations 2003 are published on the council\'s website and at www.gov.uk/introduction-to-business-rates, and a paper copy is available from the council on request.',
];
