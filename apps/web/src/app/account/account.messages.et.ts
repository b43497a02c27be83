import type { Translations } from '../core/i18n/i18n';

export default {
  'account.title': 'Konto',
  'account.lead': 'Olete sisse logitud selle kontoga.',
  'account.name': 'Nimi',
  'account.email': 'E-post',
  'account.role': 'Roll',
  'account.password.title': 'Parooli muutmine',
  'account.password.current': 'Praegune parool',
  'account.password.new': 'Uus parool',
  'account.password.repeat': 'Uus parool uuesti',
  'account.password.hint': 'Vähemalt {min} märki; kõige parem on pikk paroolifraas.',
  'account.password.submit': 'Muuda parool',
  'account.password.busy': 'Muutmine…',
  'account.password.done': 'Parool on muudetud. Teie teised seansid on välja logitud.',
  'account.problem.currentMissing': 'Sisestage oma praegune parool.',
  'account.problem.currentWrong': 'See ei ole teie praegune parool.',
  'account.problem.short': 'Uues paroolis peab olema vähemalt {min} märki.',
  'account.problem.differ': 'See ei ühti ülal sisestatud uue parooliga.',
  'account.problem.guessable':
    'Seda parooli on liiga lihtne ära arvata. Mõnest omavahel mitteseotud sõnast saab tugeva paroolifraasi.',
  'account.problem.breached':
    'See parool esineb lekkinud paroolide loendites. Valige mõni teine parool.',
  'account.problem.other': 'Ei võetud vastu: {message}',
  'account.reset.title': 'Uue parooli määramine',
  'account.reset.lead':
    'Valige oma kontole uus parool. Seejärel logige sellega sisse: kõik konto seansid lõpetatakse.',
  'account.reset.submit': 'Määra uus parool',
  'account.reset.busy': 'Salvestamine…',
  'account.reset.done': 'Teie uus parool on määratud. Kõik teie konto seansid on lõpetatud.',
  'account.reset.signIn': 'Logi sisse uue parooliga',
  'account.reset.expired':
    'See link on aegunud või juba kasutatud. Paluge administraatorilt uus link.',
} satisfies Translations;
