/**
 * Signs that a cell was not written in the encoding the profile declares. A byte sequence that is
 * not valid in the encoding decodes to U+FFFD; UTF-8 text read as a single-byte encoding shows up
 * as a lead byte (Â..ß) followed by a continuation byte's character ("Ã©" for "é", "Â£" for "£").
 */
const REPLACEMENT = '\uFFFD';
const UTF8_READ_AS_SINGLE_BYTE = /[\u00C2-\u00DF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;
const NON_ASCII = /[^\x00-\x7F]/;

export type EncodingCheck = (value: string) => string | null;

export function encodingCheckFor(encoding: string): EncodingCheck {
  const name = encoding.toLowerCase().replace(/[^a-z0-9]/g, '');
  const singleByte = name !== 'utf8' && !name.startsWith('utf16') && !name.startsWith('ucs2');
  return (value) => {
    if (!NON_ASCII.test(value)) return null;
    if (value.includes(REPLACEMENT)) return `not valid ${encoding}: an invalid byte sequence (decoded as U+FFFD)`;
    if (singleByte && UTF8_READ_AS_SINGLE_BYTE.test(value)) return `looks like utf-8 read as ${encoding} (e.g. "Ã©" for "é"): check the file's encoding`;
    return null;
  };
}
