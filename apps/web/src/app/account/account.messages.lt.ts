import type { Translations } from '../core/i18n/i18n';

export default {
  'account.title': 'Paskyra',
  'account.lead': 'Esate prisijungę šia paskyra.',
  'account.name': 'Vardas, pavardė',
  'account.email': 'El. paštas',
  'account.role': 'Vaidmuo',
  'account.password.title': 'Slaptažodžio keitimas',
  'account.password.current': 'Dabartinis slaptažodis',
  'account.password.new': 'Naujas slaptažodis',
  'account.password.repeat': 'Pakartokite naują slaptažodį',
  'account.password.hint':
    'Ne mažiau kaip {min, plural, one {# simbolis} few {# simboliai} many {# simbolio} other {# simbolių}}; geriausia rinktis ilgą slaptafrazę.',
  'account.password.submit': 'Keisti slaptažodį',
  'account.password.busy': 'Keičiama…',
  'account.password.done': 'Slaptažodis pakeistas. Iš kitų Jūsų sesijų atsijungta.',
  'account.problem.currentMissing': 'Įveskite dabartinį slaptažodį.',
  'account.problem.currentWrong': 'Tai ne Jūsų dabartinis slaptažodis.',
  'account.problem.short':
    'Naujame slaptažodyje turi būti ne mažiau kaip {min, plural, one {# simbolis} few {# simboliai} many {# simbolio} other {# simbolių}}.',
  'account.problem.differ': 'Nesutampa su aukščiau įvestu nauju slaptažodžiu.',
  'account.problem.guessable':
    'Šį slaptažodį per lengva atspėti. Keli tarpusavyje nesusiję žodžiai sudaro patikimą slaptafrazę.',
  'account.problem.breached':
    'Šis slaptažodis yra nutekintų slaptažodžių sąrašuose. Pasirinkite kitą.',
  'account.problem.other': 'Nepriimta: {message}',
  'account.reset.title': 'Naujo slaptažodžio nustatymas',
  'account.reset.lead':
    'Pasirinkite naują savo paskyros slaptažodį. Tada prisijunkite su juo: visos paskyros sesijos bus baigtos.',
  'account.reset.submit': 'Nustatyti naują slaptažodį',
  'account.reset.busy': 'Išsaugoma…',
  'account.reset.done': 'Naujas slaptažodis nustatytas. Visos Jūsų paskyros sesijos baigtos.',
  'account.reset.signIn': 'Prisijungti su nauju slaptažodžiu',
  'account.reset.expired':
    'Ši nuoroda nebegalioja arba jau buvo panaudota. Naujos nuorodos paprašykite savo administratoriaus.',
} satisfies Translations;
