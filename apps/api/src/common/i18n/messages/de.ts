import type { Catalogue } from '../server-messages';

/** The API's messages in de, by their English key (ADR 0026). */
export const DE: Catalogue = {
  'Log in first (session cookie or Authorization: Bearer <token>).':
    'Bitte melden Sie sich zuerst an (Sitzungscookie oder Authorization: Bearer <token>).',
  'Missing or wrong {0} header for a cookie-authenticated write.':
    'Der Header {0} fehlt oder ist falsch; Schreibzugriffe mit Anmeldung per Cookie brauchen ihn.',
  'This needs the role {0}; you are {1}.': 'Dafür ist die Rolle {0} nötig; Ihre Rolle ist {1}.',
  'Wrong e-mail or password.': 'E-Mail oder Passwort ist falsch.',
  'Too many wrong passwords for this account: wait before the next attempt.':
    'Zu viele falsche Passwörter für dieses Konto: Bitte warten Sie vor dem nächsten Versuch.',
  'Too many failed logins from your network: wait before the next attempt.':
    'Zu viele fehlgeschlagene Anmeldungen aus Ihrem Netzwerk: Bitte warten Sie vor dem nächsten Versuch.',
  'The server is busy checking passwords; try again.':
    'Der Server ist mit der Prüfung von Passwörtern ausgelastet; bitte versuchen Sie es erneut.',
  '{0} must be at least {1} characters long ({2} given); a passphrase of several words is easiest to remember':
    '{0} muss mindestens {1} Zeichen lang sein ({2} eingegeben); eine Passphrase aus mehreren Wörtern lässt sich am leichtesten merken',
  '{0} is one of the most common passwords found in data breaches':
    '{0} ist eines der häufigsten Passwörter aus Datenlecks',
  '{0} is too easy to guess ({1}); add more words or characters':
    '{0} ist zu leicht zu erraten ({1}); fügen Sie weitere Wörter oder Zeichen hinzu',
  '{0} is too easy to guess; add more words or characters':
    '{0} ist zu leicht zu erraten; fügen Sie weitere Wörter oder Zeichen hinzu',
  'currentPassword is not your current password':
    'currentPassword ist nicht Ihr aktuelles Passwort',
  'token is unknown, expired or already used: ask an administrator for a new link':
    'token ist unbekannt, abgelaufen oder bereits verwendet: Bitten Sie die Administration um einen neuen Link',
  'Request body is too large': 'Der Inhalt der Anfrage ist zu groß',
  'Too many requests from your address: wait a moment.':
    'Zu viele Anfragen von Ihrer Adresse: Bitte warten Sie einen Moment.',
  'Log in first: without a session a request body may have at most {0} bytes.':
    'Bitte melden Sie sich zuerst an: Ohne Sitzung darf der Inhalt einer Anfrage höchstens {0, plural, one {# Byte} other {# Bytes}} groß sein.',
  'a {0} needs the id of a {1}': 'Die Rolle {0} braucht die ID einer Einrichtung vom Typ {1}',
  'a {0} belongs to no institution': 'Die Rolle {0} gehört zu keiner Einrichtung',
  'An account for {0} exists already.': 'Für {0} gibt es bereits ein Konto.',
  '{0} is not among the languages': '{0} gehört nicht zu den Sprachen',
  'A curriculum with published versions cannot be deleted; archive it instead.':
    'Ein Curriculum mit veröffentlichten Versionen kann nicht gelöscht werden; archivieren Sie es stattdessen.',
  'Only authors of the owning institution may do this.':
    'Das dürfen nur Autorinnen und Autoren der Einrichtung, der das Curriculum gehört.',
  'Curriculum {0} is {1}; reopen it for editing first (POST /api/v1/curricula/{2}/reopen): that starts a new draft, and learners keep the published version until the next one.':
    'Curriculum {0} hat den Status {1}; öffnen Sie es zuerst wieder zur Bearbeitung (POST /api/v1/curricula/{2}/reopen): Das legt einen neuen Entwurf an, und Lernende behalten die veröffentlichte Fassung bis zur nächsten.',
  'Curriculum {0} is {1}; it can be edited as a draft or with requested changes.':
    'Curriculum {0} hat den Status {1}; bearbeiten lässt es sich nur als Entwurf oder mit erbetenen Änderungen.',
  'The audit trail is for the authors of this curriculum and admins.':
    'Das Änderungsprotokoll ist den Autorinnen und Autoren dieses Curriculums und der Administration vorbehalten.',
  'no unit has the code {0}': 'Keine Einheit hat das Kürzel {0}',
  'unit {0} has no outcome {1}': 'Einheit {0} hat kein Lernergebnis Nr. {1}',
  'unit codes must be unique': 'Die Kürzel der Einheiten müssen eindeutig sein',
  'CASE identifiers of units and outcomes must be unique':
    'Die CASE-Kennungen der Einheiten und Lernergebnisse müssen eindeutig sein',
  'This package is curriculum {0} ({1}), which is {2}: an import updates its draft once the review round is over (or request changes first).':
    'Dieses Paket ist das Curriculum {0} ({1}) mit dem Status {2}: Ein Import aktualisiert seinen Entwurf erst nach Abschluss der Begutachtungsrunde (oder erbitten Sie zuerst Änderungen).',
  'must list each of the {0} unit ids exactly once':
    'muss {0, plural, one {die ID der einen Einheit} other {jede der # IDs der Einheiten}} genau einmal aufführen',
  'must list each of the {0} learning outcome ids exactly once':
    'muss {0, plural, one {die ID des einen Lernergebnisses} other {jede der # IDs der Lernergebnisse}} genau einmal aufführen',
  'must list each of the {0} work-based learning period ids exactly once':
    'muss {0, plural, one {die ID der einen betrieblichen Phase} other {jede der # IDs der betrieblichen Phasen}} genau einmal aufführen',
  '{0} is not a unit of this curriculum': '{0} ist keine Einheit dieses Curriculums',
  '{0} is not a learning outcome of this curriculum':
    '{0} ist kein Lernergebnis dieses Curriculums',
  'must be one language code': 'muss genau ein Sprachcode sein',
  'the {0} export has no versions to choose from':
    'Beim Export {0} gibt es keine Versionen zur Auswahl',
  'must be one of {0}': 'muss einer der folgenden Werte sein: {0}',
  "must be one of the curriculum's languages: {0}":
    'muss eine der Sprachen des Curriculums sein: {0}',
  'Database unavailable': 'Datenbank nicht erreichbar',
  'must be a school': 'muss eine Schule sein',
  'must be the id of an association': 'muss die ID eines Verbands sein',
  'EQF level': 'EQR-Niveau',
  'no item hangs below the CFDocument (by isChildOf or isPartOf): the import would create an empty curriculum':
    'Kein Element hängt unter dem CFDocument (über isChildOf oder isPartOf): Der Import würde ein leeres Curriculum anlegen',
  'no unit has the code {0} (unit {1})': 'Keine Einheit hat das Kürzel {0} (Einheit {1})',
  duration: 'Dauer',
  'ISCED-F code': 'ISCED-F-Code',
  'reference duration': 'Referenzdauer',
  'form of study': 'Ausbildungsform',
  intensity: 'Intensität',
  'ECVET points': 'ECVET-Punkte',
  'and {0} more defaults: {1}':
    'Außerdem {0, plural, one {# weiterer Standardwert} other {# weitere Standardwerte}}: {1}',
  '{0}: not in the package, a default was used ({1}×) — please check':
    '{0}: nicht im Paket, ein Standardwert wurde verwendet ({1}×) – bitte prüfen',
  'must be a list of field names': 'muss eine Liste von Feldnamen sein',
  '{0} is not in the package: {1} was used — please check':
    '{0} fehlt im Paket: {1} wurde verwendet – bitte prüfen',
  'must be an integer from {0} to {1}, got {2}':
    'muss eine ganze Zahl von {0} bis {1} sein, angegeben: {2}',
  'must be a number from {0} to {1}, got {2}':
    'muss eine Zahl von {0} bis {1} sein, angegeben: {2}',
  'must be true or false': 'muss true oder false sein',
  'is not a valid {0}: {1}': 'ist als {0} ungültig: {1}',
  'curriculum code': 'Kürzel des Curriculums',
  code: 'Kürzel',
  'must be a unit code': 'muss das Kürzel einer Einheit sein',
  language: 'Sprache',
  'must be a list of 1 to 30 language codes': 'muss eine Liste von 1 bis 30 Sprachcodes sein',
  'must include the primary language {0}': 'muss die Hauptsprache {0} enthalten',
  "must be a list of the curriculum's languages":
    'muss eine Liste von Sprachen des Curriculums sein',
  'must map language codes to texts': 'muss Sprachcodes Texten zuordnen',
  'must be a list of {0}': 'muss eine Liste aus folgenden Werten sein: {0}',
  'must be an ESCO reference { uri, label }': "muss eine ESCO-Referenz '{ uri, label }' sein",
  'must be a list of at most {0} ESCO references':
    'muss eine Liste von höchstens {0, plural, one {# ESCO-Referenz} other {# ESCO-Referenzen}} sein',
  'must be an object': 'muss ein Objekt sein',
  'must be a list of at most {0} groups':
    'muss eine Liste von höchstens {0, plural, one {# Wahlpflichtbereich} other {# Wahlpflichtbereichen}} sein',
  'group code': 'Kürzel des Wahlpflichtbereichs',
  'choice rule': 'Wahlregel',
  'must be a list of at most 500 periods':
    'muss eine Liste von höchstens 500 betrieblichen Phasen sein',
  'must be a list of at most {0} parts':
    'muss eine Liste von höchstens {0, plural, one {# Prüfungsteil} other {# Prüfungsteilen}} sein',
  'part code': 'Kürzel des Prüfungsteils',
  'must be a list of at most {0} entries':
    'muss eine Liste von höchstens {0, plural, one {# Eintrag} other {# Einträgen}} sein',
  'must name a unit code and the index of one of its outcomes':
    'muss das Kürzel einer Einheit und den Index eines ihrer Lernergebnisse nennen',
  'the package must be a JSON object with a CFDocument':
    'Das Paket muss ein JSON-Objekt mit einem CFDocument sein',
  'is missing or not an object': 'fehlt oder ist kein Objekt',
  'is missing': 'fehlt',
  'is missing or not a string': 'fehlt oder ist keine Zeichenkette',
  'must be an array': 'muss ein Array sein',
  'has {0} items; at most {1} are accepted':
    'enthält {0, plural, one {# Element} other {# Elemente}}; höchstens {1, plural, one {# wird} other {# werden}} angenommen',
  'has {0} associations; at most {1} are accepted':
    'enthält {0, plural, one {# Verknüpfung} other {# Verknüpfungen}}; höchstens {1, plural, one {# wird} other {# werden}} angenommen',
  'duplicate identifier {0}': 'Die Kennung {0} kommt doppelt vor',
  'must be an integer': 'muss eine ganze Zahl sein',
  'points to {0}, which is no CFItem of the package':
    'verweist auf {0}; das ist kein CFItem des Pakets',
  'points to {0}, which is neither the CFDocument nor a CFItem of the package':
    'verweist auf {0}; das ist weder das CFDocument noch ein CFItem des Pakets',
  '{0} is a child of itself (cycle)': '{0} ist ein Kind von sich selbst (Zyklus)',
  '{0} associations form a cycle through {1}':
    'Verknüpfungen vom Typ {0} bilden einen Zyklus über {1}',
  'unit EQF level': 'EQR-Niveau der Einheit',
  'unit ECVET points': 'ECVET-Punkte der Einheit',
  'unit year': 'Jahr der Einheit',
  'outcome category': 'Kategorie des Lernergebnisses',
  'a number is required': 'Eine Zahl ist erforderlich',
  '"{0}" is not a number': '„{0}“ ist keine Zahl',
  '{0} is not a whole number': '{0} ist keine ganze Zahl',
  '{0} is outside {1}..{2}': '{0} liegt außerhalb von {1}..{2}',
  '"{0}" is not true or false': '„{0}“ ist weder wahr noch falsch',
  'unknown value "{0}" (allowed: {1})': 'Unbekannter Wert „{0}“ (erlaubt: {1})',
  'a code is required': 'Ein Kürzel ist erforderlich',
  'must be a JSON list of {"uri": …, "label": {"<lang>": …}}':
    'muss eine JSON-Liste von Objekten der Form \'{"uri": …, "label": {"<lang>": …}}\' sein',
  'a quoted cell is never closed (missing ")':
    'Eine Zelle in Anführungszeichen wird nie geschlossen (" fehlt)',
  'text after the closing quote of a cell':
    'Text nach dem schließenden Anführungszeichen einer Zelle',
  'no row with record curriculum': 'Keine Zeile hat in der Spalte record den Wert curriculum',
  'only one curriculum row is allowed': 'Nur eine Zeile vom Typ curriculum ist erlaubt',
  'lists "{0}", but the file has no column for it (title.{1}, description.{2} …): no text in "{3}" is imported':
    'nennt „{0}“, aber die Datei hat dafür keine Spalte (title.{1}, description.{2} …): Es wird kein Text in „{3}“ importiert',
  'the column appears more than once': 'Die Spalte kommt mehr als einmal vor',
  '"{0}" is not a language code': '„{0}“ ist kein Sprachcode',
  'unknown column': 'Unbekannte Spalte',
  'missing column': 'Fehlende Spalte',
  'is not in the file (written before the ECVET model v2 of issue #17): the default is used — please check':
    'fehlt in der Datei (geschrieben vor dem ECVET-Modell v2 aus Issue #17): Der Standardwert wird verwendet – bitte prüfen',
  'not used in a {0} row; leave it empty':
    'wird in einer Zeile vom Typ {0} nicht verwendet; lassen Sie die Zelle leer',
  'at least one language is required': 'Mindestens eine Sprache ist erforderlich',
  'a language is listed twice': 'Eine Sprache ist doppelt aufgeführt',
  '"{0}" is not one of the languages': '„{0}“ ist keine der Sprachen',
  'an occupation label needs the occupation URI':
    'Eine Berufsbezeichnung braucht die URI des Berufs',
  'elective group {0} appears twice': 'Der Wahlpflichtbereich {0} kommt doppelt vor',
  'no elective group has the code {0}': 'Kein Wahlpflichtbereich hat das Kürzel {0}',
  'unit {0} has different data in row {1} ("{2}" there, "{3}" here)':
    'Einheit {0} hat in Zeile {1} andere Daten („{2}“ dort, „{3}“ hier)',
  'unknown category "{0}" (allowed: {1})': 'Unbekannte Kategorie „{0}“ (erlaubt: {1})',
  'an ESCO label needs the ESCO URI': 'Eine ESCO-Bezeichnung braucht die ESCO-URI',
  'further ESCO skills need a main one first':
    'Weitere ESCO-Kompetenzen brauchen zuerst eine Hauptkompetenz',
  'a unit cannot require itself': 'Eine Einheit kann nicht sich selbst voraussetzen',
  'prerequisite cycle: {0}': 'Zyklus in den Voraussetzungen: {0}',
  '"{0}" is not <unit code>#<number>': '„{0}“ hat nicht die Form <Kürzel der Einheit>#<Nummer>',
  'send the spreadsheet as text/csv (UTF-8) in the request body':
    'Senden Sie die Tabelle als text/csv (UTF-8) im Inhalt der Anfrage',
  'the file is empty': 'Die Datei ist leer',
  'the file is not valid UTF-8 (save it as "CSV UTF-8" — e.g. Windows-1252 or ISO-8859 umlauts cannot be read)':
    'Die Datei ist kein gültiges UTF-8 (speichern Sie sie als „CSV UTF-8“ – Umlaute z. B. in Windows-1252 oder ISO-8859 können nicht gelesen werden)',
  'the file contains binary data (control character U+{0}); it is not a CSV text file':
    'Die Datei enthält Binärdaten (Steuerzeichen U+{0}); sie ist keine CSV-Textdatei',
  'too many rows: at most {0} rows after the header':
    'Zu viele Zeilen: höchstens {0, plural, one {# Zeile} other {# Zeilen}} nach der Kopfzeile',
  '{0} cells but the header has {1} columns':
    '{0, plural, one {# Zelle} other {# Zellen}}, aber die Kopfzeile hat {1, plural, one {# Spalte} other {# Spalten}}',
  'has no curriculum table (a table whose first cell is "curriculum")':
    'enthält keine Curriculum-Tabelle (eine Tabelle, deren erste Zelle „curriculum“ ist)',
  'a document describes one curriculum: this is its second curriculum table':
    'Ein Dokument beschreibt ein einziges Curriculum: Dies ist seine zweite Curriculum-Tabelle',
  "is missing: the {0} texts of this table are left empty ({1} is one of the curriculum's languages)":
    'fehlt: Die Texte der Sprache {0} bleiben in dieser Tabelle leer ({1} ist eine der Sprachen des Curriculums)',
  'unit {0} appears twice (also {1})': 'Die Einheit {0} kommt doppelt vor (auch {1})',
  'is not a language code (or it is given twice); the column was not read':
    'ist kein Sprachcode (oder kommt doppelt vor); die Spalte wurde nicht gelesen',
  'is not a table of the template (its first cell is "{0}", not {1}); it was not read':
    'ist keine Tabelle der Vorlage (ihre erste Zelle ist „{0}“, nicht {1}); sie wurde nicht gelesen',
  'is not a row of a {0} table; the first cell must be one of {1}':
    'ist keine Zeile einer Tabelle vom Typ {0}; die erste Zelle muss einer dieser Werte sein: {1}',
  'the row appears twice (row {0})': 'Die Zeile kommt doppelt vor (Zeile {0})',
  'missing row': 'Fehlende Zeile',
  'is damaged: its XML ends in the middle of a tag':
    'ist beschädigt: Das XML endet mitten in einem Tag',
  'holds a DOCTYPE, which Word never writes':
    'enthält eine DOCTYPE-Deklaration, die Word nie schreibt',
  'has more than {0} table rows; split the curriculum':
    'hat mehr als {0, plural, one {# Tabellenzeile} other {# Tabellenzeilen}}; teilen Sie das Curriculum auf',
  'is an Excel workbook, not a Word document (.docx)':
    'ist eine Excel-Arbeitsmappe, kein Word-Dokument (.docx)',
  'is a zip archive but not a Word document (.docx): word/document.xml is missing':
    'ist ein ZIP-Archiv, aber kein Word-Dokument (.docx): word/document.xml fehlt',
  'the Word document (.docx) {0}': 'Das Word-Dokument (.docx) {0}',
  'ELM needs a title of the qualification': 'ELM braucht einen Titel der Qualifikation',
  'ELM needs exactly one EQF level, an integer from 1 to 8':
    'ELM braucht genau ein EQR-Niveau, eine ganze Zahl von 1 bis 8',
  'ELM needs the level in the national qualifications framework (NQF), 1 to {0}':
    'ELM braucht das Niveau im nationalen Qualifikationsrahmen (NQR-Niveau), 1 bis {0}',
  'ELM needs an ISCED-F 2013 field of education code, e.g. 0715':
    'ELM braucht den Code eines Bildungsfelds nach ISCED-F 2013, z. B. 0715',
  'ELM needs the ECVET points of the qualification':
    'ELM braucht die ECVET-Punkte der Qualifikation',
  'ELM needs at least one unit with learning outcomes':
    'ELM braucht mindestens eine Einheit mit Lernergebnissen',
  'ELM needs a title of unit {0}': 'ELM braucht einen Titel der Einheit {0}',
  'ELM needs the EQF level (1 to 8) of unit {0}':
    'ELM braucht das EQR-Niveau (1 bis 8) der Einheit {0}',
  'ELM needs the ECVET points of unit {0}': 'ELM braucht die ECVET-Punkte der Einheit {0}',
  'ELM needs at least one learning outcome in unit {0}':
    'ELM braucht mindestens ein Lernergebnis in der Einheit {0}',
  'ELM needs the elective group of unit {0}, one the curriculum declares':
    'ELM braucht den Wahlpflichtbereich der Einheit {0}, und zwar einen, den das Curriculum festlegt',
  'ELM needs the text of every learning outcome': 'ELM braucht den Text jedes Lernergebnisses',
  'ELM needs a title of every WBL period': 'ELM braucht einen Titel jeder betrieblichen Phase',
  'ELM needs the duration in hours of every WBL period':
    'ELM braucht die Dauer jeder betrieblichen Phase in Stunden',
  'The curriculum lacks what the European Learning Model needs: {0} problem(s).':
    'Dem Curriculum fehlt, was das European Learning Model braucht: {0, plural, one {# Problem} other {# Probleme}}.',
  'is a multi-part zip archive': 'ist ein mehrteiliges ZIP-Archiv',
  'is a ZIP64 archive, far larger than any curriculum':
    'ist ein ZIP64-Archiv, weit größer als jedes Curriculum',
  'has {0} files inside; at most {1} are read':
    'enthält {0, plural, one {# Datei} other {# Dateien}}; höchstens {1, plural, one {# wird} other {# werden}} gelesen',
  'is a damaged zip archive': 'ist ein beschädigtes ZIP-Archiv',
  'is a damaged zip archive (central directory)':
    'ist ein beschädigtes ZIP-Archiv (zentrales Verzeichnis)',
  'is encrypted (saved with a password)': 'ist verschlüsselt (mit einem Passwort gespeichert)',
  'uses a compression method ({0}) Office does not write':
    'verwendet eine Komprimierungsmethode ({0}), die Office nicht schreibt',
  'unpacks to more than {0}; a curriculum is far smaller (zip bomb?)':
    'ergibt entpackt mehr als {0}; ein Curriculum ist weit kleiner (ZIP-Bombe?)',
  'is a damaged zip archive ({0})': 'ist ein beschädigtes ZIP-Archiv ({0})',
  'is a damaged zip archive ({0} is cut off)':
    'ist ein beschädigtes ZIP-Archiv ({0} ist abgeschnitten)',
  'holds {0}, which unpacks to more than it declares (zip bomb?)':
    'enthält {0}; entpackt ist das mehr als angegeben (ZIP-Bombe?)',
  'is a damaged zip archive ({0} cannot be inflated)':
    'ist ein beschädigtes ZIP-Archiv ({0} lässt sich nicht entpacken)',
  'holds {0}, which unpacks to another size than it declares':
    'enthält {0}; entpackt hat das eine andere Größe als angegeben',
  'is a damaged zip archive ({0} fails its checksum)':
    'ist ein beschädigtes ZIP-Archiv (die Prüfsumme von {0} stimmt nicht)',
  'holds {0} twice': 'enthält {0} zweimal',
  'is not a zip archive, or it is cut off': 'ist kein ZIP-Archiv oder ist abgeschnitten',
  'is not a sheet of this layout; it was not read':
    'ist kein Tabellenblatt dieses Aufbaus; es wurde nicht gelesen',
  'is missing: the workbook needs the curriculum sheet (code, title, languages …)':
    'fehlt: Die Arbeitsmappe braucht das Tabellenblatt curriculum (code, title, languages …)',
  "is missing: the {0} {1} is left empty ({2} is one of the curriculum's languages)":
    'fehlt: {1} in der Sprache {0} bleibt leer ({2} ist eine der Sprachen des Curriculums)',
  'the code of a unit is required': 'Das Kürzel einer Einheit ist erforderlich',
  'the assessment of unit {0} is given twice':
    'Die Bewertung der Einheit {0} ist doppelt angegeben',
  'unit {0} has two outcomes numbered {1}':
    'Einheit {0} hat zwei Lernergebnisse mit der Nummer {1}',
  'the ESCO skill URI is required': 'Die URI der ESCO-Kompetenz ist erforderlich',
  'unit {0} has no outcome numbered {1}': 'Einheit {0} hat kein Lernergebnis mit der Nummer {1}',
  'further ESCO skills need a main one in the outcomes sheet':
    'Weitere ESCO-Kompetenzen brauchen eine Hauptkompetenz im Tabellenblatt outcomes',
  '"{0}" is not <unit code>#<no>': '„{0}“ hat nicht die Form <Kürzel der Einheit>#<Nr.>',
  'is missing: the new draft gets no elective groups':
    'fehlt: Der neue Entwurf erhält keine Wahlpflichtbereiche',
  'is missing: the new draft gets no units of learning outcomes':
    'fehlt: Der neue Entwurf erhält keine Einheiten von Lernergebnissen',
  'is missing: the new draft gets no assessment of the units':
    'fehlt: Der neue Entwurf erhält keine Bewertung der Einheiten',
  'is missing: the new draft gets no learning outcomes':
    'fehlt: Der neue Entwurf erhält keine Lernergebnisse',
  'is missing: the new draft gets no ESCO skills of the units, and further skills of outcomes':
    'fehlt: Der neue Entwurf erhält keine ESCO-Kompetenzen der Einheiten und keine weiteren Kompetenzen der Lernergebnisse',
  'is missing: the new draft gets no work-based learning periods':
    'fehlt: Der neue Entwurf erhält keine betrieblichen Phasen',
  'is missing: the new draft gets no parts of the assessment plan':
    'fehlt: Der neue Entwurf erhält keine Teile des Prüfungsplans',
  'is missing: the new draft gets no partial qualifications':
    'fehlt: Der neue Entwurf erhält keine Teilqualifikationen',
  'send the Excel workbook (.xlsx) file itself as {0} in the request body':
    'Senden Sie die Excel-Arbeitsmappe (.xlsx) selbst als {0} im Inhalt der Anfrage',
  'is an old-format (.xls/.doc) or password-protected Office file: save it as Excel workbook (.xlsx) without a password':
    'ist eine Office-Datei im alten Format (.xls/.doc) oder mit Passwortschutz: Speichern Sie sie als Excel-Arbeitsmappe (.xlsx) ohne Passwort',
  'is not a Excel workbook (.xlsx) file (not a zip archive)':
    'ist keine Excel-Arbeitsmappe (.xlsx) (kein ZIP-Archiv)',
  'the Excel workbook (.xlsx) file {0}': 'Die Excel-Arbeitsmappe (.xlsx) {0}',
  'send the Word document (.docx) file itself as {0} in the request body':
    'Senden Sie das Word-Dokument (.docx) selbst als {0} im Inhalt der Anfrage',
  'is an old-format (.xls/.doc) or password-protected Office file: save it as Word document (.docx) without a password':
    'ist eine Office-Datei im alten Format (.xls/.doc) oder mit Passwortschutz: Speichern Sie sie als Word-Dokument (.docx) ohne Passwort',
  'is not a Word document (.docx) file (not a zip archive)':
    'ist kein Word-Dokument (.docx) (kein ZIP-Archiv)',
  'the Word document (.docx) file {0}': 'Das Word-Dokument (.docx) {0}',
  'is a Word document, not an Excel workbook (.xlsx)':
    'ist ein Word-Dokument, keine Excel-Arbeitsmappe (.xlsx)',
  'is a zip archive but not an Excel workbook (.xlsx): xl/workbook.xml is missing':
    'ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (.xlsx): xl/workbook.xml fehlt',
  'holds a DOCTYPE in {0}, which Excel never writes':
    'enthält in {0} eine DOCTYPE-Deklaration, die Excel nie schreibt',
  'cannot be read as an Excel workbook ({0})':
    'kann nicht als Excel-Arbeitsmappe gelesen werden ({0})',
  'holds the formula ={0}; formulas are not calculated on import: type the value itself':
    'enthält die Formel ={0}; Formeln werden beim Import nicht berechnet: Geben Sie den Wert selbst ein',
  'holds a date ({0}); format the cell as text and type the value':
    'enthält ein Datum ({0}); formatieren Sie die Zelle als Text und geben Sie den Wert ein',
  'holds the error value {0}': 'enthält den Fehlerwert {0}',
  'holds a value that is neither text nor a number':
    'enthält einen Wert, der weder Text noch Zahl ist',
  'has more than {0} rows after its header; split the curriculum':
    'hat mehr als {0, plural, one {# Zeile} other {# Zeilen}} nach der Kopfzeile; teilen Sie das Curriculum auf',
  'is not a column of this sheet; it was not read':
    'ist keine Spalte dieses Tabellenblatts; sie wurde nicht gelesen',
  'has values but no header; it was not read':
    'hat Werte, aber keine Überschrift; sie wurde nicht gelesen',
  "is missing: the {0} texts of this column are left empty ({1} is one of the curriculum's languages)":
    'fehlt: Die Texte der Sprache {0} bleiben in dieser Spalte leer ({1} ist eine der Sprachen des Curriculums)',
  '"{0}" is not a field of the curriculum; the row was not read':
    '„{0}“ ist kein Feld des Curriculums; die Zeile wurde nicht gelesen',
  'the field appears more than once (row {0})': 'Das Feld kommt mehr als einmal vor (Zeile {0})',
  'Only those who read the working copy follow its changes.':
    'Nur wer den Arbeitsstand lesen darf, kann seine Änderungen verfolgen.',
  'Only staff of a school and learners list learners.':
    'Lernende auflisten können nur Mitarbeitende einer Schule und Lernende.',
  'Only staff of a school enrol its learners.':
    'Nur Mitarbeitende einer Schule können deren Lernende einschreiben.',
  'The learner changed meanwhile; reload it.':
    'Der Eintrag der lernenden Person wurde inzwischen geändert; bitte laden Sie ihn neu.',
  'Only an admin erases a learner.': 'Nur die Administration kann die Daten von Lernenden löschen.',
  "Only an admin exports a learner's data.":
    'Nur die Administration kann die Daten einer lernenden Person exportieren.',
  'The learner was erased.': 'Die Daten der lernenden Person wurden gelöscht.',
  "is not one of the learner's enrolments": 'ist keine Einschreibung dieser lernenden Person',
  'recognised prior learning is a passed result': 'Anerkanntes Vorwissen zählt immer als bestanden',
  'A result recognised from a transcript stays; the transcript is the record of it.':
    'Ein aus einem persönlichen Leistungsnachweis anerkanntes Ergebnis bleibt bestehen; der Nachweis belegt es.',
  "Only staff of the learner's school change the record.":
    'Nur Mitarbeitende der Schule der lernenden Person können den Leistungsnachweis ändern.',
  'The school has a learner with the number {0} already.':
    'Die Schule hat bereits eine lernende Person mit der Lernendennummer {0}.',
  'must be the e-mail of a learner account': 'muss die E-Mail-Adresse eines Lernendenkontos sein',
  'That learner account belongs to another learner record.':
    'Dieses Lernendenkonto gehört zu einem anderen Leistungsnachweis.',
  'is not a unit of the Learning Agreement': 'ist keine Einheit der Lernvereinbarung',
  'is not a unit of the curriculum': 'ist keine Einheit des Curriculums',
  'is not a learning outcome of the unit': 'ist kein Lernergebnis der Einheit',
  'names the host institution or company': 'muss die Gasteinrichtung oder das Unternehmen nennen',
  "Only the mobility coordinator of the learner's school drafts a Learning Agreement.":
    'Nur die Mobilitätskoordination der Heimatschule kann eine Lernvereinbarung entwerfen.',
  'must be a learner of your school': 'muss eine lernende Person Ihrer Schule sein',
  "Only the coordinator of the learner's school edits the agreement.":
    'Nur die Mobilitätskoordination der Heimatschule kann die Vereinbarung bearbeiten.',
  'Only a draft agreement is edited; reject it to change it.':
    'Bearbeiten lässt sich nur eine Vereinbarung im Entwurf; lehnen Sie sie ab, um sie zu ändern.',
  'Only the coordinators of home and host and the learner sign.':
    'Unterschreiben können nur die Mobilitätskoordination von Heimatschule und Gasteinrichtung sowie die lernende Person.',
  "The learner's school signs the agreement first.":
    'Die Heimatschule unterschreibt die Vereinbarung zuerst.',
  'There is nothing for you to sign on this agreement.':
    'Bei dieser Vereinbarung gibt es für Sie nichts zu unterschreiben.',
  'The host and the learner reject a proposed agreement.':
    'Nur die Gasteinrichtung und die lernende Person können eine vorgelegte Vereinbarung ablehnen.',
  'Only a proposed agreement is rejected.': 'Ablehnen lässt sich nur eine vorgelegte Vereinbarung.',
  'The agreement changed meanwhile; reload it.':
    'Die Vereinbarung wurde inzwischen geändert; bitte laden Sie sie neu.',
  'must be an accepted MoU of your school': 'muss ein angenommenes MoU Ihrer Schule sein',
  'must be another partner of the MoU': 'muss ein anderer Partner des MoU sein',
  "is not enrolled in the MoU's curriculum": 'ist nicht im Curriculum des MoU eingeschrieben',
  "must lie within the MoU's validity ({0} to {1})":
    'muss innerhalb der Gültigkeit des MoU liegen ({0} bis {1})',
  'is not an outcome of a unit the host delivers':
    'ist kein Lernergebnis einer Einheit, die die Gasteinrichtung vermittelt',
  'must be a published curriculum': 'muss ein veröffentlichtes Curriculum sein',
  'is not a unit the host delivers under the MoU':
    'ist keine Einheit, die die Gasteinrichtung laut MoU vermittelt',
  'must not be before the start date': 'darf nicht vor dem Beginn liegen',
  'Only the partner that drafted the MoU edits it.':
    'Nur der Partner, der das MoU entworfen hat, kann es bearbeiten.',
  'Only a draft MoU is edited; reject it to change it.':
    'Bearbeiten lässt sich nur ein MoU im Entwurf; lehnen Sie es ab, um es zu ändern.',
  'The partner that drafted the MoU proposes it first.':
    'Zuerst muss der Partner, der das MoU entworfen hat, es annehmen und an die Partner senden.',
  'Your school has nothing to accept on this MoU.':
    'Bei diesem MoU hat Ihre Schule nichts anzunehmen.',
  'Only a partner that was asked to accept a proposed MoU rejects it.':
    'Ein vorgelegtes MoU kann nur ein Partner ablehnen, der es annehmen soll.',
  "Only a school's mobility coordinator drafts and accepts MoUs.":
    'Nur die Mobilitätskoordination einer Schule kann MoUs entwerfen und annehmen.',
  'The MoU changed meanwhile; reload it.':
    'Das MoU wurde inzwischen geändert; bitte laden Sie es neu.',
  'must be the id of a school': 'muss die ID einer Schule sein',
  'is a partner already': 'ist bereits Partner',
  "must include the caller's own school": 'muss Ihre eigene Schule enthalten',
  'is the host institution or a company': 'muss die Gasteinrichtung oder ein Unternehmen sein',
  'must be one of the outcomes agreed for this unit':
    'muss eines der für diese Einheit vereinbarten Lernergebnisse sein',
  'A transcript is issued with at least one result.':
    'Ein persönlicher Leistungsnachweis wird nur mit mindestens einem Ergebnis ausgestellt.',
  "Only the coordinator of the learner's school recognises results.":
    'Nur die Mobilitätskoordination der Heimatschule kann Ergebnisse anerkennen.',
  'Results are recognised once the host issued the transcript.':
    'Ergebnisse werden erst anerkannt, wenn die Gasteinrichtung den persönlichen Leistungsnachweis ausgestellt hat.',
  'The line was decided already.': 'Über diese Zeile wurde bereits entschieden.',
  'The line changed meanwhile; reload it.':
    'Die Zeile wurde inzwischen geändert; bitte laden Sie sie neu.',
  'Only staff of the host institution record and issue the transcript.':
    'Nur Mitarbeitende der Gasteinrichtung können Ergebnisse eintragen und den persönlichen Leistungsnachweis ausstellen.',
  'Results are recorded once home, host and learner signed the agreement.':
    'Ergebnisse werden erst eingetragen, wenn Heimatschule, Gasteinrichtung und die lernende Person die Vereinbarung unterschrieben haben.',
  'The transcript was issued and is locked.':
    'Der persönliche Leistungsnachweis ist ausgestellt und gesperrt.',
  "This thread belongs to another association's review: you may read it, not take part.":
    'Dieser Kommentar gehört zur Begutachtung eines anderen Verbands: Sie können ihn lesen, aber nicht mitdiskutieren.',
  'Only reviewers of an association this curriculum was submitted to may comment.':
    'Kommentieren kann nur die Begutachtung eines Verbands, bei dem dieses Curriculum zur Begutachtung eingereicht wurde.',
  'Comments are taken while a curriculum is in review; this one is {0}.':
    'Kommentare sind nur möglich, solange ein Curriculum in Begutachtung ist; dieses hat den Status {0}.',
  'Resolve or reopen the thread, not a reply.':
    'Erledigen oder wieder öffnen lässt sich nur der Kommentar selbst, nicht eine Antwort.',
  'This comment proposes no rewording.': 'Dieser Kommentar schlägt keine neue Formulierung vor.',
  'This rewording was accepted already.': 'Diese Formulierung wurde bereits übernommen.',
  'The part this comment is about no longer exists.':
    'Der Teil, zu dem dieser Kommentar gehört, existiert nicht mehr.',
  'Only the authors and the reviewers of this curriculum take part in its review.':
    'An der Begutachtung dieses Curriculums wirken nur seine Autorinnen und Autoren und die begutachtenden Verbände mit.',
  'Review threads take part while a curriculum is in review; this one is {0}.':
    'Begutachtungskommentare sind nur möglich, solange ein Curriculum in Begutachtung ist; dieses hat den Status {0}.',
  'must be the id of a unit of this curriculum':
    'muss die ID einer Einheit dieses Curriculums sein',
  'must be the id of a outcome of this curriculum':
    'muss die ID eines Lernergebnisses dieses Curriculums sein',
  'must be the id of a work-based-learning of this curriculum':
    'muss die ID einer betrieblichen Phase dieses Curriculums sein',
  'must be a list of {0} (found {1})':
    'muss eine Liste aus folgenden Werten sein: {0} (gefunden: {1})',
  'must not be longer than {0} characters': 'darf nicht länger als {0} Zeichen sein',
  'must be one of the declared languages other than the primary one ({0})':
    'muss eine der angegebenen Sprachen außer der Hauptsprache sein ({0})',
  'send the XLIFF 2.0 file as application/xliff+xml':
    'Senden Sie die XLIFF-2.0-Datei als application/xliff+xml',
  'must be a declared language of the curriculum other than the source ({0})':
    'muss eine angegebene Sprache des Curriculums außer der Ausgangssprache sein ({0})',
  'the translation must not be longer than {0} characters':
    'Die Übersetzung darf nicht länger als {0} Zeichen sein',
  'The translations of a working copy are for its authors, its reviewers and administrators.':
    'Die Übersetzungen eines Arbeitsstands sind seinen Autorinnen und Autoren, der Begutachtung und der Administration vorbehalten.',
  'must be a declared language of the curriculum ({0})':
    'muss eine angegebene Sprache des Curriculums sein ({0})',
  'is the source language of this text; edit the source in the editor':
    'ist die Ausgangssprache dieses Texts; bearbeiten Sie den Ausgangstext im Editor',
  'the file is not an XLIFF 2.0 document': 'Die Datei ist kein XLIFF-2.0-Dokument',
  'a document type declaration is not accepted':
    'Eine Dokumenttypdeklaration (DOCTYPE) wird nicht angenommen',
  'the file ends before its xliff element does (cut short?)':
    'Die Datei endet vor ihrem xliff-Element (abgeschnitten?)',
  'the file is not well-formed XML: {0}': 'Die Datei ist kein wohlgeformtes XML: {0}',
  'the file has no xliff element with srcLang': 'Die Datei hat kein xliff-Element mit srcLang',
  'the xliff element has no trgLang': 'Das xliff-Element hat kein trgLang',
  'the file has {0} segments in {1} units: join the segments of each unit into one':
    'Die Datei hat {0, plural, one {# Segment} other {# Segmente}} in {1, plural, one {# unit-Element} other {# unit-Elementen}}: Fügen Sie die Segmente jedes unit-Elements zu einem zusammen',
  'Only reviewers of an association this curriculum was submitted to may do this.':
    'Das darf nur die Begutachtung eines Verbands, bei dem dieses Curriculum zur Begutachtung eingereicht wurde.',
  'Only authors of the owning institution and admins may do this.':
    'Das dürfen nur Autorinnen und Autoren der Einrichtung, der das Curriculum gehört, und die Administration.',
  'The curriculum has {0} rule error(s) and cannot go to review yet: {1}':
    'Das Curriculum hat {0, plural, one {einen Fehler} other {# Fehler}} in der ECVET-Prüfung und kann noch nicht zur Begutachtung eingereicht werden: {1}',
  'The curriculum has {0} rule error(s) and cannot be published yet: {1}':
    'Das Curriculum hat {0, plural, one {einen Fehler} other {# Fehler}} in der ECVET-Prüfung und kann noch nicht veröffentlicht werden: {1}',
  'Your association disagrees in {0} open thread: resolve it first, or approve with a reason (overrideReason).':
    'Ihr Verband lehnt in {0, plural, one {# offenen Kommentar} other {# offenen Kommentaren}} ab: Erledigen Sie {0, plural, one {ihn} other {sie}} zuerst oder geben Sie mit einer Begründung frei (overrideReason).',
  'Your association disagrees in {0} open threads: resolve them first, or approve with a reason (overrideReason).':
    'Ihr Verband lehnt in {0, plural, one {# offenen Kommentar} other {# offenen Kommentaren}} ab: Erledigen Sie {0, plural, one {ihn} other {sie}} zuerst oder geben Sie mit einer Begründung frei (overrideReason).',
  'The curriculum changed while it was being published; reload it.':
    'Das Curriculum wurde während der Veröffentlichung geändert; bitte laden Sie es neu.',
  'must be a version number or "draft"': 'muss eine Versionsnummer oder „draft“ sein',
  'Cannot {0} a curriculum that is {1} (it would become {2}).':
    'Die Aktion {0} ist bei einem Curriculum im Status {1} nicht möglich (es bekäme den Status {2}).',
  'name at least one association (the school works with none yet)':
    'Nennen Sie mindestens einen Verband (die Schule arbeitet noch mit keinem zusammen)',
  '{0} is not an association': '{0} ist kein Verband',
  'The curriculum changed while you decided; reload it (it was {0}).':
    'Das Curriculum wurde während Ihrer Entscheidung geändert; bitte laden Sie es neu (es hatte den Status {0}).',
  '{0} {1} not found': '{0} {1} wurde nicht gefunden',
  'The {0} was changed by someone else; reload it and apply your change again.':
    'Jemand anderes hat diesen Datensatz ({0}) geändert; laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor.',
  'The import cannot be taken: {0} problem(s).':
    'Der Import kann nicht übernommen werden: {0, plural, one {# Problem} other {# Probleme}}.',
  'The stored {0} is malformed: {1} and {2} more.':
    'Der gespeicherte Datensatz {0} ist fehlerhaft: {1} und {2, plural, one {# weiteres Problem} other {# weitere Probleme}}.',
  'The stored {0} is malformed: {1}.': 'Der gespeicherte Datensatz {0} ist fehlerhaft: {1}.',
  'nested more than {0} levels deep':
    'mehr als {0, plural, one {# Ebene} other {# Ebenen}} tief verschachtelt',
  'The request body is nested more than {0} levels deep':
    'Der Inhalt der Anfrage ist mehr als {0, plural, one {# Ebene} other {# Ebenen}} tief verschachtelt',
  'property {0} should not exist': 'Die Eigenschaft {0} ist nicht zulässig',
  '{0} must not contain NUL characters (U+0000)': '{0} darf keine NUL-Zeichen (U+0000) enthalten',
  '{0} must be well-formed Unicode text (a lone surrogate was sent)':
    '{0} muss wohlgeformter Unicode-Text sein (ein einzelnes Surrogat wurde gesendet)',
  'Invalid input': 'Ungültige Eingabe',
  'Refused: a {0} request (Sec-Fetch-Site).': 'Abgelehnt: eine Anfrage mit Sec-Fetch-Site {0}.',
  'Refused: the request comes from another origin ({0}).':
    'Abgelehnt: Die Anfrage kommt von einem anderen Ursprung ({0}).',
  'The request line and header fields are too large (at most 16 KB)':
    'Anfragezeile und Header-Felder sind zu groß (höchstens 16 KB)',
  'The request took too long to arrive': 'Die Übertragung der Anfrage hat zu lange gedauert',
  'Malformed HTTP request': 'Fehlerhafte HTTP-Anfrage',
  'The request body is not valid UTF-8 (line {0}): save it as UTF-8, not Latin-1 or Windows-1252.':
    'Der Inhalt der Anfrage ist kein gültiges UTF-8 (Zeile {0}): Speichern Sie ihn als UTF-8, nicht als Latin-1 oder Windows-1252.',
  'must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715':
    'muss ein Bildungsfeld nach ISCED-F 2013 sein (2 bis 4 Ziffern), z. B. 0715',
  'must be a language code such as de or en': 'muss ein Sprachcode wie de oder en sein',
  'must be an ESCO skill URI': 'muss die URI einer ESCO-Kompetenz sein',
  'must be an ESCO occupation URI': 'muss die URI eines ESCO-Berufs sein',
  'email must be an e-mail address': 'email muss eine E-Mail-Adresse sein',
  'country must be an ISO 3166-1 alpha-2 code such as DE or LT':
    'country muss ein Code nach ISO 3166-1 alpha-2 wie DE oder LT sein',
  'associationIds must name at least one association (or be left out)':
    'associationIds muss mindestens einen Verband nennen (oder weggelassen werden)',
  'each of associationIds must be the id of an association':
    'Jeder Wert in associationIds muss die ID eines Verbands sein',
  'rule must be one of {0}': 'rule muss einer der folgenden Werte sein: {0}',
  'each of unitIds must be the id of a unit':
    'Jeder Wert in unitIds muss die ID einer Einheit sein',
  'each of outcomeIds must be the id of a learning outcome':
    'Jeder Wert in outcomeIds muss die ID eines Lernergebnisses sein',
  'iscedFCode must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715':
    'iscedFCode muss ein Bildungsfeld nach ISCED-F 2013 sein (2 bis 4 Ziffern), z. B. 0715',
  'programmeForm must be one of {0}': 'programmeForm muss einer der folgenden Werte sein: {0}',
  'primaryLanguage must be a language code such as de or en':
    'primaryLanguage muss ein Sprachcode wie de oder en sein',
  'each of languages must be a language code such as de or en':
    'Jeder Wert in languages muss ein Sprachcode wie de oder en sein',
  'each of requiredLanguages must be a language code such as de or en':
    'Jeder Wert in requiredLanguages muss ein Sprachcode wie de oder en sein',
  'uri must be an ESCO skill URI': 'uri muss die URI einer ESCO-Kompetenz sein',
  'uri must be an ESCO occupation URI': 'uri muss die URI eines ESCO-Berufs sein',
  'tabId must be a UUID the tab made up':
    'tabId muss eine vom Browser-Tab selbst erzeugte UUID sein',
  'sourceVersion must be the 16 hex digits of a source version':
    'sourceVersion muss aus den 16 Hexadezimalziffern einer Version des Ausgangstexts bestehen',
  'electiveGroup must be the code of an elective group':
    'electiveGroup muss das Kürzel eines Wahlpflichtbereichs sein',
  'each of prerequisites must be the id of a unit':
    'Jeder Wert in prerequisites muss die ID einer Einheit sein',
  'category must be one of {0}': 'category muss einer der folgenden Werte sein: {0}',
  'must be a text': 'muss ein Text sein',
  'must be a number': 'muss eine Zahl sein',
  'must be an object of texts keyed by language code':
    'muss ein Objekt mit Texten je Sprachcode sein',
  'must be a list': 'muss eine Liste sein',
  'must be a CASE origin { identifier, uri }':
    "muss eine CASE-Herkunftsangabe '{ identifier, uri }' sein",
  'must be the first of escoSkills (the main skill), or left out':
    'muss der erste Eintrag von escoSkills (die Hauptkompetenz) sein oder weggelassen werden',
  'must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    'muss aus 1–50 Buchstaben, Ziffern, Leerzeichen, Punkten, Bindestrichen, Unterstrichen oder Schrägstrichen bestehen',
  '{0} must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    '{0} muss aus 1–50 Buchstaben, Ziffern, Leerzeichen, Punkten, Bindestrichen, Unterstrichen oder Schrägstrichen bestehen',
  'a code must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    'Ein Kürzel muss aus 1–50 Buchstaben, Ziffern, Leerzeichen, Punkten, Bindestrichen, Unterstrichen oder Schrägstrichen bestehen',
  'must be a whole number': 'muss eine ganze Zahl sein',
  'must be from {0} to {1} (found {2})': 'muss zwischen {0} und {1} liegen (gefunden: {2})',
  'must be an object of texts keyed by language code, e.g. { "en": "…", "de": "…" }':
    'muss ein Objekt mit Texten je Sprachcode sein, z. B. \'{ "en": "…", "de": "…" }\'',
  'must not have more than {0} languages':
    'darf nicht mehr als {0, plural, one {# Sprache} other {# Sprachen}} haben',
  'has an invalid language code "{0}"': 'hat einen ungültigen Sprachcode „{0}“',
  'must have a string for "{0}"': 'muss für „{0}“ eine Zeichenkette enthalten',
  'must not be longer than {0} characters in "{1}"':
    'darf in „{1}“ nicht länger als {0} Zeichen sein',
  'must have a text in at least one language': 'muss in mindestens einer Sprache einen Text haben',
  'must have at least {0} items':
    'muss mindestens {0, plural, one {# Eintrag} other {# Einträge}} haben',
  'must have at least {0} item':
    'muss mindestens {0, plural, one {# Eintrag} other {# Einträge}} haben',
  'must not have more than {0} items':
    'darf nicht mehr als {0, plural, one {# Eintrag} other {# Einträge}} haben',
  '{0} must be a string': '{0} muss eine Zeichenkette sein',
  'each value in {0} must be a string': 'Jeder Wert in {0} muss eine Zeichenkette sein',
  '{0} must be shorter than or equal to {1} characters': '{0} darf höchstens {1} Zeichen lang sein',
  'each value in {0} must be shorter than or equal to {1} characters':
    'Jeder Wert in {0} darf höchstens {1} Zeichen lang sein',
  '{0} must be longer than or equal to {1} characters': '{0} muss mindestens {1} Zeichen lang sein',
  'each value in {0} must be longer than or equal to {1} characters':
    'Jeder Wert in {0} muss mindestens {1} Zeichen lang sein',
  '{0} must be longer than or equal to {1} and shorter than or equal to {2} characters':
    '{0} muss mindestens {1} und höchstens {2} Zeichen lang sein',
  '{0} must not be less than {1}': '{0} darf nicht kleiner als {1} sein',
  '{0} must not be greater than {1}': '{0} darf nicht größer als {1} sein',
  '{0} must be an integer number': '{0} muss eine ganze Zahl sein',
  '{0} must be a number conforming to the specified constraints':
    '{0} muss eine Zahl sein, die den festgelegten Vorgaben entspricht',
  '{0} must be a boolean value': '{0} muss ein boolescher Wert (true oder false) sein',
  '{0} must be a UUID': '{0} muss eine UUID sein',
  'each value in {0} must be a UUID': 'Jeder Wert in {0} muss eine UUID sein',
  '{0} must be an email': '{0} muss eine E-Mail-Adresse sein',
  '{0} must be one of the following values: {1}': '{0} muss einer der folgenden Werte sein: {1}',
  'each value in {0} must be one of the following values: {1}':
    'Jeder Wert in {0} muss einer der folgenden Werte sein: {1}',
  '{0} must be an array': '{0} muss ein Array sein',
  '{0} must contain no more than {1} elements':
    '{0} darf höchstens {1, plural, one {# Element} other {# Elemente}} enthalten',
  '{0} must contain at least {1} elements':
    '{0} muss mindestens {1, plural, one {# Element} other {# Elemente}} enthalten',
  '{0} must be an object': '{0} muss ein Objekt sein',
  'each value in {0} must be an object': 'Jeder Wert in {0} muss ein Objekt sein',
  'nested property {0} must be either object or array':
    'Die verschachtelte Eigenschaft {0} muss ein Objekt oder ein Array sein',
  'each value in nested property {0} must be either object or array':
    'Jeder Wert in der verschachtelten Eigenschaft {0} muss ein Objekt oder ein Array sein',
  '{0} must be a date (YYYY-MM-DD)': '{0} muss ein Datum sein (JJJJ-MM-TT)',
  User: 'Benutzerkonto',
  'Curriculum version': 'Curriculum-Version',
  Curriculum: 'Curriculum',
  curriculum: 'Curriculum',
  unit: 'Einheit',
  'learning outcome': 'Lernergebnis',
  Unit: 'Einheit',
  'Learning outcome': 'Lernergebnis',
  'work-based learning period': 'betriebliche Phase',
  'Work-based learning period': 'Betriebliche Phase',
  CFPackage: 'CFPackage',
  CFItem: 'CFItem',
  CFAssociation: 'CFAssociation',
  CFItemType: 'CFItemType',
  'Export format (one of {0})': 'Exportformat (eines von {0})',
  Institution: 'Einrichtung',
  learner: 'Lernende/r',
  Achievement: 'Leistung',
  Learner: 'Lernende/r',
  'Learning Agreement': 'Lernvereinbarung',
  MoU: 'Absichtserklärung (MoU)',
  'Transcript line': 'Zeile des Leistungsnachweises',
  'transcript line': 'Zeile des Leistungsnachweises',
  Notification: 'Benachrichtigung',
  'Review comment': 'Begutachtungskommentar',
  Text: 'Text',
  text: 'Text',
  'Curriculum draft': 'Curriculum-Entwurf',
  'ESCO occupation': 'ESCO-Beruf',
  'lang must be a language code such as de or en': 'lang muss ein Sprachcode wie de oder en sein',
  'occupation must be an ESCO occupation URI': 'occupation muss die URI eines ESCO-Berufs sein',
  'give either institution or partnership': 'entweder institution oder partnership angeben',
  'a comment on an ESCO skill proposes no rewording':
    'ein Kommentar zu einer ESCO-Kompetenz schlägt keine Umformulierung vor',
  'must be the UUID of an ESCO skill of the catalogue':
    'muss die UUID einer ESCO-Kompetenz des Katalogs sein',
  'exclude must list ESCO skill URIs': 'exclude muss URIs von ESCO-Kompetenzen aufführen',
  'occupations must list ESCO occupation URIs': 'occupations muss URIs von ESCO-Berufen aufführen',
  'Library entry': 'Bibliothekseintrag',
  'Curriculum {0} has no published version: the library takes units as a published version has them, so publish the curriculum first.':
    'Curriculum {0} hat keine veröffentlichte Fassung: Die Bibliothek übernimmt Einheiten so, wie eine veröffentlichte Fassung sie enthält; veröffentlichen Sie das Curriculum zuerst.',
  'Unit in the published version': 'Einheit in der veröffentlichten Fassung',
  'Library entry version': 'Fassung des Bibliothekseintrags',
  'curriculumId must be a curriculum id': 'curriculumId muss die ID eines Curriculums sein',
  'unitId must be a unit id': 'unitId muss die ID einer Einheit sein',
  'Too many exports in a minute: wait a moment before the next one.':
    'Zu viele Exporte in einer Minute: Warten Sie einen Moment bis zum nächsten.',
  'Too many imports in a minute: wait a moment before the next one.':
    'Zu viele Importe in einer Minute: Warten Sie einen Moment bis zum nächsten.',
  'Too many searches in a minute: wait a moment before the next one.':
    'Zu viele Suchen in einer Minute: Warten Sie einen Moment bis zur nächsten.',
  'Too many checks in a minute: wait a moment before the next one.':
    'Zu viele Prüfungen in einer Minute: Warten Sie einen Moment bis zur nächsten.',
  'The server is busy rendering other exports: try again in a moment.':
    'Der Server erstellt gerade andere Exporte: Versuchen Sie es gleich noch einmal.',
  'Unit in the library entry version': 'Einheit in der Fassung des Bibliothekseintrags',
  'unitId names a unit of a curriculum entry; this entry is one unit':
    'unitId nennt eine Einheit eines Curriculum-Eintrags; dieser Eintrag ist eine einzelne Einheit',
  'unitId is needed to copy one unit of a curriculum into a draft':
    'unitId wird benötigt, um eine Einheit eines Curriculums in einen Entwurf zu kopieren',
  'curriculumId is needed: a unit is copied into a draft':
    'curriculumId wird benötigt: Eine Einheit wird in einen Entwurf kopiert',
  'skill must be an ESCO skill URI': 'skill muss die URI einer ESCO-Kompetenz sein',
  'language must be a language code such as de or en':
    'language muss ein Sprachcode wie de oder en sein',
  'institution must be an institution id': 'institution muss die ID einer Einrichtung sein',
  'country must be an ISO 3166-1 alpha-2 code such as DE':
    'country muss ein Ländercode nach ISO 3166-1 alpha-2 wie DE sein',
  'must be a library provenance { entryId, version, … }':
    "muss eine Herkunftsangabe aus der Bibliothek '{ entryId, version, … }' sein",
  '{0} is not an outcome this update changes':
    '{0} ist kein Lernergebnis, das diese Aktualisierung ändert',
  '{0} is not a learning outcome of this unit': '{0} ist kein Lernergebnis dieser Einheit',
  'Unit {0} has no update waiting: it was not adopted from the shared library, or it holds the latest version of its entry, or that version was dismissed.':
    'Für die Einheit {0} wartet keine Aktualisierung: Sie stammt nicht aus der gemeinsamen Bibliothek, enthält bereits die neueste Version ihres Eintrags, oder diese Version wurde abgelehnt.',
  'endsOn must not be before startsOn ({0})': 'endsOn darf nicht vor startsOn ({0}) liegen',
  'capacity must be at least the {0} place(s) accepted requests hold':
    'capacity muss mindestens die {0} Plätze umfassen, die angenommene Anfragen belegen',
  'placement offer': 'Praktikumsangebot',
  'Placement offer': 'Praktikumsangebot',
  'Placement request': 'Praktikumsanfrage',
  'Placement offer {0} is closed.': 'Das Praktikumsangebot {0} ist geschlossen.',
  'Placement offer {0} has {1} free place(s); {2} were asked for.':
    'Das Praktikumsangebot {0} hat {1} freie Plätze; angefragt wurden {2}.',
  'This WBL period already has a pending or accepted request for placement offer {0}.':
    'Für diese Praxisphase gibt es schon eine offene oder angenommene Anfrage zum Praktikumsangebot {0}.',
  'Placement request {0} is {1}, not pending.': 'Die Praktikumsanfrage {0} ist {1}, nicht offen.',
  'Placement offer {0} has {1} free place(s); the request asks for {2}.':
    'Das Praktikumsangebot {0} hat {1} freie Plätze; die Anfrage verlangt {2}.',
  'Placement request {0} is {1} already.': 'Die Praktikumsanfrage {0} ist bereits {1}.',
  'Placement request {0} changed meanwhile; reload it.':
    'Die Praktikumsanfrage {0} wurde inzwischen geändert; laden Sie sie neu.',
  'languages must be language codes such as de or en':
    'languages müssen Sprachcodes wie de oder en sein',
  'wblId must be the id of a work-based learning period':
    'wblId muss die ID einer Praxisphase sein',
  'outcomes must be outcome ids of the update':
    'outcomes müssen IDs von Lernergebnissen der Aktualisierung sein',
  'keep must be outcome ids of the unit': 'keep müssen IDs von Lernergebnissen der Einheit sein',
  Job: 'Auftrag',
  'Job result': 'Ergebnis des Auftrags',
  'The job is not done yet ({0}, {1}%).': 'Der Auftrag ist noch nicht fertig ({0}, {1} %).',
  'must be a whole number from {0} to {1}': 'muss eine ganze Zahl von {0} bis {1} sein',
  'Exports cannot be prepared right now: the job queue cannot be reached. Try again in a moment.':
    'Exporte können gerade nicht vorbereitet werden: Die Auftragswarteschlange ist nicht erreichbar. Bitte gleich noch einmal versuchen.',
};
