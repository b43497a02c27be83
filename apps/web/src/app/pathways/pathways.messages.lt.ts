import type { Translations } from '../core/i18n/i18n';

export default {
  'pathways.catalogue.lead':
    'Paskelbtos profesinio mokymo programos. Atidarykite programą ir sekite jos mokymosi kelią kursas po kurso: moduliai, praktika įmonėse ir ECVET taškai, kuriuos sukaupsite.',
  'pathways.search.form': 'Paieška kataloge',
  'pathways.search.label': 'Ieškoti pavadinimuose, koduose, moduliuose ir mokymosi rezultatuose',
  'pathways.filter.eqf': 'EKS lygis',
  'pathways.filter.eqfAll': 'Visi lygiai',
  'pathways.filter.language': 'Turinio kalba',
  'pathways.filter.languageAll': 'Visos kalbos',
  'pathways.filter.clear': 'Išvalyti paiešką ir filtrus',
  'pathways.results':
    '{count, plural, one {# mokymo programa} few {# mokymo programos} many {# mokymo programos} other {# mokymo programų}}',
  'pathways.results.empty': 'Pagal Jūsų paiešką mokymo programų nerasta.',
  'pathways.results.error': 'Nepavyko įkelti katalogo: {message}',
  'pathways.card.code': 'Kodas',
  'pathways.card.languages': 'Kalbos',
  'pathways.card.status': 'Būsena',
  'pathways.back': 'Grįžti į katalogą',
  'pathways.notFound': 'Tokios mokymo programos nėra arba ji nepaskelbta.',
  'pathways.loadError': 'Nepavyko įkelti mokymo programos: {message}',
  'pathways.facts.title': 'Apie kvalifikaciją',
  'pathways.facts.code': 'Kodas',
  'pathways.facts.eqf': 'EKS lygis',
  'pathways.facts.nqf': 'Nacionalinės kvalifikacijų sandaros lygis',
  'pathways.facts.isced': 'ISCED-F švietimo ir mokymo sritis',
  'pathways.facts.occupation': 'Profesija (ESCO)',
  'pathways.facts.escoSource': 'Profesijos: {source}.',
  'pathways.facts.duration': 'Trukmė',
  'pathways.facts.durationValue':
    '{years, plural, one {# metai} few {# metai} many {# metų} other {# metų}} ({months, plural, one {# mėnuo} few {# mėnesiai} many {# mėnesio} other {# mėnesių}}), {mode}',
  'pathways.facts.fullTime': 'nuolatinė mokymosi forma',
  'pathways.facts.partTime': 'ištęstinė mokymosi forma',
  'pathways.facts.points': 'Iš viso ECVET taškų',
  'pathways.facts.version': 'Paskelbta versija',
  'pathways.facts.versionValue': 'Versija {number}, {date}',
  'pathways.language.hint': 'Dar neišversti tekstai rodomi kita kalba ir pažymimi tos kalbos kodu.',
  'pathways.downloads.title': 'Atsisiuntimai',
  'pathways.downloads.pathway': 'Besimokančiojo mokymosi kelias (PDF, {language})',
  'pathways.downloads.document': 'Mokymo programos dokumentas (PDF, {language})',
  'pathways.timeline.title': 'Mokymosi kelias kursas po kurso',
  'pathways.timeline.wholeYear': 'Visi mokslo metai',
  'pathways.timeline.yearPoints':
    'Šiame kurse: {points, plural, one {# ECVET taškas} few {# ECVET taškai} many {# ECVET taško} other {# ECVET taškų}}',
  'pathways.timeline.accumulated':
    'Po {year} kurso: {points} / {total, plural, one {# ECVET taškas} few {# ECVET taškai} many {# ECVET taško} other {# ECVET taškų}}',
  'pathways.timeline.electives.points-at-least':
    'Iš pasirenkamųjų modulių grupės pasirinkite modulius, kurių vertė ECVET taškais – ne mažiau kaip {points}',
  'pathways.timeline.electives.points-exactly':
    'Iš pasirenkamųjų modulių grupės pasirinkite modulius, kurių vertė ECVET taškais – lygiai {points}',
  'pathways.timeline.electives.units':
    'Iš pasirenkamųjų modulių grupės pasirinkite {count} iš {total, plural, one {# modulio} few {# modulių} many {# modulio} other {# modulių}} ({points, plural, one {# ECVET taškas} few {# ECVET taškai} many {# ECVET taško} other {# ECVET taškų}})',
  'pathways.timeline.addOnPoints':
    '+ {points, plural, one {# ECVET taškas} few {# ECVET taškai} many {# ECVET taško} other {# ECVET taškų}} už neprivalomas papildomas kvalifikacijas (neįskaičiuojama į bendrą sumą)',
  'pathways.facts.addOns': 'Neprivalomos papildomos kvalifikacijos',
  'pathways.facts.addOnsValue':
    '{count, plural, one {# modulis} few {# moduliai} many {# modulio} other {# modulių}}, {points, plural, one {# ECVET taškas} few {# ECVET taškai} many {# ECVET taško} other {# ECVET taškų}} (neįskaičiuojama į bendrą sumą)',
  'pathways.facts.partials': 'Dalinės kvalifikacijos (sertifikuojamos atskirai)',
  'pathways.facts.partialValue':
    'moduliai {units}, {points, plural, one {# ECVET taškas} few {# ECVET taškai} many {# ECVET taško} other {# ECVET taškų}}',
  'pathways.unit.addOn': 'Papildomas',
  'pathways.unit.addOnNote':
    'neprivalomas, jo taškai neįskaičiuojami į bendrą kvalifikacijos taškų sumą',
  'pathways.unit.mandatory': 'Privalomasis',
  'pathways.unit.elective': 'Pasirenkamasis',
  'pathways.unit.outcomes': 'Mokymosi rezultatai',
  'pathways.unit.noOutcomes': 'Šiam moduliui mokymosi rezultatų nenurodyta.',
  'pathways.unit.continuesUntil': 'tęsiamas iki {year} kurso',
  'pathways.unit.continuesUntilTerm': 'tęsiamas iki {year} kurso ({term} pusmečio)',
  'pathways.unit.continuesUntilTermOnly': 'tęsiamas iki {term} pusmečio',
  'pathways.unit.continuedFrom': 'tęsinys nuo {year} kurso',
  'pathways.unit.continuedFromUntilTerm': 'tęsinys nuo {year} kurso, iki {term} pusmečio',
  'pathways.unit.guidedHours':
    '{hours, plural, one {# valanda} few {# valandos} many {# valandos} other {# valandų}} kontaktinio mokymosi',
  'pathways.unit.nationalCredits':
    '{credits, plural, one {# nacionalinis kreditas} few {# nacionaliniai kreditai} many {# nacionalinio kredito} other {# nacionalinių kreditų}}',
  'pathways.wbl.label': 'Mokymasis darbo vietoje',
  'pathways.wbl.hours':
    '{hours, plural, one {# valanda} few {# valandos} many {# valandos} other {# valandų}} įmonėje',
  'pathways.wbl.company': 'Įmonė',
  'pathways.wbl.units': 'Moduliai',
  'pathways.exam.list': '{year} kurso egzaminas',
  'pathways.exam.label': 'Egzaminas {code}',
  'pathways.exam.weight': '{weight} % galutinio įvertinimo',
  'pathways.exam.term': '{term} pusmetis',
  'pathways.exam.endOfYear': 'mokslo metų pabaigoje',
  'pathways.exam.methods': 'Forma',
  'pathways.exam.assesses': 'Vertinama',
  'pathways.exam.outcomes':
    '{count, plural, one {# atskiras mokymosi rezultatas} few {# atskiri mokymosi rezultatai} many {# atskiro mokymosi rezultato} other {# atskirų mokymosi rezultatų}}',
  'pathways.exam.and': '{units} ir {outcomes}',
} satisfies Translations;
