import type { Translations } from '../core/i18n/i18n';

export default {
  'pathways.catalogue.lead':
    'Publicētās profesionālās izglītības mācību programmas. Atveriet kādu no tām, lai sekotu tās mācību ceļam gadu pēc gada: vienības, prakses uzņēmumos un ECVET punkti, ko Jūs uzkrājat.',
  'pathways.search.form': 'Meklēt katalogā',
  'pathways.search.label': 'Meklēt nosaukumos, kodos, vienībās un mācīšanās rezultātos',
  'pathways.filter.eqf': 'EKI līmenis',
  'pathways.filter.eqfAll': 'Visi līmeņi',
  'pathways.filter.language': 'Satura valoda',
  'pathways.filter.languageAll': 'Visas valodas',
  'pathways.filter.clear': 'Notīrīt meklēšanu un filtrus',
  'pathways.results':
    '{count, plural, zero {# mācību programmu} one {# mācību programma} other {# mācību programmas}}',
  'pathways.results.empty': 'Jūsu meklēšanai neatbilst neviena mācību programma.',
  'pathways.results.error': 'Katalogu neizdevās ielādēt: {message}',
  'pathways.card.code': 'Kods',
  'pathways.card.languages': 'Valodas',
  'pathways.card.status': 'Statuss',
  'pathways.back': 'Atpakaļ uz katalogu',
  'pathways.notFound': 'Šī mācību programma nepastāv vai nav publicēta.',
  'pathways.loadError': 'Mācību programmu neizdevās ielādēt: {message}',
  'pathways.facts.title': 'Par kvalifikāciju',
  'pathways.facts.code': 'Kods',
  'pathways.facts.eqf': 'EKI līmenis',
  'pathways.facts.nqf': 'Nacionālās kvalifikāciju ietvarstruktūras līmenis',
  'pathways.facts.isced': 'ISCED-F izglītības joma',
  'pathways.facts.occupation': 'Profesija (ESCO)',
  'pathways.facts.escoSource': 'Profesijas: {source}.',
  'pathways.facts.duration': 'Ilgums',
  'pathways.facts.durationValue':
    '{years, plural, zero {# gadu} one {# gads} other {# gadi}} ({months, plural, zero {# mēnešu} one {# mēnesis} other {# mēneši}}), {mode}',
  'pathways.facts.fullTime': 'pilna laika mācības',
  'pathways.facts.partTime': 'nepilna laika mācības',
  'pathways.facts.points': 'ECVET punkti kopā',
  'pathways.facts.version': 'Publicētā versija',
  'pathways.facts.versionValue': '{number}. versija, {date}',
  'pathways.language.hint':
    'Vēl netulkotie teksti tiek rādīti citā valodā un atzīmēti ar tās kodu.',
  'pathways.downloads.title': 'Lejupielādes',
  'pathways.downloads.pathway': 'Izglītojamā mācību ceļš (PDF, {language})',
  'pathways.downloads.document': 'Mācību programmas dokuments (PDF, {language})',
  'pathways.timeline.title': 'Mācību ceļš gadu pēc gada',
  'pathways.timeline.wholeYear': 'Visu mācību gadu',
  'pathways.timeline.yearPoints':
    '{points, plural, zero {# ECVET punktu} one {# ECVET punkts} other {# ECVET punkti}} šajā mācību gadā',
  'pathways.timeline.accumulated':
    '{points, number} / {total, plural, zero {# ECVET punktu} one {# ECVET punkts} other {# ECVET punkti}} pēc {year}. mācību gada',
  'pathways.timeline.electives.points-at-least':
    'No izvēles grupas jāizvēlas vienības vismaz {points, plural, zero {# ECVET punktu} one {# ECVET punkta} other {# ECVET punktu}} apjomā:',
  'pathways.timeline.electives.points-exactly':
    'No izvēles grupas jāizvēlas vienības tieši {points, plural, zero {# ECVET punktu} one {# ECVET punkta} other {# ECVET punktu}} apjomā:',
  'pathways.timeline.electives.units':
    'No izvēles grupas jāizvēlas {count} no {total, plural, zero {# vienībām} one {# vienības} other {# vienībām}} ({points, plural, zero {# ECVET punktu} one {# ECVET punkts} other {# ECVET punkti}}):',
  'pathways.timeline.addOnPoints':
    '+ {points, plural, zero {# ECVET punktu} one {# ECVET punkts} other {# ECVET punkti}} par fakultatīvām papildkvalifikācijām (ārpus kopējā apjoma)',
  'pathways.facts.addOns': 'Fakultatīvas papildkvalifikācijas',
  'pathways.facts.addOnsValue':
    '{count, plural, zero {# vienību} one {# vienība} other {# vienības}}, {points, plural, zero {# ECVET punktu} one {# ECVET punkts} other {# ECVET punkti}} ārpus kopējā apjoma',
  'pathways.facts.partials': 'Daļējas kvalifikācijas (apliecināmas atsevišķi)',
  'pathways.facts.partialValue':
    'vienības {units}, {points, plural, zero {# ECVET punktu} one {# ECVET punkts} other {# ECVET punkti}}',
  'pathways.unit.addOn': 'Papildkvalifikācija',
  'pathways.unit.addOnNote':
    'fakultatīva, tās punkti netiek ieskaitīti kvalifikācijas kopējā apjomā',
  'pathways.unit.mandatory': 'Obligāta',
  'pathways.unit.elective': 'Izvēles',
  'pathways.unit.outcomes': 'Mācīšanās rezultāti',
  'pathways.unit.noOutcomes': 'Šai vienībai nav norādīti mācīšanās rezultāti.',
  'pathways.unit.continuesUntil': 'turpinās līdz {year}. mācību gadam',
  'pathways.unit.continuesUntilTerm': 'turpinās līdz {year}. mācību gada {term}. semestrim',
  'pathways.unit.continuesUntilTermOnly': 'turpinās līdz {term}. semestrim',
  'pathways.unit.continuedFrom': 'turpinājums no {year}. mācību gada',
  'pathways.unit.continuedFromUntilTerm':
    'turpinājums no {year}. mācību gada, līdz {term}. semestrim',
  'pathways.unit.guidedHours':
    '{hours, plural, zero {# vadītu mācību stundu} one {# vadītu mācību stunda} other {# vadītu mācību stundas}}',
  'pathways.unit.nationalCredits':
    '{credits, plural, zero {# nacionālo kredītpunktu} one {# nacionālais kredītpunkts} other {# nacionālie kredītpunkti}}',
  'pathways.wbl.label': 'Darba vidē balstītas mācības',
  'pathways.wbl.hours':
    '{hours, plural, zero {# stundu} one {# stunda} other {# stundas}} uzņēmumā',
  'pathways.wbl.company': 'Uzņēmums',
  'pathways.wbl.units': 'Vienības',
  'pathways.exam.list': '{year}. mācību gada pārbaudījumi',
  'pathways.exam.label': 'Pārbaudījums {code}',
  'pathways.exam.weight': '{weight} % no gala vērtējuma',
  'pathways.exam.term': '{term}. semestrī',
  'pathways.exam.endOfYear': 'mācību gada beigās',
  'pathways.exam.methods': 'Vērtēšanas metodes',
  'pathways.exam.assesses': 'Ko novērtē',
  'pathways.exam.outcomes':
    '{count, plural, zero {# atsevišķu mācīšanās rezultātu} one {# atsevišķs mācīšanās rezultāts} other {# atsevišķi mācīšanās rezultāti}}',
  'pathways.exam.and': '{units} un {outcomes}',
} satisfies Translations;
