import type { Translations } from '../core/i18n/i18n';

export default {
  'pathways.catalogue.lead':
    'Veröffentlichte Curricula der Berufsbildung. Öffnen Sie eines, um seinem Lernpfad Jahr für Jahr zu folgen: Einheiten, betriebliche Phasen und die ECVET-Punkte, die Sie sammeln.',
  'pathways.search.form': 'Katalog durchsuchen',
  'pathways.search.label': 'Titel, Kürzel, Einheiten und Lernergebnisse durchsuchen',
  'pathways.filter.eqf': 'EQR-Niveau',
  'pathways.filter.eqfAll': 'Alle Niveaus',
  'pathways.filter.language': 'Inhaltssprache',
  'pathways.filter.languageAll': 'Alle Sprachen',
  'pathways.filter.clear': 'Suche und Filter zurücksetzen',
  'pathways.results': '{count, plural, one {# Curriculum} other {# Curricula}}',
  'pathways.results.empty': 'Kein Curriculum passt zu Ihrer Suche.',
  'pathways.results.error': 'Der Katalog konnte nicht geladen werden: {message}',
  'pathways.card.code': 'Kürzel',
  'pathways.card.languages': 'Sprachen',
  'pathways.card.status': 'Status',
  'pathways.back': 'Zurück zum Katalog',
  'pathways.notFound': 'Dieses Curriculum gibt es nicht oder es ist nicht veröffentlicht.',
  'pathways.loadError': 'Das Curriculum konnte nicht geladen werden: {message}',
  'pathways.facts.title': 'Zur Qualifikation',
  'pathways.facts.code': 'Kürzel',
  'pathways.facts.eqf': 'EQR-Niveau',
  'pathways.facts.nqf': 'NQR-Niveau',
  'pathways.facts.isced': 'ISCED-F-Bildungsfeld',
  'pathways.facts.occupation': 'Beruf (ESCO)',
  'pathways.facts.escoSource': 'Berufe: {source}.',
  'pathways.facts.duration': 'Dauer',
  'pathways.facts.durationValue':
    '{years, plural, one {# Jahr} other {# Jahre}} ({months, plural, one {# Monat} other {# Monate}}), {mode}',
  'pathways.facts.fullTime': 'Vollzeit',
  'pathways.facts.partTime': 'Teilzeit',
  'pathways.facts.points': 'ECVET-Punkte insgesamt',
  'pathways.facts.version': 'Veröffentlichte Fassung',
  'pathways.facts.versionValue': 'Fassung {number} vom {date}',
  'pathways.language.hint':
    'Noch nicht übersetzte Texte erscheinen in einer anderen Sprache, markiert mit deren Kürzel.',
  'pathways.downloads.title': 'Downloads',
  'pathways.downloads.pathway': 'Lernpfad (PDF, {language})',
  'pathways.downloads.document': 'Curriculum-Dokument (PDF, {language})',
  'pathways.timeline.title': 'Der Lernpfad Jahr für Jahr',
  'pathways.timeline.wholeYear': 'Über das ganze Jahr',
  'pathways.timeline.yearPoints':
    '{points, plural, one {# ECVET-Punkt} other {# ECVET-Punkte}} in diesem Jahr',
  'pathways.timeline.accumulated':
    '{points} / {total, plural, one {# ECVET-Punkt} other {# ECVET-Punkte}} nach Jahr {year}',
  'pathways.timeline.electives.points-at-least':
    'Einheiten mit mindestens {points, plural, one {# ECVET-Punkt} other {# ECVET-Punkten}} aus dem Wahlpflichtbereich wählen',
  'pathways.timeline.electives.points-exactly':
    'Einheiten mit genau {points, plural, one {# ECVET-Punkt} other {# ECVET-Punkten}} aus dem Wahlpflichtbereich wählen',
  'pathways.timeline.electives.units':
    '{count} von {total, plural, one {# Einheit} other {# Einheiten}} ({points, plural, one {# ECVET-Punkt} other {# ECVET-Punkte}}) aus dem Wahlpflichtbereich wählen',
  'pathways.timeline.addOnPoints':
    '+ {points, plural, one {# ECVET-Punkt} other {# ECVET-Punkte}} freiwilliger Zusatzqualifikationen, außerhalb der Gesamtpunkte',
  'pathways.facts.addOns': 'Freiwillige Zusatzqualifikationen',
  'pathways.facts.addOnsValue':
    '{count, plural, one {# Einheit} other {# Einheiten}}, {points, plural, one {# ECVET-Punkt} other {# ECVET-Punkte}} außerhalb der Gesamtpunkte',
  'pathways.facts.partials': 'Teilqualifikationen (einzeln bescheinigt)',
  'pathways.facts.partialValue':
    'Einheiten {units}, {points, plural, one {# ECVET-Punkt} other {# ECVET-Punkte}}',
  'pathways.unit.addOn': 'Zusatzqualifikation',
  'pathways.unit.addOnNote': 'freiwillig, ihre Punkte zählen außerhalb der Gesamtpunkte',
  'pathways.unit.mandatory': 'Pflicht',
  'pathways.unit.elective': 'Wahl',
  'pathways.unit.outcomes': 'Lernergebnisse',
  'pathways.unit.noOutcomes': 'Für diese Einheit sind keine Lernergebnisse angegeben.',
  'pathways.unit.continuesUntil': 'läuft bis Jahr {year}',
  'pathways.unit.continuesUntilTerm': 'läuft bis Jahr {year} (Halbjahr {term})',
  'pathways.unit.continuesUntilTermOnly': 'läuft bis Halbjahr {term}',
  'pathways.unit.continuedFrom': 'fortgesetzt aus Jahr {year}',
  'pathways.unit.continuedFromUntilTerm': 'fortgesetzt aus Jahr {year}, bis Halbjahr {term}',
  'pathways.unit.guidedHours':
    '{hours, plural, one {# Stunde} other {# Stunden}} angeleitetes Lernen',
  'pathways.unit.nationalCredits':
    '{credits, plural, one {# nationaler Leistungspunkt} other {# nationale Leistungspunkte}}',
  'pathways.wbl.label': 'Betriebliche Phase',
  'pathways.wbl.hours': '{hours, plural, one {# Stunde} other {# Stunden}} im Unternehmen',
  'pathways.wbl.company': 'Unternehmen',
  'pathways.wbl.units': 'Einheiten',
  'pathways.exam.list': 'Prüfung in Jahr {year}',
  'pathways.exam.label': 'Prüfung {code}',
  'pathways.exam.weight': '{weight} % des Endergebnisses',
  'pathways.exam.term': 'Halbjahr {term}',
  'pathways.exam.endOfYear': 'am Ende des Jahres',
  'pathways.exam.methods': 'Prüfungsform',
  'pathways.exam.assesses': 'Prüft',
  'pathways.exam.outcomes':
    '{count, plural, one {# einzelnes Lernergebnis} other {# einzelne Lernergebnisse}}',
  'pathways.exam.and': '{units} und {outcomes}',
} satisfies Translations;
