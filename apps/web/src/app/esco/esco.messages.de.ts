import type { Translations } from '../core/i18n/i18n';

export default {
  'title.coverage': 'Kompetenzabdeckung',
  'esco.picker.skillPlaceholder': 'ESCO-Kompetenzen suchen oder eine Kompetenz-URI einfügen',
  'esco.picker.occupationPlaceholder': 'ESCO-Berufe suchen oder eine Berufs-URI einfügen',
  'esco.picker.skills': 'ESCO-Kompetenzen',
  'esco.picker.occupations': 'ESCO-Berufe',
  'esco.picker.none': 'In ESCO nichts gefunden.',
  'esco.picker.failed': 'Der ESCO-Katalog konnte nicht durchsucht werden.',
  'esco.picker.invalidUri': 'Dies ist keine ESCO-URI der gesuchten Art.',
  'esco.suggestions.title': 'Vorgeschlagene ESCO-Kompetenzen:',
  'esco.suggestions.accept': 'Vorgeschlagene Kompetenz {skill} verknüpfen',
  'esco.suggestions.because': 'Gemeinsame Wörter: {words}',
  'esco.relation.essential': 'essenziell',
  'esco.relation.optional': 'optional',
  'coverage.open': 'Kompetenzabdeckung (ESCO)',
  'coverage.back': 'Zurück zum Curriculum',
  'coverage.heading': 'Kompetenzabdeckung: {code}',
  'coverage.summary': 'Zusammenfassung',
  'coverage.occupation': 'Zielberuf:',
  'coverage.essential': 'Abgedeckte essenzielle Kompetenzen',
  'coverage.covered': '{covered} von {total} ({percent} %)',
  'coverage.pointsShare': 'Punkte für essenzielle Kompetenzen',
  'coverage.pointsShareValue': '{percent} % von {points} ECVET-Punkten',
  'coverage.optional': 'Abgedeckte optionale Kompetenzen',
  'coverage.noOccupation':
    'Das Curriculum nennt keinen Zielberuf: Wählen Sie im Editor einen aus, um zu sehen, welche seiner Kompetenzen abgedeckt sind.',
  'coverage.csv': 'Als CSV herunterladen',
  'coverage.gaps':
    '{count, plural, =0 {Keine Lücken} one {# Lücke: eine essenzielle Kompetenz, die keine Einheit vermittelt} other {# Lücken: essenzielle Kompetenzen, die keine Einheit vermittelt}}',
  'coverage.noGaps':
    'Jede essenzielle Kompetenz des Berufs wird von mindestens einer Einheit vermittelt.',
  'coverage.verdict': 'Urteil',
  'coverage.commentText': 'Ihr Kommentar zu dieser Lücke',
  'coverage.send': 'Kommentar senden',
  'coverage.cancel': 'Abbrechen',
  'coverage.comment': 'Diese Lücke kommentieren',
  'coverage.commentOn': 'Die Lücke {skill} kommentieren',
  'coverage.heatmap': 'Einheiten und Kompetenzen',
  'coverage.allSkills':
    'Alle Kompetenzen anzeigen, die die Einheiten vermitteln, nicht nur die essenziellen',
  'coverage.heatmapCaption':
    'ECVET-Punkte, die jede Einheit auf jede Kompetenz verwendet; leere Zelle: keine.',
  'coverage.unit': 'Einheit',
  'coverage.areas': 'Industrie-4.0-Felder je Jahr',
  'coverage.areasCaption':
    'ECVET-Punkte und Lernergebnisse je Industrie-4.0-Feld und Ausbildungsjahr.',
  'coverage.area': 'Feld',
  'coverage.total': 'Insgesamt',
  'coverage.pointsOutcomes':
    '{points} Punkte, {outcomes, plural, one {# Lernergebnis} other {# Lernergebnisse}}',
  'coverage.notNeeded':
    '{count, plural, one {# Kompetenz, die der Beruf nicht benötigt} other {# Kompetenzen, die der Beruf nicht benötigt}}',
  'coverage.inUnits': 'in {units}',
  'coverage.source': 'Kompetenzen und Berufe: {source}.',
  'coverage.area.innovation-capacity': 'Innovationsfähigkeit',
  'coverage.area.digital-production': 'Digitale Produktion',
  'coverage.area.digital-work': 'Digitale Arbeit',
  'coverage.area.organisational-learning': 'Organisationales Lernen',
  'coverage.area.leadership-communication': 'Führung und Kommunikation',
  'coverage.area.workplace-innovation': 'Innovation am Arbeitsplatz',
} satisfies Translations;
