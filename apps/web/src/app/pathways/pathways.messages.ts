import type { MessageBundle } from '../core/i18n/i18n';

/** Texts of the catalogue and the learner pathway (registered when the area loads). */
export const PATHWAYS_MESSAGES: MessageBundle = {
  en: {
    'pathways.catalogue.lead':
      'Published VET curricula. Open one to follow its pathway year by year: the units, the company placements and the ECVET points you accumulate.',
    'pathways.search.form': 'Search the catalogue',
    'pathways.search.label': 'Search titles, codes, units and outcomes',
    'pathways.filter.eqf': 'EQF level',
    'pathways.filter.eqfAll': 'All levels',
    'pathways.filter.language': 'Content language',
    'pathways.filter.languageAll': 'All languages',
    'pathways.filter.clear': 'Clear search and filters',
    'pathways.results': '{count, plural, one {# curriculum} other {# curricula}}',
    'pathways.results.empty': 'No curriculum matches your search.',
    'pathways.results.error': 'The catalogue could not be loaded: {message}',
    'pathways.card.code': 'Code',
    'pathways.card.languages': 'Languages',
    'pathways.card.status': 'Status',
    'pathways.back': 'Back to the catalogue',
    'pathways.notFound': 'This curriculum does not exist or has not been published.',
    'pathways.loadError': 'The curriculum could not be loaded: {message}',
    'pathways.facts.title': 'About the qualification',
    'pathways.facts.code': 'Code',
    'pathways.facts.eqf': 'EQF level',
    'pathways.facts.nqf': 'National qualification level',
    'pathways.facts.isced': 'ISCED-F field of education',
    'pathways.facts.occupation': 'Occupation (ESCO)',
    'pathways.facts.escoSource': 'Occupations: {source}.',
    'pathways.facts.duration': 'Duration',
    'pathways.facts.durationValue':
      '{years, plural, one {# year} other {# years}} ({months, plural, one {# month} other {# months}}), {mode}',
    'pathways.facts.fullTime': 'full-time',
    'pathways.facts.partTime': 'part-time',
    'pathways.facts.points': 'Total ECVET points',
    'pathways.facts.version': 'Published version',
    'pathways.facts.versionValue': 'Version {number} of {date}',
    'pathways.language.hint':
      'Texts not yet translated are shown in another language, marked with its code.',
    'pathways.downloads.title': 'Downloads',
    'pathways.downloads.pathway': 'Learner pathway (PDF, {language})',
    'pathways.downloads.document': 'Curriculum document (PDF, {language})',
    'pathways.timeline.title': 'Pathway year by year',
    'pathways.timeline.wholeYear': 'Throughout the year',
    'pathways.timeline.yearPoints':
      '{points, plural, one {# ECVET point} other {# ECVET points}} in this year',
    'pathways.timeline.accumulated':
      '{points} / {total, plural, one {# ECVET point} other {# ECVET points}} after year {year}',
    'pathways.timeline.electives.points-at-least':
      'Choose units worth at least {points, plural, one {# ECVET point} other {# ECVET points}} from the elective group',
    'pathways.timeline.electives.points-exactly':
      'Choose units worth exactly {points, plural, one {# ECVET point} other {# ECVET points}} from the elective group',
    'pathways.timeline.electives.units':
      'Choose {count} of {total, plural, one {# unit} other {# units}} ({points, plural, one {# ECVET point} other {# ECVET points}}) from the elective group',
    'pathways.timeline.addOnPoints':
      '+ {points, plural, one {# ECVET point} other {# ECVET points}} of optional add-on qualifications, outside the total',
    'pathways.facts.addOns': 'Optional add-on qualifications',
    'pathways.facts.addOnsValue':
      '{count, plural, one {# unit} other {# units}}, {points, plural, one {# ECVET point} other {# ECVET points}} outside the total',
    'pathways.facts.partials': 'Partial qualifications (certified alone)',
    'pathways.facts.partialValue':
      'units {units}, {points, plural, one {# ECVET point} other {# ECVET points}}',
    'pathways.unit.addOn': 'Add-on',
    'pathways.unit.addOnNote': "optional, its points count outside the qualification's total",
    'pathways.unit.mandatory': 'Mandatory',
    'pathways.unit.elective': 'Elective',
    'pathways.unit.outcomes': 'Learning outcomes',
    'pathways.unit.noOutcomes': 'No learning outcomes are listed for this unit.',
    'pathways.unit.continuesUntil': 'continues until year {year}',
    'pathways.unit.continuesUntilTerm': 'continues until year {year} (term {term})',
    'pathways.unit.continuesUntilTermOnly': 'continues until term {term}',
    'pathways.unit.continuedFrom': 'continued from year {year}',
    'pathways.unit.continuedFromUntilTerm': 'continued from year {year}, until term {term}',
    'pathways.unit.guidedHours': '{hours, plural, one {# hour} other {# hours}} of guided learning',
    'pathways.unit.nationalCredits':
      '{credits, plural, one {# national credit} other {# national credits}}',
    'pathways.wbl.label': 'Work-based learning',
    'pathways.wbl.hours': '{hours, plural, one {# hour} other {# hours}} in a company',
    'pathways.wbl.company': 'Company',
    'pathways.wbl.units': 'Units',
    'pathways.exam.list': 'Examination in year {year}',
    'pathways.exam.label': 'Examination {code}',
    'pathways.exam.weight': '{weight} % of the final result',
    'pathways.exam.term': 'term {term}',
    'pathways.exam.endOfYear': 'at the end of the year',
    'pathways.exam.methods': 'How',
    'pathways.exam.assesses': 'Assesses',
    'pathways.exam.outcomes':
      '{count, plural, one {# single learning outcome} other {# single learning outcomes}}',
    'pathways.exam.and': '{units} and {outcomes}',
  },
  translations: {
    de: () => import('./pathways.messages.de').then((m) => m.default),
    lt: () => import('./pathways.messages.lt').then((m) => m.default),
    lv: () => import('./pathways.messages.lv').then((m) => m.default),
    et: () => import('./pathways.messages.et').then((m) => m.default),
  },
};
