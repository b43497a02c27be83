import type { Catalogue } from '../server-messages';

/** The API's messages in lv, by their English key (ADR 0026). */
export const LV: Catalogue = {
  'Log in first (session cookie or Authorization: Bearer <token>).':
    'Vispirms piesakieties (sesijas sīkdatne vai Authorization: Bearer <token>).',
  'Missing or wrong {0} header for a cookie-authenticated write.':
    'Izmaiņu pieprasījumam, kas autentificēts ar sīkdatni, trūkst galvenes {0}, vai tās vērtība ir nepareiza.',
  'This needs the role {0}; you are {1}.': 'Tam nepieciešama loma {0}; Jūsu loma ir {1}.',
  'Wrong e-mail or password.': 'Nepareiza e-pasta adrese vai parole.',
  'Too many wrong passwords for this account: wait before the next attempt.':
    'Šim kontam ievadīts pārāk daudz nepareizu paroļu: pirms nākamā mēģinājuma uzgaidiet.',
  'Too many failed logins from your network: wait before the next attempt.':
    'No Jūsu tīkla ir pārāk daudz neveiksmīgu pieteikšanās mēģinājumu: pirms nākamā mēģinājuma uzgaidiet.',
  'The server is busy checking passwords; try again.':
    'Serveris ir aizņemts ar paroļu pārbaudi; mēģiniet vēlreiz.',
  '{0} must be at least {1} characters long ({2} given); a passphrase of several words is easiest to remember':
    '{0} jāsatur vismaz {1, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}} (ievadīto rakstzīmju skaits: {2}); visvieglāk atcerēties paroles frāzi no vairākiem vārdiem',
  '{0} is one of the most common passwords found in data breaches':
    '{0} ir viena no biežāk lietotajām parolēm, kas atrodamas nopludinātos datos',
  '{0} is too easy to guess ({1}); add more words or characters':
    '{0} ir pārāk viegli uzminēt ({1}); pievienojiet vairāk vārdu vai rakstzīmju',
  '{0} is too easy to guess; add more words or characters':
    '{0} ir pārāk viegli uzminēt; pievienojiet vairāk vārdu vai rakstzīmju',
  'currentPassword is not your current password': 'currentPassword nav Jūsu pašreizējā parole',
  'token is unknown, expired or already used: ask an administrator for a new link':
    'token ir nezināms, tā derīguma termiņš ir beidzies, vai tas jau ir izmantots: lūdziet administratoram jaunu saiti',
  'Request body is too large': 'Pieprasījuma pamatteksts ir pārāk liels',
  'Too many requests from your address: wait a moment.':
    'No Jūsu adreses ir pārāk daudz pieprasījumu: brīdi uzgaidiet.',
  'Log in first: without a session a request body may have at most {0} bytes.':
    'Vispirms piesakieties: bez sesijas pieprasījuma pamatteksta apjoms drīkst būt ne vairāk kā {0, plural, zero {# baitu} one {# baits} other {# baiti}}.',
  'a {0} needs the id of a {1}': 'lomai {0} jānorāda iestādes ID (iestādes veids: {1})',
  'a {0} belongs to no institution': 'lietotājs ar lomu {0} nav saistīts ne ar vienu iestādi',
  'An account for {0} exists already.': 'Konts e-pasta adresei {0} jau pastāv.',
  '{0} is not among the languages': '{0} nav starp mācību programmas valodām',
  'A curriculum with published versions cannot be deleted; archive it instead.':
    'Mācību programmu, kurai ir publicētas versijas, nevar dzēst; tā vietā arhivējiet to.',
  'Only authors of the owning institution may do this.':
    'To drīkst darīt tikai tās iestādes autori, kurai pieder mācību programma.',
  'Curriculum {0} is {1}; reopen it for editing first (POST /api/v1/curricula/{2}/reopen): that starts a new draft, and learners keep the published version until the next one.':
    'Mācību programmas {0} statuss ir {1}; vispirms atkārtoti atveriet to rediģēšanai (POST /api/v1/curricula/{2}/reopen): tiks izveidots jauns melnraksts, un izglītojamie izmantos publicēto versiju, līdz tiks publicēta nākamā.',
  'Curriculum {0} is {1}; it can be edited as a draft or with requested changes.':
    'Mācību programmas {0} statuss ir {1}; to var rediģēt, kamēr tā ir melnraksts vai tai ir pieprasītas izmaiņas.',
  'The audit trail is for the authors of this curriculum and admins.':
    'Izmaiņu žurnāls ir pieejams tikai šīs mācību programmas autoriem un administratoriem.',
  'no unit has the code {0}': 'nav vienības ar kodu {0}',
  'unit {0} has no outcome {1}': 'vienībai {0} nav mācīšanās rezultāta Nr. {1}',
  'unit codes must be unique': 'vienību kodiem jābūt unikāliem',
  'CASE identifiers of units and outcomes must be unique':
    'vienību un mācīšanās rezultātu CASE identifikatoriem jābūt unikāliem',
  'This package is curriculum {0} ({1}), which is {2}: an import updates its draft once the review round is over (or request changes first).':
    'Šajā pakotnē ir mācību programma {0} ({1}) ar statusu {2}: imports atjaunina tās melnrakstu tikai pēc izskatīšanas kārtas beigām (vai vispirms pieprasiet izmaiņas).',
  'must list each of the {0} unit ids exactly once':
    'jānorāda visi vienību ID (kopā: {0}), katrs tieši vienu reizi',
  'must list each of the {0} learning outcome ids exactly once':
    'jānorāda visi mācīšanās rezultātu ID (kopā: {0}), katrs tieši vienu reizi',
  'must list each of the {0} work-based learning period ids exactly once':
    'jānorāda visi darba vidē balstīto mācību periodu ID (kopā: {0}), katrs tieši vienu reizi',
  '{0} is not a unit of this curriculum': '{0} nav šīs mācību programmas vienība',
  '{0} is not a learning outcome of this curriculum':
    '{0} nav šīs mācību programmas mācīšanās rezultāts',
  'must be one language code': 'jābūt vienam valodas kodam',
  'the {0} export has no versions to choose from':
    'eksporta formātam {0} nav versiju, no kurām izvēlēties',
  'must be one of {0}': 'jābūt vienai no vērtībām: {0}',
  "must be one of the curriculum's languages: {0}":
    'jābūt vienai no mācību programmas valodām: {0}',
  'Database unavailable': 'Datubāze nav pieejama',
  'must be a school': 'jābūt skolai',
  'must be the id of an association': 'jābūt nozares asociācijas ID',
  'EQF level': 'EKI līmenis',
  'no item hangs below the CFDocument (by isChildOf or isPartOf): the import would create an empty curriculum':
    'zem CFDocument nav neviena elementa (ar isChildOf vai isPartOf): imports izveidotu tukšu mācību programmu',
  'no unit has the code {0} (unit {1})': 'nav vienības ar kodu {0} (vienība Nr. {1})',
  duration: 'ilgums',
  'ISCED-F code': 'ISCED-F kods',
  'reference duration': 'atsauces ilgums',
  'form of study': 'mācību forma',
  intensity: 'intensitāte',
  'ECVET points': 'ECVET punkti',
  'and {0} more defaults: {1}':
    'un vēl {0, plural, zero {# noklusējuma vērtību} one {# noklusējuma vērtība} other {# noklusējuma vērtības}}: {1}',
  '{0}: not in the package, a default was used ({1}×) — please check':
    '{0}: pakotnē nav norādīts, tāpēc izmantota noklusējuma vērtība ({1}×) — lūdzu, pārbaudiet',
  'must be a list of field names': 'jābūt lauku nosaukumu sarakstam',
  '{0} is not in the package: {1} was used — please check':
    '{0}: pakotnē nav norādīts, tāpēc izmantota vērtība {1} — lūdzu, pārbaudiet',
  'must be an integer from {0} to {1}, got {2}':
    'jābūt veselam skaitlim no {0} līdz {1}, saņemts: {2}',
  'must be a number from {0} to {1}, got {2}': 'jābūt skaitlim no {0} līdz {1}, saņemts: {2}',
  'must be true or false': 'jābūt true vai false',
  'is not a valid {0}: {1}': 'nederīga vērtība ({0}): {1}',
  'curriculum code': 'mācību programmas kods',
  code: 'kods',
  'must be a unit code': 'jābūt vienības kodam',
  language: 'valoda',
  'must be a list of 1 to 30 language codes': 'jābūt sarakstam ar 1 līdz 30 valodu kodiem',
  'must include the primary language {0}': 'jāietver galvenā valoda {0}',
  "must be a list of the curriculum's languages":
    'jābūt sarakstam, kurā ir tikai mācību programmas valodas',
  'must map language codes to texts': 'jābūt objektam, kurā valodu kodiem atbilst teksti',
  'must be a list of {0}': 'jābūt sarakstam ar vērtībām no šīm: {0}',
  'must be an ESCO reference { uri, label }': "jābūt ESCO atsaucei '{ uri, label }'",
  'must be a list of at most {0} ESCO references':
    'jābūt sarakstam ar ne vairāk kā {0, plural, zero {# ESCO atsaucēm} one {# ESCO atsauci} other {# ESCO atsaucēm}}',
  'must be an object': 'jābūt objektam',
  'must be a list of at most {0} groups':
    'jābūt sarakstam ar ne vairāk kā {0, plural, zero {# grupām} one {# grupu} other {# grupām}}',
  'group code': 'grupas kods',
  'choice rule': 'vienību izvēles noteikums',
  'must be a list of at most 500 periods': 'jābūt sarakstam ar ne vairāk kā 500 periodiem',
  'must be a list of at most {0} parts':
    'jābūt sarakstam ar ne vairāk kā {0, plural, zero {# daļām} one {# daļu} other {# daļām}}',
  'part code': 'daļas kods',
  'must be a list of at most {0} entries':
    'jābūt sarakstam ar ne vairāk kā {0, plural, zero {# ierakstiem} one {# ierakstu} other {# ierakstiem}}',
  'must name a unit code and the index of one of its outcomes':
    'jānorāda vienības kods un viena tās mācīšanās rezultāta indekss',
  'the package must be a JSON object with a CFDocument':
    'pakotnei jābūt JSON objektam ar CFDocument',
  'is missing or not an object': 'trūkst vai nav objekts',
  'is missing': 'trūkst',
  'is missing or not a string': 'trūkst vai nav teksta virkne',
  'must be an array': 'jābūt masīvam',
  'has {0} items; at most {1} are accepted':
    'ir {0, plural, zero {# elementu} one {# elements} other {# elementi}}; pieļaujamais maksimums: {1}',
  'has {0} associations; at most {1} are accepted':
    'ir {0, plural, zero {# sasaistu} one {# sasaiste} other {# sasaistes}}; pieļaujamais maksimums: {1}',
  'duplicate identifier {0}': 'identifikators {0} atkārtojas',
  'must be an integer': 'jābūt veselam skaitlim',
  'points to {0}, which is no CFItem of the package': 'norāda uz {0}, kas nav šīs pakotnes CFItem',
  'points to {0}, which is neither the CFDocument nor a CFItem of the package':
    'norāda uz {0}, kas nav ne šīs pakotnes CFDocument, ne CFItem',
  '{0} is a child of itself (cycle)': '{0} ir pakārtots pats sev (cikls)',
  '{0} associations form a cycle through {1}': '{0} sasaistes veido ciklu caur {1}',
  'unit EQF level': 'vienības EKI līmenis',
  'unit ECVET points': 'vienības ECVET punkti',
  'unit year': 'vienības mācību gads',
  'outcome category': 'mācīšanās rezultāta kategorija',
  'a number is required': 'jānorāda skaitlis',
  '"{0}" is not a number': '„{0}“ nav skaitlis',
  '{0} is not a whole number': '{0} nav vesels skaitlis',
  '{0} is outside {1}..{2}': '{0} ir ārpus robežām {1}..{2}',
  '"{0}" is not true or false': '„{0}“ nav ne true, ne false',
  'unknown value "{0}" (allowed: {1})': 'nezināma vērtība „{0}“ (atļautās vērtības: {1})',
  'a code is required': 'jānorāda kods',
  'must be a JSON list of {"uri": …, "label": {"<lang>": …}}':
    'jābūt JSON sarakstam ar \'{"uri": …, "label": {"<lang>": …}}\'',
  'a quoted cell is never closed (missing ")':
    'pēdiņās ietvertai šūnai trūkst noslēdzošās pēdiņas (")',
  'text after the closing quote of a cell': 'teksts aiz šūnas noslēdzošās pēdiņas',
  'no row with record curriculum': 'nav rindas, kurā record ir curriculum',
  'only one curriculum row is allowed': 'atļauta tikai viena curriculum rinda',
  'lists "{0}", but the file has no column for it (title.{1}, description.{2} …): no text in "{3}" is imported':
    'norāda „{0}“, bet failā šai valodai nav kolonnu (title.{1}, description.{2} …): neviens teksts valodā „{3}“ netiek importēts',
  'the column appears more than once': 'kolonna atkārtojas',
  '"{0}" is not a language code': '„{0}“ nav valodas kods',
  'unknown column': 'nezināma kolonna',
  'missing column': 'trūkst kolonnas',
  'is not in the file (written before the ECVET model v2 of issue #17): the default is used — please check':
    'failā nav (fails izveidots pirms ECVET modeļa 2. versijas, pieteikums #17): izmantota noklusējuma vērtība — lūdzu, pārbaudiet',
  'not used in a {0} row; leave it empty':
    'rindās ar record {0} šo kolonnu neizmanto; atstājiet šūnu tukšu',
  'at least one language is required': 'jānorāda vismaz viena valoda',
  'a language is listed twice': 'kāda valoda norādīta divreiz',
  '"{0}" is not one of the languages': '„{0}“ nav starp mācību programmas valodām',
  'an occupation label needs the occupation URI':
    'profesijas nosaukumam nepieciešams profesijas URI',
  'elective group {0} appears twice': 'izvēles grupa {0} atkārtojas',
  'no elective group has the code {0}': 'nav izvēles grupas ar kodu {0}',
  'unit {0} has different data in row {1} ("{2}" there, "{3}" here)':
    'vienībai {0} rindā {1} ir citi dati (tur „{2}“, šeit „{3}“)',
  'unknown category "{0}" (allowed: {1})': 'nezināma kategorija „{0}“ (atļautās vērtības: {1})',
  'an ESCO label needs the ESCO URI': 'ESCO nosaukumam nepieciešams ESCO URI',
  'further ESCO skills need a main one first':
    'papildu ESCO prasmēm vispirms nepieciešama galvenā prasme',
  'a unit cannot require itself': 'vienība nevar būt priekšnosacījums pati sev',
  'prerequisite cycle: {0}': 'priekšnosacījumu cikls: {0}',
  '"{0}" is not <unit code>#<number>': '„{0}“ neatbilst formātam <vienības kods>#<numurs>',
  'send the spreadsheet as text/csv (UTF-8) in the request body':
    'nosūtiet izklājlapu kā text/csv (UTF-8) pieprasījuma pamattekstā',
  'the file is empty': 'fails ir tukšs',
  'the file is not valid UTF-8 (save it as "CSV UTF-8" — e.g. Windows-1252 or ISO-8859 umlauts cannot be read)':
    'fails nav derīgā UTF-8 kodējumā (saglabājiet to kā „CSV UTF-8“ — piemēram, burtus ar diakritiskajām zīmēm Windows-1252 vai ISO-8859 kodējumā nevar nolasīt)',
  'the file contains binary data (control character U+{0}); it is not a CSV text file':
    'failā ir binārie dati (vadības rakstzīme U+{0}); tas nav CSV teksta fails',
  'too many rows: at most {0} rows after the header':
    'pārāk daudz rindu: aiz galvenes drīkst būt ne vairāk kā {0, plural, zero {# rindu} one {# rinda} other {# rindas}}',
  '{0} cells but the header has {1} columns':
    'ir {0, plural, zero {# šūnu} one {# šūna} other {# šūnas}}, bet galvenē ir {1, plural, zero {# kolonnu} one {# kolonna} other {# kolonnas}}',
  'has no curriculum table (a table whose first cell is "curriculum")':
    'nav mācību programmas tabulas (tabulas, kuras pirmajā šūnā ir „curriculum“)',
  'a document describes one curriculum: this is its second curriculum table':
    'dokumentā apraksta vienu mācību programmu: šī ir tā otrā mācību programmas tabula',
  "is missing: the {0} texts of this table are left empty ({1} is one of the curriculum's languages)":
    'trūkst: šīs tabulas teksti paliek tukši (valoda: {0}; {1} ir viena no mācību programmas valodām)',
  'unit {0} appears twice (also {1})': 'vienība {0} atkārtojas (arī {1})',
  'is not a language code (or it is given twice); the column was not read':
    'nav valodas kods (vai ir norādīts divreiz); kolonna netika nolasīta',
  'is not a table of the template (its first cell is "{0}", not {1}); it was not read':
    'nav veidnes tabula (tās pirmajā šūnā ir „{0}“, nevis {1}); tā netika nolasīta',
  'is not a row of a {0} table; the first cell must be one of {1}':
    'nav tabulas {0} rinda; pirmajā šūnā jābūt vienai no vērtībām: {1}',
  'the row appears twice (row {0})': 'rinda atkārtojas (rinda {0})',
  'missing row': 'trūkst rindas',
  'is damaged: its XML ends in the middle of a tag': 'ir bojāts: tā XML beidzas taga vidū',
  'holds a DOCTYPE, which Word never writes': 'satur DOCTYPE, ko Word nekad neieraksta',
  'has more than {0} table rows; split the curriculum':
    'ir vairāk nekā {0, plural, zero {# tabulas rindu} one {# tabulas rinda} other {# tabulas rindas}}; sadaliet mācību programmu',
  'is an Excel workbook, not a Word document (.docx)':
    'ir Excel darbgrāmata, nevis Word dokuments (.docx)',
  'is a zip archive but not a Word document (.docx): word/document.xml is missing':
    'ir zip arhīvs, bet nav Word dokuments (.docx): trūkst word/document.xml',
  'the Word document (.docx) {0}': 'Word dokuments (.docx) {0}',
  'ELM needs a title of the qualification': 'ELM nepieciešams kvalifikācijas nosaukums',
  'ELM needs exactly one EQF level, an integer from 1 to 8':
    'ELM nepieciešams tieši viens EKI līmenis — vesels skaitlis no 1 līdz 8',
  'ELM needs the level in the national qualifications framework (NQF), 1 to {0}':
    'ELM nepieciešams Nacionālās kvalifikāciju ietvarstruktūras līmenis (no 1 līdz {0})',
  'ELM needs an ISCED-F 2013 field of education code, e.g. 0715':
    'ELM nepieciešams ISCED-F 2013 izglītības jomas kods, piemēram, 0715',
  'ELM needs the ECVET points of the qualification': 'ELM nepieciešami kvalifikācijas ECVET punkti',
  'ELM needs at least one unit with learning outcomes':
    'ELM nepieciešama vismaz viena vienība ar mācīšanās rezultātiem',
  'ELM needs a title of unit {0}': 'ELM nepieciešams vienības {0} nosaukums',
  'ELM needs the EQF level (1 to 8) of unit {0}':
    'ELM nepieciešams vienības {0} EKI līmenis (no 1 līdz 8)',
  'ELM needs the ECVET points of unit {0}': 'ELM nepieciešami vienības {0} ECVET punkti',
  'ELM needs at least one learning outcome in unit {0}':
    'ELM nepieciešams vismaz viens mācīšanās rezultāts vienībā {0}',
  'ELM needs the elective group of unit {0}, one the curriculum declares':
    'ELM nepieciešama vienības {0} izvēles grupa, kas noteikta mācību programmā',
  'ELM needs the text of every learning outcome':
    'ELM nepieciešams katra mācīšanās rezultāta teksts',
  'ELM needs a title of every WBL period':
    'ELM nepieciešams katra darba vidē balstīto mācību perioda nosaukums',
  'ELM needs the duration in hours of every WBL period':
    'ELM nepieciešams katra darba vidē balstīto mācību perioda ilgums stundās',
  'The curriculum lacks what the European Learning Model needs: {0} problem(s).':
    'Mācību programmā trūkst datu, kas nepieciešami Eiropas mācīšanās modelim (ELM): {0, plural, zero {# problēmu} one {# problēma} other {# problēmas}}.',
  'is a multi-part zip archive': 'ir vairākdaļīgs zip arhīvs',
  'is a ZIP64 archive, far larger than any curriculum':
    'ir ZIP64 arhīvs, kas ir daudz lielāks par jebkuru mācību programmu',
  'has {0} files inside; at most {1} are read':
    'satur {0, plural, zero {# failu} one {# failu} other {# failus}}; nolasa ne vairāk kā {1}',
  'is a damaged zip archive': 'ir bojāts zip arhīvs',
  'is a damaged zip archive (central directory)': 'ir bojāts zip arhīvs (centrālais katalogs)',
  'is encrypted (saved with a password)': 'ir šifrēts (saglabāts ar paroli)',
  'uses a compression method ({0}) Office does not write':
    'izmanto saspiešanas metodi ({0}), ko Office neizmanto',
  'unpacks to more than {0}; a curriculum is far smaller (zip bomb?)':
    'atarhivēts aizņem vairāk nekā {0}; mācību programma ir daudz mazāka (zip bumba?)',
  'is a damaged zip archive ({0})': 'ir bojāts zip arhīvs ({0})',
  'is a damaged zip archive ({0} is cut off)': 'ir bojāts zip arhīvs ({0} ir nepilnīgs)',
  'holds {0}, which unpacks to more than it declares (zip bomb?)':
    'satur {0}, kas atarhivēts aizņem vairāk, nekā norādīts (zip bumba?)',
  'is a damaged zip archive ({0} cannot be inflated)': 'ir bojāts zip arhīvs ({0} nevar atarhivēt)',
  'holds {0}, which unpacks to another size than it declares':
    'satur {0}, kura izmērs pēc atarhivēšanas atšķiras no norādītā',
  'is a damaged zip archive ({0} fails its checksum)':
    'ir bojāts zip arhīvs ({0} neatbilst kontrolsummai)',
  'holds {0} twice': 'satur {0} divreiz',
  'is not a zip archive, or it is cut off': 'nav zip arhīvs vai ir nepilnīgs',
  'is not a sheet of this layout; it was not read': 'nav šī izkārtojuma lapa; tā netika nolasīta',
  'is missing: the workbook needs the curriculum sheet (code, title, languages …)':
    'trūkst: darbgrāmatā nepieciešama mācību programmas lapa (code, title, languages …)',
  "is missing: the {0} {1} is left empty ({2} is one of the curriculum's languages)":
    'trūkst: lauks {1} paliek tukšs (valoda: {0}; {2} ir viena no mācību programmas valodām)',
  'the code of a unit is required': 'jānorāda vienības kods',
  'the assessment of unit {0} is given twice': 'vienības {0} novērtēšana norādīta divreiz',
  'unit {0} has two outcomes numbered {1}':
    'vienībai {0} ir divi mācīšanās rezultāti ar numuru {1}',
  'the ESCO skill URI is required': 'jānorāda ESCO prasmes URI',
  'unit {0} has no outcome numbered {1}': 'vienībai {0} nav mācīšanās rezultāta ar numuru {1}',
  'further ESCO skills need a main one in the outcomes sheet':
    'papildu ESCO prasmēm nepieciešama galvenā prasme lapā outcomes',
  '"{0}" is not <unit code>#<no>': '„{0}“ neatbilst formātam <vienības kods>#<nr.>',
  'is missing: the new draft gets no elective groups':
    'trūkst: jaunajā melnrakstā nebūs izvēles grupu',
  'is missing: the new draft gets no units of learning outcomes':
    'trūkst: jaunajā melnrakstā nebūs mācīšanās rezultātu vienību',
  'is missing: the new draft gets no assessment of the units':
    'trūkst: jaunajā melnrakstā nebūs vienību novērtēšanas',
  'is missing: the new draft gets no learning outcomes':
    'trūkst: jaunajā melnrakstā nebūs mācīšanās rezultātu',
  'is missing: the new draft gets no ESCO skills of the units, and further skills of outcomes':
    'trūkst: jaunajā melnrakstā nebūs ne vienību ESCO prasmju, ne mācīšanās rezultātu papildu prasmju',
  'is missing: the new draft gets no work-based learning periods':
    'trūkst: jaunajā melnrakstā nebūs darba vidē balstīto mācību periodu',
  'is missing: the new draft gets no parts of the assessment plan':
    'trūkst: jaunajā melnrakstā nebūs vērtēšanas plāna daļu',
  'is missing: the new draft gets no partial qualifications':
    'trūkst: jaunajā melnrakstā nebūs daļēju kvalifikāciju',
  'send the Excel workbook (.xlsx) file itself as {0} in the request body':
    'nosūtiet pašu Excel darbgrāmatas (.xlsx) failu kā {0} pieprasījuma pamattekstā',
  'is an old-format (.xls/.doc) or password-protected Office file: save it as Excel workbook (.xlsx) without a password':
    'ir vecā formāta (.xls/.doc) vai ar paroli aizsargāts Office fails: saglabājiet to kā Excel darbgrāmatu (.xlsx) bez paroles',
  'is not a Excel workbook (.xlsx) file (not a zip archive)':
    'nav Excel darbgrāmatas (.xlsx) fails (nav zip arhīvs)',
  'the Excel workbook (.xlsx) file {0}': 'Excel darbgrāmatas (.xlsx) fails {0}',
  'send the Word document (.docx) file itself as {0} in the request body':
    'nosūtiet pašu Word dokumenta (.docx) failu kā {0} pieprasījuma pamattekstā',
  'is an old-format (.xls/.doc) or password-protected Office file: save it as Word document (.docx) without a password':
    'ir vecā formāta (.xls/.doc) vai ar paroli aizsargāts Office fails: saglabājiet to kā Word dokumentu (.docx) bez paroles',
  'is not a Word document (.docx) file (not a zip archive)':
    'nav Word dokumenta (.docx) fails (nav zip arhīvs)',
  'the Word document (.docx) file {0}': 'Word dokumenta (.docx) fails {0}',
  'is a Word document, not an Excel workbook (.xlsx)':
    'ir Word dokuments, nevis Excel darbgrāmata (.xlsx)',
  'is a zip archive but not an Excel workbook (.xlsx): xl/workbook.xml is missing':
    'ir zip arhīvs, bet nav Excel darbgrāmata (.xlsx): trūkst xl/workbook.xml',
  'holds a DOCTYPE in {0}, which Excel never writes':
    'satur DOCTYPE failā {0}, ko Excel nekad neieraksta',
  'cannot be read as an Excel workbook ({0})': 'nevar nolasīt kā Excel darbgrāmatu ({0})',
  'holds the formula ={0}; formulas are not calculated on import: type the value itself':
    'satur formulu ={0}; importējot formulas netiek aprēķinātas: ierakstiet pašu vērtību',
  'holds a date ({0}); format the cell as text and type the value':
    'satur datumu ({0}); formatējiet šūnu kā tekstu un ierakstiet vērtību',
  'holds the error value {0}': 'satur kļūdas vērtību {0}',
  'holds a value that is neither text nor a number':
    'satur vērtību, kas nav ne teksts, ne skaitlis',
  'has more than {0} rows after its header; split the curriculum':
    'aiz galvenes ir vairāk nekā {0, plural, zero {# rindu} one {# rinda} other {# rindas}}; sadaliet mācību programmu',
  'is not a column of this sheet; it was not read': 'nav šīs lapas kolonna; tā netika nolasīta',
  'has values but no header; it was not read':
    'satur vērtības, bet tai nav galvenes; tā netika nolasīta',
  "is missing: the {0} texts of this column are left empty ({1} is one of the curriculum's languages)":
    'trūkst: šīs kolonnas teksti paliek tukši (valoda: {0}; {1} ir viena no mācību programmas valodām)',
  '"{0}" is not a field of the curriculum; the row was not read':
    '„{0}“ nav mācību programmas lauks; rinda netika nolasīta',
  'the field appears more than once (row {0})': 'lauks atkārtojas (rinda {0})',
  'Only those who read the working copy follow its changes.':
    'Darba kopijas izmaiņām var sekot tikai tie, kuriem ir tiesības to lasīt.',
  'Only staff of a school and learners list learners.':
    'Izglītojamo sarakstu var skatīt tikai skolas darbinieki un izglītojamie.',
  'Only staff of a school enrol its learners.':
    'Izglītojamos izglītības programmā uzņem tikai skolas darbinieki.',
  'The learner changed meanwhile; reload it.':
    'Izglītojamā dati pa to laiku ir mainīti; ielādējiet tos no jauna.',
  'Only an admin erases a learner.': 'Izglītojamā datus var dzēst tikai administrators.',
  "Only an admin exports a learner's data.":
    'Izglītojamā datus var eksportēt tikai administrators.',
  'The learner was erased.': 'Izglītojamā dati ir dzēsti.',
  "is not one of the learner's enrolments": 'nav šī izglītojamā uzņemšana izglītības programmā',
  'recognised prior learning is a passed result':
    'iepriekšējās mācīšanās atzīšanas rezultāts vienmēr ir sekmīgs (passed)',
  'A result recognised from a transcript stays; the transcript is the record of it.':
    'Rezultātu, kas atzīts, pamatojoties uz personīgo sekmju izziņu, nevar noņemt: izziņa ir tā apliecinājums.',
  "Only staff of the learner's school change the record.":
    'Sekmju pārskatu var mainīt tikai izglītojamā skolas darbinieki.',
  'The school has a learner with the number {0} already.':
    'Skolā jau ir izglītojamais ar numuru {0}.',
  'must be the e-mail of a learner account': 'jābūt izglītojamā konta e-pasta adresei',
  'That learner account belongs to another learner record.':
    'Šis izglītojamā konts jau ir piesaistīts cita izglītojamā sekmju pārskatam.',
  'is not a unit of the Learning Agreement': 'nav mācību līguma vienība',
  'is not a unit of the curriculum': 'nav mācību programmas vienība',
  'is not a learning outcome of the unit': 'nav šīs vienības mācīšanās rezultāts',
  'names the host institution or company': 'jānorāda uzņemošā iestāde vai uzņēmums',
  "Only the mobility coordinator of the learner's school drafts a Learning Agreement.":
    'Mācību līguma melnrakstu sagatavo tikai izglītojamā skolas mobilitātes koordinators.',
  'must be a learner of your school': 'jābūt Jūsu skolas izglītojamajam',
  "Only the coordinator of the learner's school edits the agreement.":
    'Līgumu rediģē tikai izglītojamā skolas koordinators.',
  'Only a draft agreement is edited; reject it to change it.':
    'Rediģēt var tikai līguma melnrakstu; lai līgumu mainītu, noraidiet to.',
  'Only the coordinators of home and host and the learner sign.':
    'Parakstīt var tikai nosūtošās skolas un uzņemošās iestādes koordinatori un izglītojamais.',
  "The learner's school signs the agreement first.": 'Vispirms līgumu paraksta izglītojamā skola.',
  'There is nothing for you to sign on this agreement.': 'Šajā līgumā Jums nav ko parakstīt.',
  'The host and the learner reject a proposed agreement.':
    'Ierosināto līgumu var noraidīt uzņemošā iestāde un izglītojamais.',
  'Only a proposed agreement is rejected.': 'Noraidīt var tikai ierosinātu līgumu.',
  'The agreement changed meanwhile; reload it.':
    'Līgums pa to laiku ir mainīts; ielādējiet to no jauna.',
  'must be an accepted MoU of your school': 'jābūt Jūsu skolas pieņemtam saprašanās memorandam',
  'must be another partner of the MoU': 'jābūt citam saprašanās memoranda partnerim',
  "is not enrolled in the MoU's curriculum":
    'nav uzņemts izglītības programmā pēc saprašanās memorandā norādītās mācību programmas',
  "must lie within the MoU's validity ({0} to {1})":
    'jābūt saprašanās memoranda darbības laikā (no {0} līdz {1})',
  'is not an outcome of a unit the host delivers':
    'nav tādas vienības mācīšanās rezultāts, ko īsteno uzņemošā iestāde',
  'must be a published curriculum': 'jābūt publicētai mācību programmai',
  'is not a unit the host delivers under the MoU':
    'nav vienība, ko uzņemošā iestāde īsteno saskaņā ar saprašanās memorandu',
  'must not be before the start date': 'nedrīkst būt pirms sākuma datuma',
  'Only the partner that drafted the MoU edits it.':
    'Saprašanās memorandu rediģē tikai partneris, kas sagatavoja tā melnrakstu.',
  'Only a draft MoU is edited; reject it to change it.':
    'Rediģēt var tikai saprašanās memoranda melnrakstu; lai memorandu mainītu, noraidiet to.',
  'The partner that drafted the MoU proposes it first.':
    'Vispirms saprašanās memorandu ierosina partneris, kas sagatavoja tā melnrakstu.',
  'Your school has nothing to accept on this MoU.':
    'Jūsu skolai šajā saprašanās memorandā nav ko pieņemt.',
  'Only a partner that was asked to accept a proposed MoU rejects it.':
    'Ierosināto saprašanās memorandu var noraidīt tikai partneris, kuram tas nosūtīts pieņemšanai.',
  "Only a school's mobility coordinator drafts and accepts MoUs.":
    'Saprašanās memorandus sagatavo un pieņem tikai skolas mobilitātes koordinators.',
  'The MoU changed meanwhile; reload it.':
    'Saprašanās memorands pa to laiku ir mainīts; ielādējiet to no jauna.',
  'must be the id of a school': 'jābūt skolas ID',
  'is a partner already': 'jau ir partneris',
  "must include the caller's own school": 'jāietver Jūsu skola',
  'is the host institution or a company': 'jābūt uzņemošajai iestādei vai uzņēmumam',
  'must be one of the outcomes agreed for this unit':
    'jābūt vienam no šai vienībai saskaņotajiem mācīšanās rezultātiem',
  'A transcript is issued with at least one result.':
    'Lai izsniegtu personīgo sekmju izziņu, tajā jābūt vismaz vienam rezultātam.',
  "Only the coordinator of the learner's school recognises results.":
    'Rezultātus atzīst tikai izglītojamā skolas koordinators.',
  'Results are recognised once the host issued the transcript.':
    'Rezultātus var atzīt, kad uzņemošā iestāde ir izsniegusi personīgo sekmju izziņu.',
  'The line was decided already.': 'Par šo rindu lēmums jau ir pieņemts.',
  'The line changed meanwhile; reload it.': 'Rinda pa to laiku ir mainīta; ielādējiet to no jauna.',
  'Only staff of the host institution record and issue the transcript.':
    'Personīgo sekmju izziņu aizpilda un izsniedz tikai uzņemošās iestādes darbinieki.',
  'Results are recorded once home, host and learner signed the agreement.':
    'Rezultātus var ierakstīt, kad nosūtošā skola, uzņemošā iestāde un izglītojamais ir parakstījuši līgumu.',
  'The transcript was issued and is locked.':
    'Personīgā sekmju izziņa ir izsniegta, un to vairs nevar mainīt.',
  "This thread belongs to another association's review: you may read it, not take part.":
    'Šis komentārs pieder citas nozares asociācijas izskatīšanai: Jūs varat to lasīt, bet nevarat tajā piedalīties.',
  'Only reviewers of an association this curriculum was submitted to may comment.':
    'Komentēt drīkst tikai to nozares asociāciju izskatītāji, kurām šī mācību programma iesniegta izskatīšanai.',
  'Comments are taken while a curriculum is in review; this one is {0}.':
    'Komentārus var pievienot, kamēr mācību programma ir izskatīšanā; šīs mācību programmas statuss ir {0}.',
  'Resolve or reopen the thread, not a reply.':
    'Atzīmēt kā atrisinātu vai atvērt atkārtoti var komentāru, nevis atbildi uz to.',
  'This comment proposes no rewording.': 'Šajā komentārā nav ierosināts cits formulējums.',
  'This rewording was accepted already.': 'Šis pārformulējums jau ir pieņemts.',
  'The part this comment is about no longer exists.':
    'Daļa, uz kuru attiecas šis komentārs, vairs nepastāv.',
  'Only the authors and the reviewers of this curriculum take part in its review.':
    'Šīs mācību programmas izskatīšanā piedalās tikai tās autori un izskatītāji.',
  'Review threads take part while a curriculum is in review; this one is {0}.':
    'Izskatīšanas komentāri ir atvērti, kamēr mācību programma ir izskatīšanā; šīs mācību programmas statuss ir {0}.',
  'must be the id of a unit of this curriculum': 'jābūt šīs mācību programmas vienības ID',
  'must be the id of a outcome of this curriculum':
    'jābūt šīs mācību programmas mācīšanās rezultāta ID',
  'must be the id of a work-based-learning of this curriculum':
    'jābūt šīs mācību programmas darba vidē balstīto mācību perioda ID',
  'must be a list of {0} (found {1})':
    'jābūt sarakstam ar vērtībām no šīm: {0} (nezināmās vērtības: {1})',
  'must not be longer than {0} characters':
    'drīkst saturēt ne vairāk kā {0, plural, zero {# rakstzīmju} one {# rakstzīmi} other {# rakstzīmes}}',
  'must be one of the declared languages other than the primary one ({0})':
    'jābūt vienai no mācību programmas valodām, izņemot galveno valodu ({0})',
  'send the XLIFF 2.0 file as application/xliff+xml':
    'nosūtiet XLIFF 2.0 failu kā application/xliff+xml',
  'must be a declared language of the curriculum other than the source ({0})':
    'jābūt mācību programmas valodai, kas nav avota valoda ({0})',
  'the translation must not be longer than {0} characters':
    'tulkojumā drīkst būt ne vairāk kā {0, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}}',
  'The translations of a working copy are for its authors, its reviewers and administrators.':
    'Darba kopijas tulkojumi ir pieejami tikai tās autoriem, izskatītājiem un administratoriem.',
  'must be a declared language of the curriculum ({0})': 'jābūt mācību programmas valodai ({0})',
  'is the source language of this text; edit the source in the editor':
    'ir šī teksta avota valoda; rediģējiet avota tekstu redaktorā',
  'the file is not an XLIFF 2.0 document': 'fails nav XLIFF 2.0 dokuments',
  'a document type declaration is not accepted':
    'dokumenta tipa deklarācija (DOCTYPE) netiek pieņemta',
  'the file ends before its xliff element does (cut short?)':
    'fails beidzas pirms tā xliff elementa beigām (vai fails ir nepilnīgs?)',
  'the file is not well-formed XML: {0}': 'fails nav pareizi veidots XML: {0}',
  'the file has no xliff element with srcLang': 'failā nav xliff elementa ar srcLang',
  'the xliff element has no trgLang': 'xliff elementam nav trgLang',
  'the file has {0} segments in {1} units: join the segments of each unit into one':
    'failā ir {0, plural, zero {# segmentu} one {# segments} other {# segmenti}} {1, plural, zero {# unit elementos} one {# unit elementā} other {# unit elementos}}: apvienojiet katra unit elementa segmentus vienā',
  'Only reviewers of an association this curriculum was submitted to may do this.':
    'To drīkst darīt tikai to nozares asociāciju izskatītāji, kurām šī mācību programma iesniegta izskatīšanai.',
  'Only authors of the owning institution and admins may do this.':
    'To drīkst darīt tikai tās iestādes autori, kurai pieder mācību programma, un administratori.',
  'The curriculum has {0} rule error(s) and cannot go to review yet: {1}':
    'Mācību programmā ir {0, plural, zero {# ECVET pārbaudes kļūdu} one {# ECVET pārbaudes kļūda} other {# ECVET pārbaudes kļūdas}}, tāpēc to vēl nevar iesniegt izskatīšanai: {1}',
  'The curriculum has {0} rule error(s) and cannot be published yet: {1}':
    'Mācību programmā ir {0, plural, zero {# ECVET pārbaudes kļūdu} one {# ECVET pārbaudes kļūda} other {# ECVET pārbaudes kļūdas}}, tāpēc to vēl nevar publicēt: {1}',
  'Your association disagrees in {0} open thread: resolve it first, or approve with a reason (overrideReason).':
    'Jūsu asociācijai ir iebildumi {0, plural, zero {# atvērtos komentāros} one {# atvērtā komentārā} other {# atvērtos komentāros}}: vispirms atrisiniet to vai apstipriniet, norādot pamatojumu (overrideReason).',
  'Your association disagrees in {0} open threads: resolve them first, or approve with a reason (overrideReason).':
    'Jūsu asociācijai ir iebildumi {0, plural, zero {# atvērtos komentāros} one {# atvērtā komentārā} other {# atvērtos komentāros}}: vispirms atrisiniet tos vai apstipriniet, norādot pamatojumu (overrideReason).',
  'The curriculum changed while it was being published; reload it.':
    'Mācību programma tika mainīta publicēšanas laikā; ielādējiet to no jauna.',
  'must be a version number or "draft"': 'jābūt versijas numuram vai „draft“',
  'Cannot {0} a curriculum that is {1} (it would become {2}).':
    'Darbību {0} nevar veikt mācību programmai ar statusu {1} (tās statuss kļūtu {2}).',
  'name at least one association (the school works with none yet)':
    'norādiet vismaz vienu nozares asociāciju (skola vēl ne ar vienu nesadarbojas)',
  '{0} is not an association': '{0} nav nozares asociācija',
  'The curriculum changed while you decided; reload it (it was {0}).':
    'Mācību programma tika mainīta, kamēr Jūs pieņēmāt lēmumu; ielādējiet to no jauna (tās statuss bija {0}).',
  '{0} {1} not found': 'Nav atrasts: {0} {1}',
  'The {0} was changed by someone else; reload it and apply your change again.':
    'Kāds cits ir mainījis šo objektu ({0}); ielādējiet to no jauna un veiciet savas izmaiņas vēlreiz.',
  'The import cannot be taken: {0} problem(s).':
    'Importu nevar pieņemt: {0, plural, zero {# problēmu} one {# problēma} other {# problēmas}}.',
  'The stored {0} is malformed: {1} and {2} more.':
    'Saglabātie dati ({0}) ir bojāti: {1} un vēl {2, plural, zero {# problēmu} one {# problēma} other {# problēmas}}.',
  'The stored {0} is malformed: {1}.': 'Saglabātie dati ({0}) ir bojāti: {1}.',
  'nested more than {0} levels deep':
    'ligzdojums ir dziļāks par {0, plural, zero {# līmeņiem} one {# līmeni} other {# līmeņiem}}',
  'The request body is nested more than {0} levels deep':
    'Pieprasījuma pamatteksta ligzdojums ir dziļāks par {0, plural, zero {# līmeņiem} one {# līmeni} other {# līmeņiem}}',
  'property {0} should not exist': 'rekvizīts {0} nav atļauts',
  '{0} must not contain NUL characters (U+0000)': '{0} nedrīkst saturēt NUL rakstzīmes (U+0000)',
  '{0} must be well-formed Unicode text (a lone surrogate was sent)':
    '{0} jābūt pareizi veidotam Unicode tekstam (nosūtīts nesapārots surogātkods)',
  'Invalid input': 'Nederīgi ievades dati',
  'Refused: a {0} request (Sec-Fetch-Site).':
    'Atteikts: pieprasījums ar Sec-Fetch-Site vērtību {0}.',
  'Refused: the request comes from another origin ({0}).':
    'Atteikts: pieprasījums nāk no cita izcelsmes avota ({0}).',
  'The request line and header fields are too large (at most 16 KB)':
    'Pieprasījuma rinda un galvenes lauki ir pārāk lieli (atļauts ne vairāk kā 16 KB)',
  'The request took too long to arrive': 'Pieprasījuma saņemšana ilga pārāk ilgi',
  'Malformed HTTP request': 'Nepareizi veidots HTTP pieprasījums',
  'The request body is not valid UTF-8 (line {0}): save it as UTF-8, not Latin-1 or Windows-1252.':
    'Pieprasījuma pamatteksts nav derīgā UTF-8 kodējumā (rinda {0}): saglabājiet to UTF-8, nevis Latin-1 vai Windows-1252 kodējumā.',
  'must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715':
    'jābūt ISCED-F 2013 jomas kodam (2–4 cipari), piemēram, 0715',
  'must be a language code such as de or en': 'jābūt valodas kodam, piemēram, de vai en',
  'must be an ESCO skill URI': 'jābūt ESCO prasmes URI',
  'must be an ESCO occupation URI': 'jābūt ESCO profesijas URI',
  'email must be an e-mail address': 'email jābūt e-pasta adresei',
  'country must be an ISO 3166-1 alpha-2 code such as DE or LT':
    'country jābūt ISO 3166-1 alpha-2 kodam, piemēram, DE vai LT',
  'associationIds must name at least one association (or be left out)':
    'associationIds jānorāda vismaz viena nozares asociācija (vai lauks jāizlaiž)',
  'each of associationIds must be the id of an association':
    'katram associationIds elementam jābūt nozares asociācijas ID',
  'rule must be one of {0}': 'rule jābūt vienai no vērtībām: {0}',
  'each of unitIds must be the id of a unit': 'katram unitIds elementam jābūt vienības ID',
  'each of outcomeIds must be the id of a learning outcome':
    'katram outcomeIds elementam jābūt mācīšanās rezultāta ID',
  'iscedFCode must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715':
    'iscedFCode jābūt ISCED-F 2013 jomas kodam (2–4 cipari), piemēram, 0715',
  'programmeForm must be one of {0}': 'programmeForm jābūt vienai no vērtībām: {0}',
  'primaryLanguage must be a language code such as de or en':
    'primaryLanguage jābūt valodas kodam, piemēram, de vai en',
  'each of languages must be a language code such as de or en':
    'katram languages elementam jābūt valodas kodam, piemēram, de vai en',
  'each of requiredLanguages must be a language code such as de or en':
    'katram requiredLanguages elementam jābūt valodas kodam, piemēram, de vai en',
  'uri must be an ESCO skill URI': 'uri jābūt ESCO prasmes URI',
  'uri must be an ESCO occupation URI': 'uri jābūt ESCO profesijas URI',
  'tabId must be a UUID the tab made up': 'tabId jābūt UUID, ko izveidojusi pārlūkprogrammas cilne',
  'sourceVersion must be the 16 hex digits of a source version':
    'sourceVersion jābūt avota versijas identifikatoram no 16 heksadecimāliem cipariem',
  'electiveGroup must be the code of an elective group': 'electiveGroup jābūt izvēles grupas kodam',
  'each of prerequisites must be the id of a unit':
    'katram prerequisites elementam jābūt vienības ID',
  'category must be one of {0}': 'category jābūt vienai no vērtībām: {0}',
  'must be a text': 'jābūt tekstam',
  'must be a number': 'jābūt skaitlim',
  'must be an object of texts keyed by language code':
    'jābūt objektam ar tekstiem, kuru atslēgas ir valodu kodi',
  'must be a list': 'jābūt sarakstam',
  'must be a CASE origin { identifier, uri }': "jābūt CASE izcelsmes norādei '{ identifier, uri }'",
  'must be the first of escoSkills (the main skill), or left out':
    'jābūt pirmajam escoSkills elementam (galvenajai prasmei), vai lauks jāizlaiž',
  'must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    'jāsastāv no 1–50 burtiem, cipariem, atstarpēm, punktiem, defisēm, pasvītrām vai slīpsvītrām',
  '{0} must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    '{0} jāsastāv no 1–50 burtiem, cipariem, atstarpēm, punktiem, defisēm, pasvītrām vai slīpsvītrām',
  'a code must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    'kodam jāsastāv no 1–50 burtiem, cipariem, atstarpēm, punktiem, defisēm, pasvītrām vai slīpsvītrām',
  'must be a whole number': 'jābūt veselam skaitlim',
  'must be from {0} to {1} (found {2})': 'jābūt no {0} līdz {1} (norādīts: {2})',
  'must be an object of texts keyed by language code, e.g. { "en": "…", "de": "…" }':
    'jābūt objektam ar tekstiem, kuru atslēgas ir valodu kodi, piemēram, \'{ "en": "…", "de": "…" }\'',
  'must not have more than {0} languages':
    'drīkst saturēt tekstus ne vairāk kā {0, plural, zero {# valodās} one {# valodā} other {# valodās}}',
  'has an invalid language code "{0}"': 'satur nederīgu valodas kodu „{0}“',
  'must have a string for "{0}"': 'valodai „{0}“ jānorāda teksta virkne',
  'must not be longer than {0} characters in "{1}"':
    'tekstā valodā „{1}“ drīkst būt ne vairāk kā {0, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}}',
  'must have a text in at least one language': 'jābūt tekstam vismaz vienā valodā',
  'must have at least {0} items':
    'jāsatur vismaz {0, plural, zero {# elementu} one {# elements} other {# elementi}}',
  'must have at least {0} item':
    'jāsatur vismaz {0, plural, zero {# elementu} one {# elements} other {# elementi}}',
  'must not have more than {0} items':
    'drīkst saturēt ne vairāk kā {0, plural, zero {# elementu} one {# elementu} other {# elementus}}',
  '{0} must be a string': '{0} jābūt teksta virknei',
  'each value in {0} must be a string': 'katrai vērtībai laukā {0} jābūt teksta virknei',
  '{0} must be shorter than or equal to {1} characters':
    '{0} drīkst saturēt ne vairāk kā {1, plural, zero {# rakstzīmju} one {# rakstzīmi} other {# rakstzīmes}}',
  'each value in {0} must be shorter than or equal to {1} characters':
    'katra vērtība laukā {0} drīkst saturēt ne vairāk kā {1, plural, zero {# rakstzīmju} one {# rakstzīmi} other {# rakstzīmes}}',
  '{0} must be longer than or equal to {1} characters':
    '{0} jāsatur vismaz {1, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}}',
  'each value in {0} must be longer than or equal to {1} characters':
    'katrai vērtībai laukā {0} jāsatur vismaz {1, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}}',
  '{0} must be longer than or equal to {1} and shorter than or equal to {2} characters':
    '{0} jāsatur no {1} līdz {2, plural, zero {# rakstzīmēm} one {# rakstzīmei} other {# rakstzīmēm}}',
  '{0} must not be less than {1}': '{0} vērtība nedrīkst būt mazāka par {1}',
  '{0} must not be greater than {1}': '{0} vērtība nedrīkst būt lielāka par {1}',
  '{0} must be an integer number': '{0} jābūt veselam skaitlim',
  '{0} must be a number conforming to the specified constraints':
    '{0} jābūt skaitlim, kas atbilst noteiktajiem ierobežojumiem',
  '{0} must be a boolean value': '{0} jābūt Būla vērtībai (true vai false)',
  '{0} must be a UUID': '{0} jābūt UUID',
  'each value in {0} must be a UUID': 'katrai vērtībai laukā {0} jābūt UUID',
  '{0} must be an email': '{0} jābūt e-pasta adresei',
  '{0} must be one of the following values: {1}': '{0} jābūt vienai no šīm vērtībām: {1}',
  'each value in {0} must be one of the following values: {1}':
    'katrai vērtībai laukā {0} jābūt vienai no šīm vērtībām: {1}',
  '{0} must be an array': '{0} jābūt masīvam',
  '{0} must contain no more than {1} elements':
    '{0} drīkst saturēt ne vairāk kā {1, plural, zero {# elementu} one {# elementu} other {# elementus}}',
  '{0} must contain at least {1} elements':
    '{0} jāsatur vismaz {1, plural, zero {# elementu} one {# elements} other {# elementi}}',
  '{0} must be an object': '{0} jābūt objektam',
  'each value in {0} must be an object': 'katrai vērtībai laukā {0} jābūt objektam',
  'nested property {0} must be either object or array':
    'ligzdotajam rekvizītam {0} jābūt objektam vai masīvam',
  'each value in nested property {0} must be either object or array':
    'katrai ligzdotā rekvizīta {0} vērtībai jābūt objektam vai masīvam',
  '{0} must be a date (YYYY-MM-DD)': '{0} jābūt datumam (YYYY-MM-DD)',
  User: 'Lietotājs',
  'Curriculum version': 'Mācību programmas versija',
  Curriculum: 'Mācību programma',
  curriculum: 'mācību programma',
  unit: 'vienība',
  'learning outcome': 'mācīšanās rezultāts',
  Unit: 'Vienība',
  'Learning outcome': 'Mācīšanās rezultāts',
  'work-based learning period': 'darba vidē balstīto mācību periods',
  'Work-based learning period': 'Darba vidē balstīto mācību periods',
  CFPackage: 'CFPackage',
  CFItem: 'CFItem',
  CFAssociation: 'CFAssociation',
  CFItemType: 'CFItemType',
  'Export format (one of {0})': 'Eksporta formāts (viens no: {0})',
  Institution: 'Iestāde',
  learner: 'izglītojamais',
  Achievement: 'Sasniegums',
  Learner: 'Izglītojamais',
  'Learning Agreement': 'Mācību līgums',
  MoU: 'Saprašanās memorands',
  'Transcript line': 'Izziņas rinda',
  'transcript line': 'izziņas rinda',
  Notification: 'Paziņojums',
  'Review comment': 'Izskatīšanas komentārs',
  Text: 'Teksts',
  text: 'teksts',
  'Curriculum draft': 'Mācību programmas projekts',
  'ESCO occupation': 'ESCO profesija',
  'lang must be a language code such as de or en': 'lang jābūt valodas kodam, piemēram, de vai en',
  'occupation must be an ESCO occupation URI': 'occupation jābūt ESCO profesijas URI',
  'give either institution or partnership': 'norādiet vai nu institution, vai partnership',
  'a comment on an ESCO skill proposes no rewording':
    'komentārā par ESCO prasmi netiek ierosināts cits formulējums',
  'must be the UUID of an ESCO skill of the catalogue': 'jābūt kataloga ESCO prasmes UUID',
  'exclude must list ESCO skill URIs': 'exclude jāuzskaita ESCO prasmju URI',
  'occupations must list ESCO occupation URIs': 'occupations jāuzskaita ESCO profesiju URI',
  'Library entry': 'Bibliotēkas ieraksts',
  'Curriculum {0} has no published version: the library takes units as a published version has them, so publish the curriculum first.':
    'Mācību programmai {0} nav publicētas versijas: bibliotēkā vienības tiek iekļautas tādas, kādas tās ir publicētajā versijā, tāpēc vispirms publicējiet mācību programmu.',
  'Unit in the published version': 'Vienība publicētajā versijā',
  'Library entry version': 'Bibliotēkas ieraksta versija',
  'curriculumId must be a curriculum id': 'curriculumId jābūt mācību programmas ID',
  'unitId must be a unit id': 'unitId jābūt vienības ID',
  'Too many exports in a minute: wait a moment before the next one.':
    'Pārāk daudz eksportu vienā minūtē: pagaidiet brīdi pirms nākamā.',
  'Too many imports in a minute: wait a moment before the next one.':
    'Pārāk daudz importu vienā minūtē: pagaidiet brīdi pirms nākamā.',
  'Too many searches in a minute: wait a moment before the next one.':
    'Pārāk daudz meklējumu vienā minūtē: pagaidiet brīdi pirms nākamā.',
  'Too many checks in a minute: wait a moment before the next one.':
    'Pārāk daudz pārbaužu vienā minūtē: pagaidiet brīdi pirms nākamās.',
  'The server is busy rendering other exports: try again in a moment.':
    'Serveris pašlaik sagatavo citus eksportus: mēģiniet vēlreiz pēc brīža.',
  'Unit in the library entry version': 'Vienība bibliotēkas ieraksta versijā',
  'unitId names a unit of a curriculum entry; this entry is one unit':
    'unitId norāda programmas ieraksta vienību; šis ieraksts ir viena vienība',
  'unitId is needed to copy one unit of a curriculum into a draft':
    'unitId ir vajadzīgs, lai programmas vienu vienību kopētu melnrakstā',
  'curriculumId is needed: a unit is copied into a draft':
    'curriculumId ir vajadzīgs: vienība tiek kopēta melnrakstā',
  'skill must be an ESCO skill URI': 'skill jābūt ESCO prasmes URI',
  'language must be a language code such as de or en':
    'language jābūt valodas kodam, piemēram, de vai en',
  'institution must be an institution id': 'institution jābūt iestādes ID',
  'country must be an ISO 3166-1 alpha-2 code such as DE':
    'country jābūt ISO 3166-1 alpha-2 valsts kodam, piemēram, DE',
  'must be a library provenance { entryId, version, … }':
    "jābūt bibliotēkas izcelsmes norādei '{ entryId, version, … }'",
  '{0} is not an outcome this update changes':
    '{0} nav mācīšanās rezultāts, ko maina šis atjauninājums',
  '{0} is not a learning outcome of this unit': '{0} nav šī moduļa mācīšanās rezultāts',
  'Unit {0} has no update waiting: it was not adopted from the shared library, or it holds the latest version of its entry, or that version was dismissed.':
    'Modulim {0} nav gaidoša atjauninājuma: tas nav pārņemts no kopīgās bibliotēkas, tam jau ir jaunākā ieraksta versija, vai šī versija tika noraidīta.',
  'endsOn must not be before startsOn ({0})': 'endsOn nedrīkst būt pirms startsOn ({0})',
  'capacity must be at least the {0} place(s) accepted requests hold':
    'capacity jābūt vismaz {0} vietām, ko aizņem pieņemtie pieprasījumi',
  'placement offer': 'prakses vietu piedāvājums',
  'Placement offer': 'Prakses vietu piedāvājums',
  'Placement request': 'Prakses vietu pieprasījums',
  'Placement offer {0} is closed.': 'Prakses vietu piedāvājums {0} ir slēgts.',
  'Placement offer {0} has {1} free place(s); {2} were asked for.':
    'Prakses vietu piedāvājumā {0} ir {1} brīvas vietas; pieprasītas {2}.',
  'This WBL period already has a pending or accepted request for placement offer {0}.':
    'Šim darba vidē balstītas mācīšanās posmam jau ir gaidošs vai pieņemts pieprasījums piedāvājumam {0}.',
  'Placement request {0} is {1}, not pending.':
    'Prakses vietu pieprasījums {0} ir {1}, nevis gaidošs.',
  'Placement offer {0} has {1} free place(s); the request asks for {2}.':
    'Prakses vietu piedāvājumā {0} ir {1} brīvas vietas; pieprasījumā prasītas {2}.',
  'Placement request {0} is {1} already.': 'Prakses vietu pieprasījums {0} jau ir {1}.',
  'Placement request {0} changed meanwhile; reload it.':
    'Prakses vietu pieprasījums {0} pa to laiku ir mainījies; ielādējiet to vēlreiz.',
  'languages must be language codes such as de or en':
    'languages jābūt valodu kodiem, piemēram, de vai en',
  'wblId must be the id of a work-based learning period':
    'wblId jābūt darba vidē balstītas mācīšanās posma ID',
  'outcomes must be outcome ids of the update':
    'outcomes jābūt atjauninājuma mācīšanās rezultātu ID',
  'keep must be outcome ids of the unit': 'keep jābūt moduļa mācīšanās rezultātu ID',
  Job: 'Uzdevums',
  'Job result': 'Uzdevuma rezultāts',
  'The job is not done yet ({0}, {1}%).': 'Uzdevums vēl nav pabeigts ({0}, {1} %).',
  'must be a whole number from {0} to {1}': 'jābūt veselam skaitlim no {0} līdz {1}',
  'Exports cannot be prepared right now: the job queue cannot be reached. Try again in a moment.':
    'Eksportu pašlaik nevar sagatavot: uzdevumu rinda nav sasniedzama. Mēģiniet vēlreiz pēc brīža.',
};
