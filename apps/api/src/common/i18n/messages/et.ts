import type { Catalogue } from '../server-messages';

/** The API's messages in et, by their English key (ADR 0026). */
export const ET: Catalogue = {
  'Log in first (session cookie or Authorization: Bearer <token>).':
    'Logige kõigepealt sisse (seansiküpsis või Authorization: Bearer <token>).',
  'Missing or wrong {0} header for a cookie-authenticated write.':
    'Küpsisega autenditud muutmispäringul puudub päis {0} või see on vale.',
  'This needs the role {0}; you are {1}.': 'Selleks on vaja rolli {0}; teie roll on {1}.',
  'Wrong e-mail or password.': 'Vale e-posti aadress või parool.',
  'Too many wrong passwords for this account: wait before the next attempt.':
    'Sellele kontole on sisestatud liiga palju valesid paroole: oodake enne järgmist katset.',
  'Too many failed logins from your network: wait before the next attempt.':
    'Teie võrgust on tehtud liiga palju ebaõnnestunud sisselogimiskatseid: oodake enne järgmist katset.',
  'The server is busy checking passwords; try again.':
    'Server on paroolide kontrollimisega hõivatud; proovige uuesti.',
  '{0} must be at least {1} characters long ({2} given); a passphrase of several words is easiest to remember':
    '{0} peab olema vähemalt {1, plural, one {# märgi} other {# märgi}} pikkune (sisestati {2, plural, one {# märk} other {# märki}}); mitmest sõnast koosnevat paroolifraasi on kõige lihtsam meeles pidada',
  '{0} is one of the most common passwords found in data breaches':
    '{0} on üks levinumaid andmeleketes leitud paroole',
  '{0} is too easy to guess ({1}); add more words or characters':
    '{0} on liiga kergesti äraarvatav ({1}); lisage rohkem sõnu või märke',
  '{0} is too easy to guess; add more words or characters':
    '{0} on liiga kergesti äraarvatav; lisage rohkem sõnu või märke',
  'currentPassword is not your current password': 'currentPassword ei ole teie praegune parool',
  'token is unknown, expired or already used: ask an administrator for a new link':
    'token on tundmatu, aegunud või juba kasutatud: paluge administraatorilt uus link',
  'Request body is too large': 'Päringu sisu on liiga suur',
  'Too many requests from your address: wait a moment.':
    'Teie aadressilt on tulnud liiga palju päringuid: oodake hetk.',
  'Log in first: without a session a request body may have at most {0} bytes.':
    'Logige kõigepealt sisse: ilma seansita võib päringu sisu olla kõige rohkem {0, plural, one {# bait} other {# baiti}}.',
  'a {0} needs the id of a {1}': 'kasutajal rolliga {0} peab olema asutuse id, mille liik on {1}',
  'a {0} belongs to no institution': 'kasutaja rolliga {0} ei kuulu ühessegi asutusse',
  'An account for {0} exists already.': 'Kasutajakonto e-posti aadressiga {0} on juba olemas.',
  '{0} is not among the languages': '{0} ei ole õppekava keelte hulgas',
  'A curriculum with published versions cannot be deleted; archive it instead.':
    'Avaldatud versioonidega õppekava ei saa kustutada; arhiveerige see selle asemel.',
  'Only authors of the owning institution may do this.':
    'Seda saavad teha ainult õppekava omanikasutuse autorid.',
  'Curriculum {0} is {1}; reopen it for editing first (POST /api/v1/curricula/{2}/reopen): that starts a new draft, and learners keep the published version until the next one.':
    'Õppekava {0} olek on {1}; avage see kõigepealt uuesti muutmiseks (POST /api/v1/curricula/{2}/reopen): sellest saab uus mustand ja õppijatele jääb kehtima avaldatud versioon kuni järgmise versioonini.',
  'Curriculum {0} is {1}; it can be edited as a draft or with requested changes.':
    'Õppekava {0} olek on {1}; seda saab muuta ainult mustandina või siis, kui on palutud muudatusi.',
  'The audit trail is for the authors of this curriculum and admins.':
    'Auditilogi on ainult selle õppekava autoritele ja administraatoritele.',
  'no unit has the code {0}': 'koodiga {0} ühikut ei ole',
  'unit {0} has no outcome {1}': 'ühikul {0} ei ole õpiväljundit {1}',
  'unit codes must be unique': 'ühikute koodid peavad olema kordumatud',
  'CASE identifiers of units and outcomes must be unique':
    'ühikute ja õpiväljundite CASE-identifikaatorid peavad olema kordumatud',
  'This package is curriculum {0} ({1}), which is {2}: an import updates its draft once the review round is over (or request changes first).':
    'See pakett on õppekava {0} ({1}), mille olek on {2}: import uuendab selle mustandit alles siis, kui läbivaatusvoor on lõppenud (või kui on palutud muudatusi).',
  'must list each of the {0} unit ids exactly once':
    'peab loetlema {0, plural, one {ainsa ühiku id} other {kõigi # ühiku id-d}} täpselt üks kord',
  'must list each of the {0} learning outcome ids exactly once':
    'peab loetlema {0, plural, one {ainsa õpiväljundi id} other {kõigi # õpiväljundi id-d}} täpselt üks kord',
  'must list each of the {0} work-based learning period ids exactly once':
    'peab loetlema {0, plural, one {ainsa töökohapõhise õppe perioodi id} other {kõigi # töökohapõhise õppe perioodi id-d}} täpselt üks kord',
  '{0} is not a unit of this curriculum': '{0} ei ole selle õppekava ühik',
  '{0} is not a learning outcome of this curriculum': '{0} ei ole selle õppekava õpiväljund',
  'must be one language code': 'peab olema üks keelekood',
  'the {0} export has no versions to choose from':
    'ekspordivormingul {0} ei ole valitavaid versioone',
  'must be one of {0}': 'peab olema üks järgmistest: {0}',
  "must be one of the curriculum's languages: {0}": 'peab olema üks õppekava keeltest: {0}',
  'Database unavailable': 'Andmebaas ei ole kättesaadav',
  'must be a school': 'peab olema kool',
  'must be the id of an association': 'peab olema ühenduse id',
  'EQF level': 'EQF tase',
  'no item hangs below the CFDocument (by isChildOf or isPartOf): the import would create an empty curriculum':
    'ükski element ei asu CFDocument-elemendi all (seosega isChildOf või isPartOf): import looks tühja õppekava',
  'no unit has the code {0} (unit {1})': 'koodiga {0} ühikut ei ole (ühik {1})',
  duration: 'kestus',
  'ISCED-F code': 'ISCED-F kood',
  'reference duration': 'võrdluskestus',
  'form of study': 'õppevorm',
  intensity: 'õppekoormus',
  'ECVET points': 'ECVET-punktid',
  'and {0} more defaults: {1}':
    'ja veel {0, plural, one {# vaikeväärtus} other {# vaikeväärtust}}: {1}',
  '{0}: not in the package, a default was used ({1}×) — please check':
    '{0}: paketis puudub, kasutati vaikeväärtust ({1}×) — palun kontrollige',
  'must be a list of field names': 'peab olema väljanimede loend',
  '{0} is not in the package: {1} was used — please check':
    '{0} paketis puudub: kasutati väärtust {1} — palun kontrollige',
  'must be an integer from {0} to {1}, got {2}':
    'peab olema täisarv vahemikus {0} kuni {1}, saadi {2}',
  'must be a number from {0} to {1}, got {2}': 'peab olema arv vahemikus {0} kuni {1}, saadi {2}',
  'must be true or false': 'peab olema true või false',
  'is not a valid {0}: {1}': 'ei ole kehtiv {0}: {1}',
  'curriculum code': 'õppekava kood',
  code: 'kood',
  'must be a unit code': 'peab olema ühiku kood',
  language: 'keel',
  'must be a list of 1 to 30 language codes': 'peab olema loend, milles on 1 kuni 30 keelekoodi',
  'must include the primary language {0}': 'peab sisaldama põhikeelt {0}',
  "must be a list of the curriculum's languages": 'peab olema õppekava keelte loend',
  'must map language codes to texts': 'peab seostama keelekoodid tekstidega',
  'must be a list of {0}': 'peab olema loend, mille väärtused on järgmistest: {0}',
  'must be an ESCO reference { uri, label }': "peab olema ESCO viide '{ uri, label }'",
  'must be a list of at most {0} ESCO references':
    'peab olema loend, milles on kõige rohkem {0, plural, one {# ESCO viide} other {# ESCO viidet}}',
  'must be an object': 'peab olema objekt',
  'must be a list of at most {0} groups':
    'peab olema loend, milles on kõige rohkem {0, plural, one {# rühm} other {# rühma}}',
  'group code': 'rühma kood',
  'choice rule': 'valikureegel',
  'must be a list of at most 500 periods': 'peab olema loend, milles on kõige rohkem 500 perioodi',
  'must be a list of at most {0} parts':
    'peab olema loend, milles on kõige rohkem {0, plural, one {# osa} other {# osa}}',
  'part code': 'osa kood',
  'must be a list of at most {0} entries':
    'peab olema loend, milles on kõige rohkem {0, plural, one {# kirje} other {# kirjet}}',
  'must name a unit code and the index of one of its outcomes':
    'peab sisaldama ühiku koodi ja selle ühe õpiväljundi indeksit',
  'the package must be a JSON object with a CFDocument':
    'pakett peab olema JSON-objekt, milles on CFDocument',
  'is missing or not an object': 'puudub või ei ole objekt',
  'is missing': 'puudub',
  'is missing or not a string': 'puudub või ei ole tekst',
  'must be an array': 'peab olema massiiv',
  'has {0} items; at most {1} are accepted':
    'sisaldab {0, plural, one {# elementi} other {# elementi}}; vastu võetakse kõige rohkem {1}',
  'has {0} associations; at most {1} are accepted':
    'sisaldab {0, plural, one {# seost} other {# seost}}; vastu võetakse kõige rohkem {1}',
  'duplicate identifier {0}': 'korduv identifikaator {0}',
  'must be an integer': 'peab olema täisarv',
  'points to {0}, which is no CFItem of the package':
    'viitab elemendile {0}, mis ei ole paketi CFItem',
  'points to {0}, which is neither the CFDocument nor a CFItem of the package':
    'viitab elemendile {0}, mis ei ole paketi CFDocument ega CFItem',
  '{0} is a child of itself (cycle)': '{0} on iseenda alam (tsükkel)',
  '{0} associations form a cycle through {1}':
    'seosed tüübiga {0} moodustavad tsükli, mis läbib elementi {1}',
  'unit EQF level': 'ühiku EQF tase',
  'unit ECVET points': 'ühiku ECVET-punktid',
  'unit year': 'ühiku õppeaasta',
  'outcome category': 'õpiväljundi kategooria',
  'a number is required': 'arv on nõutav',
  '"{0}" is not a number': '„{0}“ ei ole arv',
  '{0} is not a whole number': '{0} ei ole täisarv',
  '{0} is outside {1}..{2}': '{0} on väljaspool vahemikku {1}..{2}',
  '"{0}" is not true or false': '„{0}“ ei ole true ega false',
  'unknown value "{0}" (allowed: {1})': 'tundmatu väärtus „{0}“ (lubatud: {1})',
  'a code is required': 'kood on nõutav',
  'must be a JSON list of {"uri": …, "label": {"<lang>": …}}':
    'peab olema JSON-loend kujul \'{"uri": …, "label": {"<lang>": …}}\'',
  'a quoted cell is never closed (missing ")':
    'jutumärkides lahter jääb sulgemata (puudub lõpetav ")',
  'text after the closing quote of a cell': 'tekst lahtri lõpetava jutumärgi järel',
  'no row with record curriculum': 'puudub rida, mille veerus record on curriculum',
  'only one curriculum row is allowed':
    'lubatud on ainult üks rida, mille veerus record on curriculum',
  'lists "{0}", but the file has no column for it (title.{1}, description.{2} …): no text in "{3}" is imported':
    'sisaldab keelt „{0}“, kuid failis pole selle jaoks veerge (title.{1}, description.{2} …): keeles „{3}“ tekste ei impordita',
  'the column appears more than once': 'veerg esineb rohkem kui üks kord',
  '"{0}" is not a language code': '„{0}“ ei ole keelekood',
  'unknown column': 'tundmatu veerg',
  'missing column': 'veerg puudub',
  'is not in the file (written before the ECVET model v2 of issue #17): the default is used — please check':
    'failis puudub (fail on kirjutatud enne ECVET-mudelit v2, issue #17): kasutatakse vaikeväärtust — palun kontrollige',
  'not used in a {0} row; leave it empty':
    'ei kasutata reas, mille veerus record on {0}; jätke tühjaks',
  'at least one language is required': 'nõutav on vähemalt üks keel',
  'a language is listed twice': 'üks keel on loetletud kaks korda',
  '"{0}" is not one of the languages': '„{0}“ ei ole õppekava keelte hulgas',
  'an occupation label needs the occupation URI': 'ameti nimetuse jaoks on vaja ameti URI-d',
  'elective group {0} appears twice': 'valikrühm {0} esineb kaks korda',
  'no elective group has the code {0}': 'koodiga {0} valikrühma ei ole',
  'unit {0} has different data in row {1} ("{2}" there, "{3}" here)':
    'ühikul {0} on real {1} teised andmed (seal „{2}“, siin „{3}“)',
  'unknown category "{0}" (allowed: {1})': 'tundmatu kategooria „{0}“ (lubatud: {1})',
  'an ESCO label needs the ESCO URI': 'ESCO nimetuse jaoks on vaja ESCO URI-d',
  'further ESCO skills need a main one first':
    'täiendavad ESCO oskused eeldavad, et kõigepealt on määratud põhioskus',
  'a unit cannot require itself': 'ühik ei saa olla iseenda eeldus',
  'prerequisite cycle: {0}': 'eelduste tsükkel: {0}',
  '"{0}" is not <unit code>#<number>': '„{0}“ ei ole kujul <ühiku kood>#<number>',
  'send the spreadsheet as text/csv (UTF-8) in the request body':
    'saatke tabel päringu sisus vormingus text/csv (UTF-8)',
  'the file is empty': 'fail on tühi',
  'the file is not valid UTF-8 (save it as "CSV UTF-8" — e.g. Windows-1252 or ISO-8859 umlauts cannot be read)':
    'fail ei ole korrektne UTF-8 (salvestage see vormingus „CSV UTF-8“ — näiteks Windows-1252 või ISO-8859 kodeeringus täpitähti ei saa lugeda)',
  'the file contains binary data (control character U+{0}); it is not a CSV text file':
    'fail sisaldab binaarandmeid (juhtmärk U+{0}); see ei ole CSV-tekstifail',
  'too many rows: at most {0} rows after the header':
    'liiga palju ridu: päise järel on lubatud kõige rohkem {0, plural, one {# rida} other {# rida}}',
  '{0} cells but the header has {1} columns':
    '{0, plural, one {# lahter} other {# lahtrit}}, kuid päises on {1, plural, one {# veerg} other {# veergu}}',
  'has no curriculum table (a table whose first cell is "curriculum")':
    'ei sisalda õppekava tabelit (tabelit, mille esimene lahter on „curriculum“)',
  'a document describes one curriculum: this is its second curriculum table':
    'dokument kirjeldab üht õppekava: see on selle teine õppekava tabel',
  "is missing: the {0} texts of this table are left empty ({1} is one of the curriculum's languages)":
    'puudub: selle tabeli tekstid keeles {0} jäävad tühjaks ({1} on üks õppekava keeltest)',
  'unit {0} appears twice (also {1})': 'ühik {0} esineb kaks korda (ka {1})',
  'is not a language code (or it is given twice); the column was not read':
    'ei ole keelekood (või on antud kaks korda); veergu ei loetud',
  'is not a table of the template (its first cell is "{0}", not {1}); it was not read':
    'ei ole malli tabel (selle esimene lahter on „{0}“, mitte üks järgmistest: {1}); seda ei loetud',
  'is not a row of a {0} table; the first cell must be one of {1}':
    'ei ole {0}-tabeli rida; esimene lahter peab olema üks järgmistest: {1}',
  'the row appears twice (row {0})': 'rida esineb kaks korda (rida {0})',
  'missing row': 'rida puudub',
  'is damaged: its XML ends in the middle of a tag':
    'on kahjustatud: selle XML lõpeb keset märgendit',
  'holds a DOCTYPE, which Word never writes':
    'sisaldab DOCTYPE-deklaratsiooni, mida Word kunagi ei kirjuta',
  'has more than {0} table rows; split the curriculum':
    'sisaldab üle {0, plural, one {# tabelirea} other {# tabelirea}}; jagage õppekava osadeks',
  'is an Excel workbook, not a Word document (.docx)':
    'on Exceli tööraamat, mitte Wordi dokument (.docx)',
  'is a zip archive but not a Word document (.docx): word/document.xml is missing':
    'on zip-arhiiv, kuid mitte Wordi dokument (.docx): word/document.xml puudub',
  'the Word document (.docx) {0}': 'Wordi dokument (.docx) {0}',
  'ELM needs a title of the qualification': 'ELM vajab kvalifikatsiooni pealkirja',
  'ELM needs exactly one EQF level, an integer from 1 to 8':
    'ELM vajab täpselt üht EQF taset, täisarvu vahemikus 1–8',
  'ELM needs the level in the national qualifications framework (NQF), 1 to {0}':
    'ELM vajab riikliku kvalifikatsiooniraamistiku (NQF) taset vahemikus 1 kuni {0}',
  'ELM needs an ISCED-F 2013 field of education code, e.g. 0715':
    'ELM vajab ISCED-F 2013 õppevaldkonna koodi, nt 0715',
  'ELM needs the ECVET points of the qualification': 'ELM vajab kvalifikatsiooni ECVET-punkte',
  'ELM needs at least one unit with learning outcomes':
    'ELM vajab vähemalt üht õpiväljunditega ühikut',
  'ELM needs a title of unit {0}': 'ELM vajab ühiku {0} pealkirja',
  'ELM needs the EQF level (1 to 8) of unit {0}': 'ELM vajab ühiku {0} EQF taset (1–8)',
  'ELM needs the ECVET points of unit {0}': 'ELM vajab ühiku {0} ECVET-punkte',
  'ELM needs at least one learning outcome in unit {0}':
    'ELM vajab ühikus {0} vähemalt üht õpiväljundit',
  'ELM needs the elective group of unit {0}, one the curriculum declares':
    'ELM vajab ühiku {0} valikrühma, mis on õppekavas määratletud',
  'ELM needs the text of every learning outcome': 'ELM vajab iga õpiväljundi teksti',
  'ELM needs a title of every WBL period': 'ELM vajab iga töökohapõhise õppe perioodi pealkirja',
  'ELM needs the duration in hours of every WBL period':
    'ELM vajab iga töökohapõhise õppe perioodi kestust tundides',
  'The curriculum lacks what the European Learning Model needs: {0} problem(s).':
    'Õppekavast puudub, mida Euroopa õppemudel (ELM) vajab: {0, plural, one {# probleem} other {# probleemi}}.',
  'is a multi-part zip archive': 'on mitmeosaline zip-arhiiv',
  'is a ZIP64 archive, far larger than any curriculum':
    'on ZIP64-arhiiv, mis on palju suurem kui ükski õppekava',
  'has {0} files inside; at most {1} are read':
    'sisaldab {0, plural, one {# faili} other {# faili}}; loetakse kõige rohkem {1}',
  'is a damaged zip archive': 'on kahjustatud zip-arhiiv',
  'is a damaged zip archive (central directory)': 'on kahjustatud zip-arhiiv (keskkataloog)',
  'is encrypted (saved with a password)': 'on krüpteeritud (salvestatud parooliga)',
  'uses a compression method ({0}) Office does not write':
    'kasutab tihendusmeetodit ({0}), mida Office ei kasuta',
  'unpacks to more than {0}; a curriculum is far smaller (zip bomb?)':
    'on lahtipakituna suurem kui {0}; õppekava on palju väiksem (zip-pomm?)',
  'is a damaged zip archive ({0})': 'on kahjustatud zip-arhiiv ({0})',
  'is a damaged zip archive ({0} is cut off)': 'on kahjustatud zip-arhiiv (fail {0} on poolik)',
  'holds {0}, which unpacks to more than it declares (zip bomb?)':
    'sisaldab faili {0}, mis on lahtipakituna suurem, kui on märgitud (zip-pomm?)',
  'is a damaged zip archive ({0} cannot be inflated)':
    'on kahjustatud zip-arhiiv (faili {0} ei saa lahti pakkida)',
  'holds {0}, which unpacks to another size than it declares':
    'sisaldab faili {0}, mille suurus lahtipakituna erineb märgitust',
  'is a damaged zip archive ({0} fails its checksum)':
    'on kahjustatud zip-arhiiv (faili {0} kontrollsumma ei klapi)',
  'holds {0} twice': 'sisaldab faili {0} kaks korda',
  'is not a zip archive, or it is cut off': 'ei ole zip-arhiiv või on poolik',
  'is not a sheet of this layout; it was not read':
    'ei ole selle ülesehitusega tööraamatu tööleht; seda ei loetud',
  'is missing: the workbook needs the curriculum sheet (code, title, languages …)':
    'puudub: tööraamat vajab õppekava töölehte (code, title, languages …)',
  "is missing: the {0} {1} is left empty ({2} is one of the curriculum's languages)":
    'puudub: väli {1} keeles {0} jääb tühjaks ({2} on üks õppekava keeltest)',
  'the code of a unit is required': 'ühiku kood on nõutav',
  'the assessment of unit {0} is given twice': 'ühiku {0} hindamine on antud kaks korda',
  'unit {0} has two outcomes numbered {1}': 'ühikul {0} on kaks õpiväljundit numbriga {1}',
  'the ESCO skill URI is required': 'ESCO oskuse URI on nõutav',
  'unit {0} has no outcome numbered {1}': 'ühikul {0} ei ole õpiväljundit numbriga {1}',
  'further ESCO skills need a main one in the outcomes sheet':
    'täiendavad ESCO oskused eeldavad, et töölehel outcomes on määratud põhioskus',
  '"{0}" is not <unit code>#<no>': '„{0}“ ei ole kujul <ühiku kood>#<nr>',
  'is missing: the new draft gets no elective groups': 'puudub: uues mustandis ei ole valikrühmi',
  'is missing: the new draft gets no units of learning outcomes':
    'puudub: uues mustandis ei ole õpiväljundite ühikuid',
  'is missing: the new draft gets no assessment of the units':
    'puudub: uues mustandis ei ole ühikute hindamist',
  'is missing: the new draft gets no learning outcomes':
    'puudub: uues mustandis ei ole õpiväljundeid',
  'is missing: the new draft gets no ESCO skills of the units, and further skills of outcomes':
    'puudub: uues mustandis ei ole ühikute ESCO oskusi ega õpiväljundite täiendavaid oskusi',
  'is missing: the new draft gets no work-based learning periods':
    'puudub: uues mustandis ei ole töökohapõhise õppe perioode',
  'is missing: the new draft gets no parts of the assessment plan':
    'puudub: uues mustandis ei ole hindamiskava osi',
  'is missing: the new draft gets no partial qualifications':
    'puudub: uues mustandis ei ole osakvalifikatsioone',
  'send the Excel workbook (.xlsx) file itself as {0} in the request body':
    'saatke Exceli tööraamatu fail (.xlsx) ise päringu sisus meediatüübiga {0}',
  'is an old-format (.xls/.doc) or password-protected Office file: save it as Excel workbook (.xlsx) without a password':
    'on vanas vormingus (.xls/.doc) või parooliga kaitstud Office-fail: salvestage see ilma paroolita Exceli tööraamatuna (.xlsx)',
  'is not a Excel workbook (.xlsx) file (not a zip archive)':
    'ei ole Exceli tööraamatu fail (.xlsx) (ei ole zip-arhiiv)',
  'the Excel workbook (.xlsx) file {0}': 'Exceli tööraamatu fail (.xlsx) {0}',
  'send the Word document (.docx) file itself as {0} in the request body':
    'saatke Wordi dokumendi fail (.docx) ise päringu sisus meediatüübiga {0}',
  'is an old-format (.xls/.doc) or password-protected Office file: save it as Word document (.docx) without a password':
    'on vanas vormingus (.xls/.doc) või parooliga kaitstud Office-fail: salvestage see ilma paroolita Wordi dokumendina (.docx)',
  'is not a Word document (.docx) file (not a zip archive)':
    'ei ole Wordi dokumendi fail (.docx) (ei ole zip-arhiiv)',
  'the Word document (.docx) file {0}': 'Wordi dokumendi fail (.docx) {0}',
  'is a Word document, not an Excel workbook (.xlsx)':
    'on Wordi dokument, mitte Exceli tööraamat (.xlsx)',
  'is a zip archive but not an Excel workbook (.xlsx): xl/workbook.xml is missing':
    'on zip-arhiiv, kuid mitte Exceli tööraamat (.xlsx): xl/workbook.xml puudub',
  'holds a DOCTYPE in {0}, which Excel never writes':
    'sisaldab failis {0} DOCTYPE-deklaratsiooni, mida Excel kunagi ei kirjuta',
  'cannot be read as an Excel workbook ({0})': 'ei ole Exceli tööraamatuna loetav ({0})',
  'holds the formula ={0}; formulas are not calculated on import: type the value itself':
    'sisaldab valemit ={0}; importimisel valemeid ei arvutata: sisestage väärtus ise',
  'holds a date ({0}); format the cell as text and type the value':
    'sisaldab kuupäeva ({0}); vormindage lahter tekstina ja sisestage väärtus',
  'holds the error value {0}': 'sisaldab veaväärtust {0}',
  'holds a value that is neither text nor a number': 'sisaldab väärtust, mis ei ole tekst ega arv',
  'has more than {0} rows after its header; split the curriculum':
    'sisaldab päise järel üle {0, plural, one {# rea} other {# rea}}; jagage õppekava osadeks',
  'is not a column of this sheet; it was not read': 'ei ole selle töölehe veerg; seda ei loetud',
  'has values but no header; it was not read':
    'sisaldab väärtusi, kuid päis puudub; seda ei loetud',
  "is missing: the {0} texts of this column are left empty ({1} is one of the curriculum's languages)":
    'puudub: selle veeru tekstid keeles {0} jäävad tühjaks ({1} on üks õppekava keeltest)',
  '"{0}" is not a field of the curriculum; the row was not read':
    '„{0}“ ei ole õppekava väli; rida ei loetud',
  'the field appears more than once (row {0})': 'väli esineb rohkem kui üks kord (rida {0})',
  'Only those who read the working copy follow its changes.':
    'Töökoopia muudatusi saavad jälgida ainult need, kes tohivad töökoopiat lugeda.',
  'Only staff of a school and learners list learners.':
    'Õppijate loendit näevad ainult kooli töötajad ja õppijad.',
  'Only staff of a school enrol its learners.':
    'Õppijaid saavad kooli registreerida ainult selle kooli töötajad.',
  'The learner changed meanwhile; reload it.':
    'Õppija andmed on vahepeal muutunud; laadige need uuesti.',
  'Only an admin erases a learner.': 'Õppija andmeid saab kustutada ainult administraator.',
  "Only an admin exports a learner's data.":
    'Õppija andmeid saab eksportida ainult administraator.',
  'The learner was erased.': 'Õppija isikuandmed on kustutatud.',
  "is not one of the learner's enrolments": 'ei ole üks selle õppija registreeringutest',
  'recognised prior learning is a passed result':
    'varasema õppe tunnustamise (VÕTA) tulemus on alati arvestatud',
  'A result recognised from a transcript stays; the transcript is the record of it.':
    'Väljavõtte alusel tunnustatud tulemus jääb alles; selle tõendiks on väljavõte.',
  "Only staff of the learner's school change the record.":
    'Õpingukaarti saavad muuta ainult õppija kooli töötajad.',
  'The school has a learner with the number {0} already.': 'Koolis on juba õppija numbriga {0}.',
  'must be the e-mail of a learner account': 'peab olema õppija konto e-posti aadress',
  'That learner account belongs to another learner record.':
    'See õppija konto on juba seotud teise õpingukaardiga.',
  'is not a unit of the Learning Agreement': 'ei ole õppelepingu ühik',
  'is not a unit of the curriculum': 'ei ole õppekava ühik',
  'is not a learning outcome of the unit': 'ei ole ühiku õpiväljund',
  'names the host institution or company': 'peab sisaldama vastuvõtva asutuse või ettevõtte nime',
  "Only the mobility coordinator of the learner's school drafts a Learning Agreement.":
    'Õppelepingu mustandit saab koostada ainult õppija kooli õpirände koordinaator.',
  'must be a learner of your school': 'peab olema teie kooli õppija',
  "Only the coordinator of the learner's school edits the agreement.":
    'Õppelepingut saab muuta ainult õppija kooli koordinaator.',
  'Only a draft agreement is edited; reject it to change it.':
    'Muuta saab ainult õppelepingu mustandit; muutmiseks lükake leping tagasi.',
  'Only the coordinators of home and host and the learner sign.':
    'Allkirjastada saavad ainult kodukooli ja vastuvõtva asutuse koordinaatorid ning õppija.',
  "The learner's school signs the agreement first.":
    'Esimesena allkirjastab õppelepingu õppija kool.',
  'There is nothing for you to sign on this agreement.':
    'Selles õppelepingus ei ole teil midagi allkirjastada.',
  'The host and the learner reject a proposed agreement.':
    'Allkirjastamisel olevat õppelepingut saavad tagasi lükata ainult vastuvõttev asutus ja õppija.',
  'Only a proposed agreement is rejected.':
    'Tagasi saab lükata ainult allkirjastamisel oleva õppelepingu.',
  'The agreement changed meanwhile; reload it.':
    'Õppeleping on vahepeal muutunud; laadige see uuesti.',
  'must be an accepted MoU of your school': 'peab olema teie kooli aktsepteeritud memorandum',
  'must be another partner of the MoU': 'peab olema memorandumi teine partner',
  "is not enrolled in the MoU's curriculum": 'ei ole registreeritud memorandumi õppekavale',
  "must lie within the MoU's validity ({0} to {1})":
    'peab jääma memorandumi kehtivusaja piiresse ({0} – {1})',
  'is not an outcome of a unit the host delivers':
    'ei ole sellise ühiku õpiväljund, mida vastuvõttev asutus õpetab',
  'must be a published curriculum': 'peab olema avaldatud õppekava',
  'is not a unit the host delivers under the MoU':
    'ei ole ühik, mida vastuvõttev asutus memorandumi alusel õpetab',
  'must not be before the start date': 'ei tohi olla enne alguskuupäeva',
  'Only the partner that drafted the MoU edits it.':
    'Memorandumit saab muuta ainult selle mustandi koostanud partner.',
  'Only a draft MoU is edited; reject it to change it.':
    'Muuta saab ainult memorandumi mustandit; muutmiseks lükake memorandum tagasi.',
  'The partner that drafted the MoU proposes it first.':
    'Memorandumi mustandi koostanud partner peab selle kõigepealt aktsepteerima ja partneritele saatma.',
  'Your school has nothing to accept on this MoU.':
    'Teie koolil ei ole selles memorandumis midagi aktsepteerida.',
  'Only a partner that was asked to accept a proposed MoU rejects it.':
    'Esitatud memorandumi saab tagasi lükata ainult partner, kellel on palutud see aktsepteerida.',
  "Only a school's mobility coordinator drafts and accepts MoUs.":
    'Memorandume saab koostada ja aktsepteerida ainult kooli õpirände koordinaator.',
  'The MoU changed meanwhile; reload it.': 'Memorandum on vahepeal muutunud; laadige see uuesti.',
  'must be the id of a school': 'peab olema kooli id',
  'is a partner already': 'on juba partner',
  "must include the caller's own school": 'peab sisaldama teie enda kooli',
  'is the host institution or a company': 'peab olema vastuvõttev asutus või ettevõte',
  'must be one of the outcomes agreed for this unit':
    'peab olema üks selle ühiku kohta kokku lepitud õpiväljunditest',
  'A transcript is issued with at least one result.':
    'Väljavõtte väljastamiseks peab selles olema vähemalt üks tulemus.',
  "Only the coordinator of the learner's school recognises results.":
    'Tulemusi saab tunnustada ainult õppija kooli koordinaator.',
  'Results are recognised once the host issued the transcript.':
    'Tulemusi saab tunnustada alles siis, kui vastuvõttev asutus on väljavõtte väljastanud.',
  'The line was decided already.': 'Selle rea kohta on otsus juba tehtud.',
  'The line changed meanwhile; reload it.': 'Rida on vahepeal muutunud; laadige see uuesti.',
  'Only staff of the host institution record and issue the transcript.':
    'Tulemusi saavad väljavõttesse sisestada ja väljavõtte väljastada ainult vastuvõtva asutuse töötajad.',
  'Results are recorded once home, host and learner signed the agreement.':
    'Tulemusi saab sisestada alles siis, kui kodukool, vastuvõttev asutus ja õppija on õppelepingu allkirjastanud.',
  'The transcript was issued and is locked.': 'Väljavõte on väljastatud ja lukustatud.',
  "This thread belongs to another association's review: you may read it, not take part.":
    'See arutelu kuulub teise ühenduse läbivaatusse: saate seda lugeda, kuid mitte selles osaleda.',
  'Only reviewers of an association this curriculum was submitted to may comment.':
    'Kommenteerida saavad ainult nende ühenduste läbivaatajad, kellele see õppekava on läbivaatamiseks esitatud.',
  'Comments are taken while a curriculum is in review; this one is {0}.':
    'Kommentaare saab lisada siis, kui õppekava on läbivaatamisel; selle õppekava olek on {0}.',
  'Resolve or reopen the thread, not a reply.':
    'Lahendatuks märkida või uuesti avada saab arutelu, mitte vastust.',
  'This comment proposes no rewording.': 'See kommentaar ei paku uut sõnastust.',
  'This rewording was accepted already.': 'See sõnastuse ettepanek on juba vastu võetud.',
  'The part this comment is about no longer exists.':
    'Õppekava osa, mille kohta see kommentaar on, ei ole enam olemas.',
  'Only the authors and the reviewers of this curriculum take part in its review.':
    'Selle õppekava läbivaatuses saavad osaleda ainult selle autorid ja läbivaatajad.',
  'Review threads take part while a curriculum is in review; this one is {0}.':
    'Läbivaatuse arutelud on avatud siis, kui õppekava on läbivaatamisel; selle õppekava olek on {0}.',
  'must be the id of a unit of this curriculum': 'peab olema selle õppekava ühiku id',
  'must be the id of a outcome of this curriculum': 'peab olema selle õppekava õpiväljundi id',
  'must be the id of a work-based-learning of this curriculum':
    'peab olema selle õppekava töökohapõhise õppe perioodi id',
  'must be a list of {0} (found {1})':
    'peab olema loend, mille väärtused on järgmistest: {0} (leiti {1})',
  'must not be longer than {0} characters':
    'ei tohi olla pikem kui {0, plural, one {# märk} other {# märki}}',
  'must be one of the declared languages other than the primary one ({0})':
    'peab olema üks õppekava keeltest peale põhikeele ({0})',
  'send the XLIFF 2.0 file as application/xliff+xml':
    'saatke XLIFF 2.0 fail meediatüübiga application/xliff+xml',
  'must be a declared language of the curriculum other than the source ({0})':
    'peab olema üks õppekava keeltest, mis ei ole lähtekeel ({0})',
  'the translation must not be longer than {0} characters':
    'tõlge ei tohi olla pikem kui {0, plural, one {# märk} other {# märki}}',
  'The translations of a working copy are for its authors, its reviewers and administrators.':
    'Töökoopia tõlked on ainult selle autoritele, läbivaatajatele ja administraatoritele.',
  'must be a declared language of the curriculum ({0})': 'peab olema üks õppekava keeltest ({0})',
  'is the source language of this text; edit the source in the editor':
    'on selle teksti lähtekeel; muutke lähteteksti redaktoris',
  'the file is not an XLIFF 2.0 document': 'fail ei ole XLIFF 2.0 dokument',
  'a document type declaration is not accepted':
    'dokumenditüübi deklaratsioon (DOCTYPE) ei ole lubatud',
  'the file ends before its xliff element does (cut short?)':
    'fail lõpeb enne xliff-elemendi lõppu (kas fail on poolik?)',
  'the file is not well-formed XML: {0}': 'fail ei ole korrektne XML: {0}',
  'the file has no xliff element with srcLang': 'failis ei ole srcLang-atribuudiga xliff-elementi',
  'the xliff element has no trgLang': 'xliff-elemendil puudub trgLang',
  'the file has {0} segments in {1} units: join the segments of each unit into one':
    'failis on {0, plural, one {# segment} other {# segmenti}} {1, plural, one {# unit-elemendis} other {# unit-elemendis}}: ühendage iga unit-elemendi segmendid üheks',
  'Only reviewers of an association this curriculum was submitted to may do this.':
    'Seda saavad teha ainult nende ühenduste läbivaatajad, kellele see õppekava on läbivaatamiseks esitatud.',
  'Only authors of the owning institution and admins may do this.':
    'Seda saavad teha ainult õppekava omanikasutuse autorid ja administraatorid.',
  'The curriculum has {0} rule error(s) and cannot go to review yet: {1}':
    'Õppekavas on {0, plural, one {# ECVET-kontrolli viga} other {# ECVET-kontrolli viga}} ja seda ei saa veel läbivaatamiseks esitada: {1}',
  'The curriculum has {0} rule error(s) and cannot be published yet: {1}':
    'Õppekavas on {0, plural, one {# ECVET-kontrolli viga} other {# ECVET-kontrolli viga}} ja seda ei saa veel avaldada: {1}',
  'Your association disagrees in {0} open thread: resolve it first, or approve with a reason (overrideReason).':
    'Teie ühendus ei nõustu {0, plural, one {# avatud arutelus} other {# avatud arutelus}}: lahendage see kõigepealt või kiitke õppekava heaks põhjendusega (overrideReason).',
  'Your association disagrees in {0} open threads: resolve them first, or approve with a reason (overrideReason).':
    'Teie ühendus ei nõustu {0, plural, one {# avatud arutelus} other {# avatud arutelus}}: lahendage need kõigepealt või kiitke õppekava heaks põhjendusega (overrideReason).',
  'The curriculum changed while it was being published; reload it.':
    'Õppekava muutus avaldamise ajal; laadige see uuesti.',
  'must be a version number or "draft"': 'peab olema versiooni number või „draft“',
  'Cannot {0} a curriculum that is {1} (it would become {2}).':
    'Toimingut {0} ei saa teha õppekavaga, mille olek on {1} (uus olek oleks {2}).',
  'name at least one association (the school works with none yet)':
    'märkige vähemalt üks ühendus (kool ei tee veel ühegi ühendusega koostööd)',
  '{0} is not an association': '{0} ei ole ühendus',
  'The curriculum changed while you decided; reload it (it was {0}).':
    'Õppekava muutus teie otsustamise ajal; laadige see uuesti (selle olek oli {0}).',
  '{0} {1} not found': '{0} {1} ei leitud',
  'The {0} was changed by someone else; reload it and apply your change again.':
    '{0}: keegi teine on seda vahepeal muutnud; laadige see uuesti ja tehke oma muudatus veel kord.',
  'The import cannot be taken: {0} problem(s).':
    'Importi ei saa vastu võtta: {0, plural, one {# probleem} other {# probleemi}}.',
  'The stored {0} is malformed: {1} and {2} more.':
    'Salvestatud andmed ({0}) on vigased: {1} ja {2, plural, one {veel # probleem} other {veel # probleemi}}.',
  'The stored {0} is malformed: {1}.': 'Salvestatud andmed ({0}) on vigased: {1}.',
  'nested more than {0} levels deep':
    'on pesastatud sügavamale kui {0, plural, one {# tase} other {# taset}}',
  'The request body is nested more than {0} levels deep':
    'Päringu sisu on pesastatud sügavamale kui {0, plural, one {# tase} other {# taset}}',
  'property {0} should not exist': 'omadust {0} ei tohi olla',
  '{0} must not contain NUL characters (U+0000)': '{0} ei tohi sisaldada NUL-märke (U+0000)',
  '{0} must be well-formed Unicode text (a lone surrogate was sent)':
    '{0} peab olema korrektne Unicode-tekst (saadeti paaritu surrogaatmärk)',
  'Invalid input': 'Vigased sisendandmed',
  'Refused: a {0} request (Sec-Fetch-Site).': 'Keeldutud: päringu Sec-Fetch-Site on {0}.',
  'Refused: the request comes from another origin ({0}).':
    'Keeldutud: päring tuleb teiselt päritolult ({0}).',
  'The request line and header fields are too large (at most 16 KB)':
    'Päringurida ja päiseväljad on liiga suured (lubatud kuni 16 KB)',
  'The request took too long to arrive': 'Päringu saabumine võttis liiga kaua aega',
  'Malformed HTTP request': 'Vigane HTTP-päring',
  'The request body is not valid UTF-8 (line {0}): save it as UTF-8, not Latin-1 or Windows-1252.':
    'Päringu sisu ei ole korrektne UTF-8 (rida {0}): salvestage see UTF-8 kodeeringus, mitte Latin-1 ega Windows-1252 kodeeringus.',
  'must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715':
    'peab olema ISCED-F 2013 õppevaldkond (2–4 numbrit), nt 0715',
  'must be a language code such as de or en': 'peab olema keelekood, näiteks de või en',
  'must be an ESCO skill URI': 'peab olema ESCO oskuse URI',
  'must be an ESCO occupation URI': 'peab olema ESCO ameti URI',
  'email must be an e-mail address': 'email peab olema e-posti aadress',
  'country must be an ISO 3166-1 alpha-2 code such as DE or LT':
    'country peab olema ISO 3166-1 alpha-2 kood, näiteks DE või LT',
  'associationIds must name at least one association (or be left out)':
    'associationIds peab sisaldama vähemalt üht ühendust või puuduma',
  'each of associationIds must be the id of an association':
    'associationIds: iga väärtus peab olema ühenduse id',
  'rule must be one of {0}': 'rule peab olema üks järgmistest: {0}',
  'each of unitIds must be the id of a unit': 'unitIds: iga väärtus peab olema ühiku id',
  'each of outcomeIds must be the id of a learning outcome':
    'outcomeIds: iga väärtus peab olema õpiväljundi id',
  'iscedFCode must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715':
    'iscedFCode peab olema ISCED-F 2013 õppevaldkond (2–4 numbrit), nt 0715',
  'programmeForm must be one of {0}': 'programmeForm peab olema üks järgmistest: {0}',
  'primaryLanguage must be a language code such as de or en':
    'primaryLanguage peab olema keelekood, näiteks de või en',
  'each of languages must be a language code such as de or en':
    'languages: iga väärtus peab olema keelekood, näiteks de või en',
  'each of requiredLanguages must be a language code such as de or en':
    'requiredLanguages: iga väärtus peab olema keelekood, näiteks de või en',
  'uri must be an ESCO skill URI': 'uri peab olema ESCO oskuse URI',
  'uri must be an ESCO occupation URI': 'uri peab olema ESCO ameti URI',
  'tabId must be a UUID the tab made up': 'tabId peab olema vahekaardi enda loodud UUID',
  'sourceVersion must be the 16 hex digits of a source version':
    'sourceVersion peab koosnema lähteversiooni 16 kuueteistkümnendnumbrist',
  'electiveGroup must be the code of an elective group': 'electiveGroup peab olema valikrühma kood',
  'each of prerequisites must be the id of a unit':
    'prerequisites: iga väärtus peab olema ühiku id',
  'category must be one of {0}': 'category peab olema üks järgmistest: {0}',
  'must be a text': 'peab olema tekst',
  'must be a number': 'peab olema arv',
  'must be an object of texts keyed by language code':
    'peab olema objekt, mille võtmed on keelekoodid ja väärtused tekstid',
  'must be a list': 'peab olema loend',
  'must be a CASE origin { identifier, uri }':
    "peab olema CASE-päritolu kirje '{ identifier, uri }'",
  'must be the first of escoSkills (the main skill), or left out':
    'peab olema loendi escoSkills esimene element (põhioskus) või puuduma',
  'must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    'peab koosnema 1–50 tähest, numbrist, tühikust, punktist, sidekriipsust, alakriipsust või kaldkriipsust',
  '{0} must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    '{0} peab koosnema 1–50 tähest, numbrist, tühikust, punktist, sidekriipsust, alakriipsust või kaldkriipsust',
  'a code must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    'kood peab koosnema 1–50 tähest, numbrist, tühikust, punktist, sidekriipsust, alakriipsust või kaldkriipsust',
  'must be a whole number': 'peab olema täisarv',
  'must be from {0} to {1} (found {2})': 'peab olema vahemikus {0} kuni {1} (leiti {2})',
  'must be an object of texts keyed by language code, e.g. { "en": "…", "de": "…" }':
    'peab olema objekt, mille võtmed on keelekoodid ja väärtused tekstid, nt \'{ "en": "…", "de": "…" }\'',
  'must not have more than {0} languages':
    'ei tohi sisaldada rohkem kui {0, plural, one {# keel} other {# keelt}}',
  'has an invalid language code "{0}"': 'sisaldab vigast keelekoodi „{0}“',
  'must have a string for "{0}"': 'väärtus keele „{0}“ jaoks peab olema tekst',
  'must not be longer than {0} characters in "{1}"':
    'ei tohi keeles „{1}“ olla pikem kui {0, plural, one {# märk} other {# märki}}',
  'must have a text in at least one language': 'peab sisaldama teksti vähemalt ühes keeles',
  'must have at least {0} items':
    'peab sisaldama vähemalt {0, plural, one {# elementi} other {# elementi}}',
  'must have at least {0} item':
    'peab sisaldama vähemalt {0, plural, one {# elementi} other {# elementi}}',
  'must not have more than {0} items':
    'ei tohi sisaldada rohkem kui {0, plural, one {# element} other {# elementi}}',
  '{0} must be a string': '{0} peab olema tekst',
  'each value in {0} must be a string': '{0}: iga väärtus peab olema tekst',
  '{0} must be shorter than or equal to {1} characters':
    '{0} peab olema kõige rohkem {1, plural, one {# märk} other {# märki}} pikk',
  'each value in {0} must be shorter than or equal to {1} characters':
    '{0}: iga väärtus peab olema kõige rohkem {1, plural, one {# märk} other {# märki}} pikk',
  '{0} must be longer than or equal to {1} characters':
    '{0} peab olema vähemalt {1, plural, one {# märk} other {# märki}} pikk',
  'each value in {0} must be longer than or equal to {1} characters':
    '{0}: iga väärtus peab olema vähemalt {1, plural, one {# märk} other {# märki}} pikk',
  '{0} must be longer than or equal to {1} and shorter than or equal to {2} characters':
    '{0} peab olema vähemalt {1} ja kõige rohkem {2, plural, one {# märk} other {# märki}} pikk',
  '{0} must not be less than {1}': '{0} ei tohi olla väiksem kui {1}',
  '{0} must not be greater than {1}': '{0} ei tohi olla suurem kui {1}',
  '{0} must be an integer number': '{0} peab olema täisarv',
  '{0} must be a number conforming to the specified constraints':
    '{0} peab olema arv, mis vastab määratud piirangutele',
  '{0} must be a boolean value': '{0} peab olema tõeväärtus (true või false)',
  '{0} must be a UUID': '{0} peab olema UUID',
  'each value in {0} must be a UUID': '{0}: iga väärtus peab olema UUID',
  '{0} must be an email': '{0} peab olema e-posti aadress',
  '{0} must be one of the following values: {1}': '{0} peab olema üks järgmistest väärtustest: {1}',
  'each value in {0} must be one of the following values: {1}':
    '{0}: iga väärtus peab olema üks järgmistest väärtustest: {1}',
  '{0} must be an array': '{0} peab olema massiiv',
  '{0} must contain no more than {1} elements':
    '{0} ei tohi sisaldada rohkem kui {1, plural, one {# element} other {# elementi}}',
  '{0} must contain at least {1} elements':
    '{0} peab sisaldama vähemalt {1, plural, one {# elementi} other {# elementi}}',
  '{0} must be an object': '{0} peab olema objekt',
  'each value in {0} must be an object': '{0}: iga väärtus peab olema objekt',
  'nested property {0} must be either object or array':
    'pesastatud omadus {0} peab olema objekt või massiiv',
  'each value in nested property {0} must be either object or array':
    'pesastatud omadus {0}: iga väärtus peab olema objekt või massiiv',
  '{0} must be a date (YYYY-MM-DD)': '{0} peab olema kuupäev (AAAA-KK-PP)',
  User: 'Kasutaja',
  'Curriculum version': 'Õppekava versioon',
  Curriculum: 'Õppekava',
  curriculum: 'õppekava',
  unit: 'ühik',
  'learning outcome': 'õpiväljund',
  Unit: 'Ühik',
  'Learning outcome': 'Õpiväljund',
  'work-based learning period': 'töökohapõhise õppe periood',
  'Work-based learning period': 'Töökohapõhise õppe periood',
  CFPackage: 'CFPackage',
  CFItem: 'CFItem',
  CFAssociation: 'CFAssociation',
  CFItemType: 'CFItemType',
  'Export format (one of {0})': 'Ekspordivorming (üks järgmistest: {0})',
  Institution: 'Asutus',
  learner: 'õppija',
  Achievement: 'Saavutus',
  Learner: 'Õppija',
  'Learning Agreement': 'Õppeleping',
  MoU: 'Vastastikuse mõistmise memorandum',
  'Transcript line': 'Väljavõtte rida',
  'transcript line': 'väljavõtte rida',
  Notification: 'Teavitus',
  'Review comment': 'Läbivaatuse kommentaar',
  Text: 'Tekst',
  text: 'tekst',
  'Curriculum draft': 'Õppekava kavand',
  'ESCO occupation': 'ESCO amet',
  'lang must be a language code such as de or en': 'lang peab olema keelekood, näiteks de või en',
  'occupation must be an ESCO occupation URI': 'occupation peab olema ESCO ameti URI',
  'give either institution or partnership': 'märkige kas institution või partnership',
  'a comment on an ESCO skill proposes no rewording':
    'ESCO oskuse kommentaar ei paku uut sõnastust',
  'must be the UUID of an ESCO skill of the catalogue': 'peab olema kataloogi ESCO oskuse UUID',
  'exclude must list ESCO skill URIs': 'exclude peab loetlema ESCO oskuste URI-d',
  'occupations must list ESCO occupation URIs': 'occupations peab loetlema ESCO ametite URI-d',
  'Library entry': 'Raamatukogu kirje',
  'Curriculum {0} has no published version: the library takes units as a published version has them, so publish the curriculum first.':
    'Õppekaval {0} ei ole avaldatud versiooni: raamatukokku võetakse ühikud sellisena, nagu need on avaldatud versioonis, seega avaldage kõigepealt õppekava.',
  'Unit in the published version': 'Ühik avaldatud versioonis',
  'Library entry version': 'Raamatukogu kirje versioon',
  'curriculumId must be a curriculum id': 'curriculumId peab olema õppekava ID',
  'unitId must be a unit id': 'unitId peab olema ühiku ID',
  'Too many exports in a minute: wait a moment before the next one.':
    'Liiga palju eksporte minutis: oodake enne järgmist veidi.',
  'Too many imports in a minute: wait a moment before the next one.':
    'Liiga palju importe minutis: oodake enne järgmist veidi.',
  'Too many searches in a minute: wait a moment before the next one.':
    'Liiga palju otsinguid minutis: oodake enne järgmist veidi.',
  'Too many checks in a minute: wait a moment before the next one.':
    'Liiga palju kontrolle minutis: oodake enne järgmist veidi.',
  'The server is busy rendering other exports: try again in a moment.':
    'Server koostab praegu teisi eksporte: proovige hetke pärast uuesti.',
  'Unit in the library entry version': 'Ühik raamatukogu kirje versioonis',
  'unitId names a unit of a curriculum entry; this entry is one unit':
    'unitId nimetab õppekava kirje ühikut; see kirje on üks ühik',
  'unitId is needed to copy one unit of a curriculum into a draft':
    'unitId on vajalik, et kopeerida õppekava üks ühik mustandisse',
  'curriculumId is needed: a unit is copied into a draft':
    'curriculumId on vajalik: ühik kopeeritakse mustandisse',
  'skill must be an ESCO skill URI': 'skill peab olema ESCO oskuse URI',
  'language must be a language code such as de or en':
    'language peab olema keelekood, näiteks de või en',
  'institution must be an institution id': 'institution peab olema asutuse ID',
  'country must be an ISO 3166-1 alpha-2 code such as DE':
    'country peab olema ISO 3166-1 alpha-2 riigikood, näiteks DE',
  'must be a library provenance { entryId, version, … }':
    "peab olema raamatukogu päritoluandmed '{ entryId, version, … }'",
  '{0} is not an outcome this update changes': '{0} ei ole õpiväljund, mida see uuendus muudab',
  '{0} is not a learning outcome of this unit': '{0} ei ole selle mooduli õpiväljund',
  'Unit {0} has no update waiting: it was not adopted from the shared library, or it holds the latest version of its entry, or that version was dismissed.':
    'Moodulil {0} ei oota ühtegi uuendust: see ei ole võetud ühisest raamatukogust, sellel on juba kirje uusim versioon või see versioon lükati tagasi.',
  'endsOn must not be before startsOn ({0})': 'endsOn ei tohi olla enne startsOn ({0})',
  'capacity must be at least the {0} place(s) accepted requests hold':
    'capacity peab olema vähemalt {0} kohta, mille vastuvõetud taotlused hõivavad',
  'placement offer': 'praktikapakkumine',
  'Placement offer': 'Praktikapakkumine',
  'Placement request': 'Praktikataotlus',
  'Placement offer {0} is closed.': 'Praktikapakkumine {0} on suletud.',
  'Placement offer {0} has {1} free place(s); {2} were asked for.':
    'Praktikapakkumises {0} on {1} vaba kohta; küsiti {2}.',
  'This WBL period already has a pending or accepted request for placement offer {0}.':
    'Sellel töökohapõhise õppe perioodil on pakkumisele {0} juba ootel või vastu võetud taotlus.',
  'Placement request {0} is {1}, not pending.': 'Praktikataotlus {0} on {1}, mitte ootel.',
  'Placement offer {0} has {1} free place(s); the request asks for {2}.':
    'Praktikapakkumises {0} on {1} vaba kohta; taotlus küsib {2}.',
  'Placement request {0} is {1} already.': 'Praktikataotlus {0} on juba {1}.',
  'Placement request {0} changed meanwhile; reload it.':
    'Praktikataotlus {0} on vahepeal muutunud; laadige see uuesti.',
  'languages must be language codes such as de or en':
    'languages peavad olema keelekoodid, nt de või en',
  'wblId must be the id of a work-based learning period':
    'wblId peab olema töökohapõhise õppe perioodi ID',
  'outcomes must be outcome ids of the update': 'outcomes peavad olema uuenduse õpiväljundite ID-d',
  'keep must be outcome ids of the unit': 'keep peavad olema mooduli õpiväljundite ID-d',
  Job: 'Töö',
  'Job result': 'Töö tulemus',
  'The job is not done yet ({0}, {1}%).': 'Töö pole veel valmis ({0}, {1} %).',
  'must be a whole number from {0} to {1}': 'peab olema täisarv vahemikus {0} kuni {1}',
  'Exports cannot be prepared right now: the job queue cannot be reached. Try again in a moment.':
    'Eksporte ei saa praegu ette valmistada: tööde järjekord pole kättesaadav. Proovige hetke pärast uuesti.',
};
