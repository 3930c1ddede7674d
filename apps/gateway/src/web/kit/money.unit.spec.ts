import { WEB_MESSAGES } from '../web.messages';
import { MessageBook } from './messages';
import { minorUnitsOf, moneyOf } from './money';
import { PageContext } from './page-context';

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

describe('amounts as people read them', () => {
  const book = new MessageBook(WEB_MESSAGES);
  const page = new PageContext('en', book, '/', undefined, undefined);

  it('counts minor units by the currency, unless the source fixed them', () => {
    expect(moneyOf(page, '125050', 'EUR')).toBe('€1,250.50');
    expect(moneyOf(page, 5000n, 'JPY')).toBe('JP¥5,000');
    expect(moneyOf(page, '500000', 'JPY', 2)).toBe('JP¥5,000');
  });
});
