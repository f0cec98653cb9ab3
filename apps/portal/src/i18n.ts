import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** The graph's Language enum for a page language. */
export const graphLang = (lang: Lang) => (lang === 'fr' ? 'FR' : 'EN');

export function isLang(value: string | undefined): value is Lang {
  return value === 'en' || value === 'fr';
}

/** The language a visitor gets at `/`: the browser's, when it is French, English otherwise. */
export function preferredLang(): Lang {
  return navigator.languages?.some((l) => l.toLowerCase().startsWith('fr')) ? 'fr' : 'en';
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
