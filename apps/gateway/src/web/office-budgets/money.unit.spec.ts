import { minorUnitsOf } from './money';

describe('amounts as officers type them', () => {
  it.each([
    ['100000', 'EUR', '10000000'],
    ['100,000', 'EUR', '10000000'],
    ['1 250,5', 'EUR', '125050'],
    ['1.250.000,75', 'EUR', '125000075'],
    ['١٢٥٠', 'EUR', '125000'],
    ['۲۵۰۰٫۵', 'EUR', '250050'],
    ['5000', 'JPY', '5000'],
    ['12.5', 'TND', '12500'],
    // Three digits after a separator are always thousands, even in a currency of three decimals.
    ['12.345', 'TND', '12345000'],
  ])('reads %s %s as %s minor units', (typed, currency, minor) => {
    expect(minorUnitsOf(typed, currency)).toBe(minor);
  });

  it.each([['one hundred'], ['12.3456'], ['-5'], ['1,2,3'], ['']])('refuses %s in euros', (typed) => {
    expect(minorUnitsOf(typed, 'EUR')).toBeUndefined();
  });
});
