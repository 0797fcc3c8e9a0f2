import type { PropertyUse } from '../../libs/business-rates/src/index.js';

/**
 * Invented names and places. Every name is a random pairing of ordinary words, so no row
 * describes a real business or person; postcodes use areas beginning with Q, which no real UK
 * postcode does, while keeping the national shape.
 */
export const COMPANY_WORDS = [
  'Acorn', 'Beacon', 'Birch', 'Bridge', 'Castle', 'Cedar', 'Copper', 'Crown', 'Dale', 'Eagle', 'Elm', 'Falcon', 'Fern', 'Forge',
  'Granite', 'Harbour', 'Hazel', 'Heron', 'Iron', 'Kestrel', 'Lark', 'Linden', 'Maple', 'Meadow', 'Mill', 'Northgate', 'Oak',
  'Orchard', 'Pennine', 'Pine', 'Quarry', 'Raven', 'Ridge', 'River', 'Rowan', 'Saxon', 'Silver', 'Sterling', 'Stone', 'Summit',
  'Swift', 'Thistle', 'Tower', 'Valley', 'Vale', 'Willow', 'Wren', 'Yew',
];
export const TRADES = [
  'Trading', 'Holdings', 'Retail', 'Logistics', 'Engineering', 'Foods', 'Properties', 'Print', 'Motors', 'Textiles', 'Consulting',
  'Bakeries', 'Hospitality', 'Fabrications', 'Interiors', 'Distribution', 'Pharmacy', 'Stores', 'Brewing', 'Café',
];
export const COMPANY_SUFFIXES = ['Ltd', 'Limited', 'Ltd', 'Ltd', 'PLC', 'LLP', '& Co'];
export const CHARITY_FORMS = ['Trust', 'Foundation', 'Hospice', 'Community Association', 'Animal Rescue', 'Mind', 'Age Concern'];
export const CLUB_SPORTS = ['Cricket', 'Bowls', 'Rugby Union Football', 'Tennis', 'Rowing', 'Golf', 'Athletics'];
export const FORENAMES = ['Ada', 'Alan', 'Bella', 'Colin', 'Dev', 'Edith', 'Farah', 'Gareth', 'Hana', 'Ivor', 'Jun', 'Kaya', 'Leon', 'Maeve', 'Nia', 'Omar', 'Priya', 'Rhys', 'Saoirse', 'Tomasz', 'Una', 'Zoë'];
export const SURNAMES = ['Ashdown', 'Brightwell', 'Calloway', 'Dunmore', 'Everleigh', 'Fairbrother', 'Gethin', 'Hollins', 'Kaur', 'Lindqvist', 'Mbeki', 'Novak', 'Okafor', 'Pennock', 'Quayle', 'Rahman', 'Sørensen', 'Thwaite', 'Underhill', 'Whitlock'];
export const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'];
export const STREET_WORDS = ['High', 'Station', 'Mill', 'Church', 'Market', 'Bridge', 'Victoria', 'Canal', 'Park', 'Chapel', 'Wharf', 'Albion', 'Foundry', 'Tannery', 'Kiln'];
export const STREET_KINDS = ['Street', 'Road', 'Lane', 'Way', 'Parade', 'Row', 'Yard', 'Place'];
export const LOCALITIES = ['Northfield', 'Eastmoor', 'Westbrook', 'Southcote', 'Highfield', 'Lowmarsh', 'Brookside', 'Fairholme'];
export const TOWNS = ['Ashcombe', 'Brackenford', 'Caldermoor', 'Dunhallow', 'Elsworth Vale', 'Fellgate', 'Grimbleton', 'Hartwick'];
export const COUNTIES = ['Wexshire', 'North Fellshire', ''];
export const POSTCODE_AREAS = ['QA', 'QB', 'QE', 'QH', 'QL', 'QR', 'QW'];
/** Inward-code letters: the real scheme leaves out C, I, K, M, O and V. */
export const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
export const BUILDING_NAMES = ['Unit', 'Suite', 'Ground Floor', 'First Floor', 'Block'];

/** A class of property as the extract describes it: SCat code, its description, and the use the engine rates by. */
export interface ScatClass {
  readonly code: string;
  readonly text: string;
  /** The VOA primary description code of the list entry. */
  readonly voaCode: string;
  readonly use: PropertyUse;
  readonly weight: number;
}

/**
 * The SCat codes the generator uses, with the property use each maps to (the mapping the doc
 * records, so a profile maps them the same way and shadow billing agrees).
 */
export const SCAT_CLASSES: readonly ScatClass[] = [
  { code: '249', text: 'Shop and premises', voaCode: 'CS', use: 'retail', weight: 38 },
  { code: '203', text: 'Offices and premises', voaCode: 'CO', use: 'office', weight: 20 },
  { code: '217', text: 'Warehouse and premises', voaCode: 'CW', use: 'industrial', weight: 12 },
  { code: '096', text: 'Workshop and premises', voaCode: 'IF', use: 'industrial', weight: 10 },
  { code: '226', text: 'Public house and premises', voaCode: 'LP', use: 'hospitality', weight: 5 },
  { code: '227', text: 'Restaurant and premises', voaCode: 'CR', use: 'hospitality', weight: 5 },
  { code: '062', text: 'Gymnasium and premises', voaCode: 'LC', use: 'leisure', weight: 4 },
  { code: '032', text: 'Car park and premises', voaCode: 'CP', use: 'other', weight: 6 },
];
/** Clubs occupy sports grounds. */
export const SPORTS_GROUND: ScatClass = { code: '075', text: 'Sports ground and premises', voaCode: 'LS', use: 'leisure', weight: 0 };
