import type { PageContext } from './page-context';

/** How many minor units a currency has (2 for EUR, 0 for JPY, 3 for TND), as Intl knows it. */
export const decimalsOf = (currency: string): number => {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
};

/**
 * The API counts money in whole minor units, as digits; people read it in their own notation. The
 * currency says how many minor units make one, unless the amount's source fixed it (`decimals`).
 */
export const moneyOf = (
  page: PageContext,
  minorUnits: string | bigint,
  currency: string,
  decimals = decimalsOf(currency),
): string => page.format.money(Number(minorUnits) / 10 ** decimals, currency);

/** Arabic-Indic and Persian digits, and their separators, as the API's digits. */
export const westernDigits = (typed: string): string =>
  typed
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\s\u00a0\u202f\u066c']/g, '');

/**
 * An amount as an officer types it ("1 250,50", "1,250.50", "١٢٥٠") in minor units. A comma or point
 * followed by exactly three digits separates thousands; followed by fewer, it starts the decimals.
 * `undefined`: not an amount of this currency.
 */
export const minorUnitsOf = (typed: string, currency: string): string | undefined => {
  const decimals = decimalsOf(currency);
  const fraction = decimals > 0 ? `(?:[.,](\\d{1,${decimals}}))?` : '';
  const match = new RegExp(`^(\\d+(?:[.,]\\d{3})*)${fraction}$`).exec(westernDigits(typed));
  if (!match) return undefined;
  const whole = BigInt(match[1]!.replace(/[.,]/g, ''));
  const cents = BigInt((match[2] ?? '').padEnd(decimals, '0') || '0');
  return (whole * 10n ** BigInt(decimals) + cents).toString();
};
