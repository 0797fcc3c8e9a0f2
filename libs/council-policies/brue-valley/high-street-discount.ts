import { postcodeSector, type RatedLiabilityFacts } from '../../policy-sdk/src/index.js';

const HIGH_STREET_USES = new Set(['retail', 'hospitality', 'leisure']);

/** An occupied shop, café or gym in a town-centre sector, below the large business threshold. */
export function onTheHighStreet(liability: RatedLiabilityFacts, townCentreSectors: readonly string[], maximumRateableValue: number): boolean {
  const { property } = liability;
  const sector = postcodeSector(property.postcode);
  return HIGH_STREET_USES.has(property.propertyUse) && property.occupied && liability.liability.capacity === 'occupier'
    && property.rateableValue <= maximumRateableValue && sector !== null && townCentreSectors.includes(sector);
}
