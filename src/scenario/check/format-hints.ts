/** Messages and fix suggestions for the text patterns of the format (ids, names, HS codes, versions, …). */
import { ID_PATTERN, NAME_PATTERN, RESERVED_NAMES } from '../schema';

interface FormatHelp {
  readonly message: string;
  readonly hint: string;
}

const ID = String(ID_PATTERN);
const NAME = String(NAME_PATTERN);
const isReserved = (value: string) => (RESERVED_NAMES as readonly string[]).includes(value);
const reserved = (v: string): FormatHelp => ({
  message: `${v} is a reserved word`,
  hint: `Every JavaScript object already has a property of that name, so it cannot be an id or a name. Choose another, e.g. ${JSON.stringify(`my-${v.toLowerCase()}`.replace(/-(.)/g, (_, c: string) => c.toUpperCase()))}.`,
});
const HS = '/^\\d{4}\\.\\d{2}$/';
const VERSION = '/^\\d+\\.\\d+\\.\\d+$/';
const LANG = '/^[a-z]{2,3}(-[A-Z]{2})?$/';
const CURRENCY = '/^[A-Z]{3}$/';
const FINGERPRINT = '/^[0-9a-f]{8}$/';

/** Help for a value that failed the regex `pattern` (as zod prints it); undefined for unknown patterns. */
export function formatHint(pattern: string | undefined, value: string): FormatHelp | undefined {
  const v = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  switch (pattern) {
    case ID: {
      if (isReserved(value)) return reserved(v);
      const fixed = value.toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z0-9-]/g, '').replace(/^-+/, '').slice(0, 64);
      return { message: `${v} is not a valid id`, hint: `Ids use lower-case letters, digits and dashes (at most 64 characters, not starting with a dash), e.g. "hire-broker".${fixed ? ` Try ${JSON.stringify(fixed)}.` : ''}` };
    }
    case NAME: {
      if (isReserved(value)) return reserved(v);
      const fixed = value.replace(/[-\s]+(.)/g, (_, c: string) => c.toUpperCase()).replace(/[^a-zA-Z0-9_]/g, '').replace(/^[^a-zA-Z]+/, '').slice(0, 64);
      return { message: `${v} is not a valid flag or variable name`, hint: `Names start with a letter, then letters, digits or _ (no dashes or spaces), e.g. "hasAeo".${fixed ? ` Try ${JSON.stringify(fixed)}.` : ''}` };
    }
    case HS:
      return { message: `${v} is not an HS code written as "0901.11"`, hint: hsHint(value) };
    case VERSION:
      return { message: `${v} is not a version number like "1.0.0"`, hint: 'Use three numbers separated by dots: major.minor.patch. Raise it when you change the scenario: saves and result codes name it.' };
    case LANG:
      return { message: `${v} is not a language code`, hint: `Use a lower-case ISO 639 code, optionally with a region: "en", "fr", "pt-BR".${/^[A-Za-z]{2,3}$/.test(value) ? ` Try ${JSON.stringify(value.toLowerCase())}.` : ''}` };
    case CURRENCY:
      return { message: `${v} is not an ISO 4217 currency code`, hint: `Use three capital letters, e.g. "USD", "EUR", "KES".${/^[a-zA-Z]{3}$/.test(value) ? ` Try ${JSON.stringify(value.toUpperCase())}.` : ''}` };
    case FINGERPRINT:
      return { message: `${v} is not a source fingerprint (8 hex digits)`, hint: '"source" is the fingerprint of the source text this translates (8 hex digits). Write "00000000" for "not translated yet", then check again: the hint gives the fingerprint to write once it is translated. Exported XLIFF or PO files need no fingerprints: import-translation writes them.' };
    default:
      return undefined;
  }
}

function hsHint(value: string): string {
  const digits = value.replace(/[\s.]/g, '');
  if (/^\d{6}$/.test(digits)) return `Write the six digits with a dot after the fourth: ${JSON.stringify(`${digits.slice(0, 4)}.${digits.slice(4)}`)}.`;
  if (/^\d{7,10}$/.test(digits)) return `HS codes have six digits; longer national tariff lines are not part of HS 2022. Use ${JSON.stringify(`${digits.slice(0, 4)}.${digits.slice(4, 6)}`)}.`;
  if (/^\d{5}$/.test(digits)) return `Is a leading zero missing? Try ${JSON.stringify(`0${digits.slice(0, 3)}.${digits.slice(3)}`)}.`;
  if (/^\d{4}$/.test(digits)) return 'That is a heading (four digits); the decision needs a six-digit subheading such as "0901.11".';
  return 'Use a six-digit HS 2022 subheading with a dot after the fourth digit, e.g. "0901.11".';
}
