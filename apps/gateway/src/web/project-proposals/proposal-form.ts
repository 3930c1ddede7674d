import type { Request } from 'express';
import { formText } from '../kit/form-body';

/** What a resident typed into the proposal form, kept to show it again beside any refusal. */
export interface ProposalForm {
  readonly language: string;
  readonly title: string;
  readonly description: string;
  readonly category: string;
  readonly district: string;
  readonly cost: string;
  readonly placeName: string;
  readonly latitude: string;
  readonly longitude: string;
}

export const EMPTY_PROPOSAL = (language: string): ProposalForm => ({
  language,
  title: '',
  description: '',
  category: '',
  district: '',
  cost: '',
  placeName: '',
  latitude: '',
  longitude: '',
});

export const proposalFormOf = (request: Request, fallbackLanguage: string): ProposalForm => ({
  language: formText(request, 'language') || fallbackLanguage,
  title: formText(request, 'title'),
  description: formText(request, 'description'),
  category: formText(request, 'category'),
  district: formText(request, 'district'),
  cost: formText(request, 'cost'),
  placeName: formText(request, 'placeName'),
  latitude: formText(request, 'latitude'),
  longitude: formText(request, 'longitude'),
});

/** Arabic-Indic and Persian digits, and the separators phones type with them, as ASCII. */
const westernDigits = (text: string): string =>
  text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\u066c\s\u00a0\u202f'’]/g, '');

/**
 * A cost as people write it ("25 000", "25.000", "1 250,50", "٢٥٠٠٠") in whole minor units. Text that
 * reads as no amount goes to the API as typed, so the one rule about amounts is the API's.
 */
export const minorUnitsOf = (typed: string, fractionDigits: number): string => {
  const text = westernDigits(typed);
  const scale = 10n ** BigInt(fractionDigits);
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return (BigInt(text.replace(/[.,]/g, '')) * scale).toString();
  const decimal = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!decimal || (decimal[2] && decimal[2].length > fractionDigits)) return typed;
  const fraction = (decimal[2] ?? '').padEnd(fractionDigits, '0');
  return (BigInt(decimal[1]!) * scale + BigInt(fraction === '' ? '0' : fraction)).toString();
};

const coordinate = (typed: string): number | string => {
  const text = westernDigits(typed).replace(',', '.');
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : typed;
};

/** The API's `ProposeProjectRequest`; a place only when any of its parts was given. */
export const proposalBody = (form: ProposalForm, fractionDigits: number) => ({
  title: { original: form.language, texts: { [form.language]: form.title } },
  description: { original: form.language, texts: { [form.language]: form.description } },
  category: form.category,
  ...(form.district ? { district: form.district } : {}),
  costEstimate: minorUnitsOf(form.cost, fractionDigits),
  ...(form.placeName || form.latitude || form.longitude
    ? {
        place: {
          name: form.placeName,
          latitude: coordinate(form.latitude),
          longitude: coordinate(form.longitude),
        },
      }
    : {}),
});
