import type { Catalogue } from '../server-messages';

/** The API's messages in lt, by their English key (ADR 0026). */
export const LT: Catalogue = {
  'Log in first (session cookie or Authorization: Bearer <token>).':
    'Pirmiausia prisijunkite (sesijos slapukas arba Authorization: Bearer <token>).',
  'Missing or wrong {0} header for a cookie-authenticated write.':
    'Rašymo užklausai, autentifikuotai slapuku, trūksta antraštės {0} arba ji neteisinga.',
  'This needs the role {0}; you are {1}.': 'Tam reikia vaidmens {0}; Jūsų vaidmuo – {1}.',
  'Wrong e-mail or password.': 'Neteisingas el. pašto adresas arba slaptažodis.',
  'Too many wrong passwords for this account: wait before the next attempt.':
    'Šiai paskyrai per daug kartų įvestas neteisingas slaptažodis: prieš kitą bandymą palaukite.',
  'Too many failed logins from your network: wait before the next attempt.':
    'Iš Jūsų tinklo per daug nesėkmingų bandymų prisijungti: prieš kitą bandymą palaukite.',
  'The server is busy checking passwords; try again.':
    'Serveris užimtas tikrindamas slaptažodžius; bandykite dar kartą.',
  '{0} must be at least {1} characters long ({2} given); a passphrase of several words is easiest to remember':
    '{0} turi būti ne mažiau kaip {1, plural, one {# simbolio} few {# simbolių} many {# simbolio} other {# simbolių}} ilgio (įvesta simbolių: {2}); lengviausia įsiminti kelių žodžių slaptafrazę',
  '{0} is one of the most common passwords found in data breaches':
    '{0} yra vienas dažniausių slaptažodžių, randamų nutekintuose duomenyse',
  '{0} is too easy to guess ({1}); add more words or characters':
    '{0} per lengvai atspėjamas ({1}); pridėkite daugiau žodžių arba simbolių',
  '{0} is too easy to guess; add more words or characters':
    '{0} per lengvai atspėjamas; pridėkite daugiau žodžių arba simbolių',
  'currentPassword is not your current password':
    'currentPassword nėra Jūsų dabartinis slaptažodis',
  'token is unknown, expired or already used: ask an administrator for a new link':
    'token nežinomas, nebegalioja arba jau panaudotas: naujos nuorodos paprašykite administratoriaus',
  'Request body is too large': 'Užklausos turinys per didelis',
  'Too many requests from your address: wait a moment.':
    'Iš Jūsų adreso gauta per daug užklausų: šiek tiek palaukite.',
  'Log in first: without a session a request body may have at most {0} bytes.':
    'Pirmiausia prisijunkite: be sesijos užklausos turinys gali būti ne didesnis kaip {0, plural, one {# baitas} few {# baitai} many {# baito} other {# baitų}}.',
  'a {0} needs the id of a {1}': 'vaidmeniui {0} reikia nurodyti institucijos (tipas: {1}) id',
  'a {0} belongs to no institution': 'vaidmuo {0} nepriskiriamas jokiai institucijai',
  'An account for {0} exists already.': 'Paskyra su el. pašto adresu {0} jau sukurta.',
  '{0} is not among the languages': '{0} nėra tarp mokymo programos kalbų',
  'A curriculum with published versions cannot be deleted; archive it instead.':
    'Mokymo programos, turinčios paskelbtų versijų, ištrinti negalima; vietoj to ją archyvuokite.',
  'Only authors of the owning institution may do this.':
    'Tai gali daryti tik įstaigos, kuriai priklauso mokymo programa, autoriai.',
  'Curriculum {0} is {1}; reopen it for editing first (POST /api/v1/curricula/{2}/reopen): that starts a new draft, and learners keep the published version until the next one.':
    'Mokymo programos {0} būsena – {1}; pirmiausia vėl atverkite ją redaguoti (POST /api/v1/curricula/{2}/reopen): bus pradėtas naujas juodraštis, o besimokantieji naudosis paskelbta versija, kol bus paskelbta kita.',
  'Curriculum {0} is {1}; it can be edited as a draft or with requested changes.':
    'Mokymo programos {0} būsena – {1}; ją galima redaguoti, kai ji yra juodraštis arba kai prašoma pakeitimų.',
  'The audit trail is for the authors of this curriculum and admins.':
    'Audito žurnalą gali matyti tik šios mokymo programos autoriai ir administratoriai.',
  'no unit has the code {0}': 'nėra modulio, kurio kodas {0}',
  'unit {0} has no outcome {1}': 'modulyje {0} nėra mokymosi rezultato {1}',
  'unit codes must be unique': 'modulių kodai neturi kartotis',
  'CASE identifiers of units and outcomes must be unique':
    'modulių ir mokymosi rezultatų CASE identifikatoriai neturi kartotis',
  'This package is curriculum {0} ({1}), which is {2}: an import updates its draft once the review round is over (or request changes first).':
    'Šis paketas – mokymo programa {0} ({1}), kurios būsena – {2}: importas atnaujina jos juodraštį, kai baigiasi recenzavimo etapas (arba pirmiausia paprašykite pakeitimų).',
  'must list each of the {0} unit ids exactly once':
    'turi lygiai po vieną kartą nurodyti kiekvieno iš {0, plural, one {# modulio} few {# modulių} many {# modulio} other {# modulių}} id',
  'must list each of the {0} learning outcome ids exactly once':
    'turi lygiai po vieną kartą nurodyti kiekvieno iš {0, plural, one {# mokymosi rezultato} few {# mokymosi rezultatų} many {# mokymosi rezultato} other {# mokymosi rezultatų}} id',
  'must list each of the {0} work-based learning period ids exactly once':
    'turi lygiai po vieną kartą nurodyti kiekvieno iš {0, plural, one {# mokymosi darbo vietoje laikotarpio} few {# mokymosi darbo vietoje laikotarpių} many {# mokymosi darbo vietoje laikotarpio} other {# mokymosi darbo vietoje laikotarpių}} id',
  '{0} is not a unit of this curriculum': '{0} nėra šios mokymo programos modulis',
  '{0} is not a learning outcome of this curriculum':
    '{0} nėra šios mokymo programos mokymosi rezultatas',
  'must be one language code': 'turi būti vienas kalbos kodas',
  'the {0} export has no versions to choose from':
    'eksportui {0} nėra versijų, iš kurių būtų galima pasirinkti',
  'must be one of {0}': 'turi būti viena iš reikšmių: {0}',
  "must be one of the curriculum's languages: {0}":
    'turi būti viena iš mokymo programos kalbų: {0}',
  'Database unavailable': 'Duomenų bazė nepasiekiama',
  'must be a school': 'turi būti mokykla',
  'must be the id of an association': 'turi būti asociacijos id',
  'EQF level': 'EKS lygis',
  'no item hangs below the CFDocument (by isChildOf or isPartOf): the import would create an empty curriculum':
    'po CFDocument nėra jokio elemento (ryšiais isChildOf ar isPartOf): importuojant būtų sukurta tuščia mokymo programa',
  'no unit has the code {0} (unit {1})': 'nėra modulio, kurio kodas {0} (modulis {1})',
  duration: 'trukmė',
  'ISCED-F code': 'ISCED-F kodas',
  'reference duration': 'etaloninė trukmė',
  'form of study': 'mokymo organizavimo forma',
  intensity: 'intensyvumas',
  'ECVET points': 'ECVET taškai',
  'and {0} more defaults: {1}':
    'ir dar {0, plural, one {# numatytoji reikšmė} few {# numatytosios reikšmės} many {# numatytosios reikšmės} other {# numatytųjų reikšmių}}: {1}',
  '{0}: not in the package, a default was used ({1}×) — please check':
    '{0}: pakete nenurodyta, naudota numatytoji reikšmė ({1}×) — patikrinkite',
  'must be a list of field names': 'turi būti laukų pavadinimų sąrašas',
  '{0} is not in the package: {1} was used — please check':
    '{0}: pakete nenurodyta, naudota reikšmė {1} — patikrinkite',
  'must be an integer from {0} to {1}, got {2}':
    'turi būti sveikasis skaičius nuo {0} iki {1}, gauta {2}',
  'must be a number from {0} to {1}, got {2}': 'turi būti skaičius nuo {0} iki {1}, gauta {2}',
  'must be true or false': 'turi būti true arba false',
  'is not a valid {0}: {1}': 'netinkama reikšmė ({0}): {1}',
  'curriculum code': 'mokymo programos kodas',
  code: 'kodas',
  'must be a unit code': 'turi būti modulio kodas',
  language: 'kalba',
  'must be a list of 1 to 30 language codes': 'turi būti 1–30 kalbų kodų sąrašas',
  'must include the primary language {0}': 'turi apimti pagrindinę kalbą {0}',
  "must be a list of the curriculum's languages": 'turi būti mokymo programos kalbų sąrašas',
  'must map language codes to texts': 'turi susieti kalbų kodus su tekstais',
  'must be a list of {0}': 'turi būti sąrašas iš reikšmių: {0}',
  'must be an ESCO reference { uri, label }': "turi būti ESCO nuoroda '{ uri, label }'",
  'must be a list of at most {0} ESCO references':
    'turi būti ne daugiau kaip {0, plural, one {# ESCO nuorodos} few {# ESCO nuorodų} many {# ESCO nuorodos} other {# ESCO nuorodų}} sąrašas',
  'must be an object': 'turi būti objektas',
  'must be a list of at most {0} groups':
    'turi būti ne daugiau kaip {0, plural, one {# grupės} few {# grupių} many {# grupės} other {# grupių}} sąrašas',
  'group code': 'grupės kodas',
  'choice rule': 'pasirinkimo taisyklė',
  'must be a list of at most 500 periods': 'turi būti ne daugiau kaip 500 laikotarpių sąrašas',
  'must be a list of at most {0} parts':
    'turi būti ne daugiau kaip {0, plural, one {# dalies} few {# dalių} many {# dalies} other {# dalių}} sąrašas',
  'part code': 'dalies kodas',
  'must be a list of at most {0} entries':
    'turi būti ne daugiau kaip {0, plural, one {# įrašo} few {# įrašų} many {# įrašo} other {# įrašų}} sąrašas',
  'must name a unit code and the index of one of its outcomes':
    'turi nurodyti modulio kodą ir vieno iš jo mokymosi rezultatų indeksą',
  'the package must be a JSON object with a CFDocument':
    'paketas turi būti JSON objektas su CFDocument',
  'is missing or not an object': 'trūksta arba tai ne objektas',
  'is missing': 'trūksta',
  'is missing or not a string': 'trūksta arba tai ne simbolių eilutė',
  'must be an array': 'turi būti masyvas',
  'has {0} items; at most {1} are accepted':
    'yra {0, plural, one {# elementas} few {# elementai} many {# elemento} other {# elementų}}; priimama ne daugiau kaip {1}',
  'has {0} associations; at most {1} are accepted':
    'yra {0, plural, one {# ryšys} few {# ryšiai} many {# ryšio} other {# ryšių}}; priimama ne daugiau kaip {1}',
  'duplicate identifier {0}': 'identifikatorius {0} kartojasi',
  'must be an integer': 'turi būti sveikasis skaičius',
  'points to {0}, which is no CFItem of the package': 'nurodo į {0}, o tai nėra paketo CFItem',
  'points to {0}, which is neither the CFDocument nor a CFItem of the package':
    'nurodo į {0}, o tai nėra nei CFDocument, nei paketo CFItem',
  '{0} is a child of itself (cycle)': '{0} yra pats sau vaikinis elementas (ciklas)',
  '{0} associations form a cycle through {1}': 'ryšiai {0} sudaro ciklą per {1}',
  'unit EQF level': 'modulio EKS lygis',
  'unit ECVET points': 'modulio ECVET taškai',
  'unit year': 'modulio kursas',
  'outcome category': 'mokymosi rezultato kategorija',
  'a number is required': 'būtina nurodyti skaičių',
  '"{0}" is not a number': '„{0}“ nėra skaičius',
  '{0} is not a whole number': '{0} nėra sveikasis skaičius',
  '{0} is outside {1}..{2}': '{0} nepatenka į intervalą {1}..{2}',
  '"{0}" is not true or false': '„{0}“ nėra nei true, nei false',
  'unknown value "{0}" (allowed: {1})': 'nežinoma reikšmė „{0}“ (leidžiamos: {1})',
  'a code is required': 'būtina nurodyti kodą',
  'must be a JSON list of {"uri": …, "label": {"<lang>": …}}':
    'turi būti JSON sąrašas, sudarytas iš elementų \'{"uri": …, "label": {"<lang>": …}}\'',
  'a quoted cell is never closed (missing ")':
    'kabutėmis pradėtas langelis neuždarytas (trūksta ")',
  'text after the closing quote of a cell': 'tekstas po langelio uždarančiosios kabutės',
  'no row with record curriculum': 'nėra eilutės, kurios stulpelyje record nurodyta curriculum',
  'only one curriculum row is allowed': 'leidžiama tik viena curriculum eilutė',
  'lists "{0}", but the file has no column for it (title.{1}, description.{2} …): no text in "{3}" is imported':
    'nurodyta kalba „{0}“, bet faile jai nėra stulpelių (title.{1}, description.{2} …): tekstai kalba „{3}“ neimportuojami',
  'the column appears more than once': 'stulpelis pasikartoja',
  '"{0}" is not a language code': '„{0}“ nėra kalbos kodas',
  'unknown column': 'nežinomas stulpelis',
  'missing column': 'trūksta stulpelio',
  'is not in the file (written before the ECVET model v2 of issue #17): the default is used — please check':
    'faile jo nėra (failas sukurtas prieš ECVET modelį v2, issue #17): naudojama numatytoji reikšmė — patikrinkite',
  'not used in a {0} row; leave it empty':
    'nenaudojama eilutėse, kurių record – {0}; palikite tuščią',
  'at least one language is required': 'būtina nurodyti bent vieną kalbą',
  'a language is listed twice': 'kalba nurodyta du kartus',
  '"{0}" is not one of the languages': '„{0}“ nėra tarp nurodytų kalbų',
  'an occupation label needs the occupation URI':
    'nurodžius profesijos pavadinimą, būtinas ir profesijos URI',
  'elective group {0} appears twice': 'pasirenkamųjų modulių grupė {0} nurodyta du kartus',
  'no elective group has the code {0}': 'nėra pasirenkamųjų modulių grupės, kurios kodas {0}',
  'unit {0} has different data in row {1} ("{2}" there, "{3}" here)':
    'modulio {0} duomenys eilutėje {1} skiriasi (ten „{2}“, čia „{3}“)',
  'unknown category "{0}" (allowed: {1})': 'nežinoma kategorija „{0}“ (leidžiamos: {1})',
  'an ESCO label needs the ESCO URI': 'nurodžius ESCO pavadinimą, būtinas ir ESCO URI',
  'further ESCO skills need a main one first':
    'papildomiems ESCO įgūdžiams pirmiausia reikia pagrindinio įgūdžio',
  'a unit cannot require itself': 'modulis negali būti pats sau išankstinis reikalavimas',
  'prerequisite cycle: {0}': 'išankstinių reikalavimų ciklas: {0}',
  '"{0}" is not <unit code>#<number>': '„{0}“ neatitinka formato <modulio kodas>#<numeris>',
  'send the spreadsheet as text/csv (UTF-8) in the request body':
    'siųskite skaičiuoklės lentelę užklausos turinyje kaip text/csv (UTF-8)',
  'the file is empty': 'failas tuščias',
  'the file is not valid UTF-8 (save it as "CSV UTF-8" — e.g. Windows-1252 or ISO-8859 umlauts cannot be read)':
    'failo koduotė nėra tinkama UTF-8 (išsaugokite jį kaip „CSV UTF-8“ — pvz., Windows-1252 ar ISO-8859 koduotės raidžių su diakritiniais ženklais perskaityti negalima)',
  'the file contains binary data (control character U+{0}); it is not a CSV text file':
    'faile yra dvejetainių duomenų (valdymo simbolis U+{0}); tai ne CSV tekstinis failas',
  'too many rows: at most {0} rows after the header':
    'per daug eilučių: po antraštės leidžiama ne daugiau kaip {0, plural, one {# eilutė} few {# eilutės} many {# eilutės} other {# eilučių}}',
  '{0} cells but the header has {1} columns':
    'eilutėje {0, plural, one {# langelis} few {# langeliai} many {# langelio} other {# langelių}}, bet antraštėje {1, plural, one {# stulpelis} few {# stulpeliai} many {# stulpelio} other {# stulpelių}}',
  'has no curriculum table (a table whose first cell is "curriculum")':
    'neturi mokymo programos lentelės (lentelės, kurios pirmasis langelis – „curriculum“)',
  'a document describes one curriculum: this is its second curriculum table':
    'dokumente aprašoma viena mokymo programa: tai jau antroji mokymo programos lentelė',
  "is missing: the {0} texts of this table are left empty ({1} is one of the curriculum's languages)":
    'trūksta: šios lentelės tekstai kalba {0} paliekami tušti ({1} yra viena iš mokymo programos kalbų)',
  'unit {0} appears twice (also {1})': 'modulis {0} nurodytas du kartus (taip pat {1})',
  'is not a language code (or it is given twice); the column was not read':
    'nėra kalbos kodas (arba nurodytas du kartus); stulpelis neperskaitytas',
  'is not a table of the template (its first cell is "{0}", not {1}); it was not read':
    'nėra šablono lentelė (jos pirmasis langelis – „{0}“, o ne {1}); ji neperskaityta',
  'is not a row of a {0} table; the first cell must be one of {1}':
    'nėra lentelės {0} eilutė; pirmajame langelyje turi būti viena iš reikšmių: {1}',
  'the row appears twice (row {0})': 'eilutė pasikartoja (žr. eilutę {0})',
  'missing row': 'trūksta eilutės',
  'is damaged: its XML ends in the middle of a tag':
    'yra sugadintas: jo XML baigiasi žymės viduryje',
  'holds a DOCTYPE, which Word never writes':
    'turi DOCTYPE deklaraciją, kurios Word niekada neįrašo',
  'has more than {0} table rows; split the curriculum':
    'turi daugiau nei {0, plural, one {# lentelės eilutę} few {# lentelės eilutes} many {# lentelės eilutės} other {# lentelės eilučių}}; padalykite mokymo programą',
  'is an Excel workbook, not a Word document (.docx)':
    'yra Excel darbaknygė, o ne Word dokumentas (.docx)',
  'is a zip archive but not a Word document (.docx): word/document.xml is missing':
    'yra ZIP archyvas, bet ne Word dokumentas (.docx): trūksta word/document.xml',
  'the Word document (.docx) {0}': 'Word dokumentas (.docx) {0}',
  'ELM needs a title of the qualification': 'ELM reikalingas kvalifikacijos pavadinimas',
  'ELM needs exactly one EQF level, an integer from 1 to 8':
    'ELM reikalingas lygiai vienas EKS lygis – sveikasis skaičius nuo 1 iki 8',
  'ELM needs the level in the national qualifications framework (NQF), 1 to {0}':
    'ELM reikalingas nacionalinės kvalifikacijų sandaros lygis – nuo 1 iki {0}',
  'ELM needs an ISCED-F 2013 field of education code, e.g. 0715':
    'ELM reikalingas ISCED-F 2013 švietimo srities kodas, pvz., 0715',
  'ELM needs the ECVET points of the qualification': 'ELM reikalingi kvalifikacijos ECVET taškai',
  'ELM needs at least one unit with learning outcomes':
    'ELM reikalingas bent vienas modulis su mokymosi rezultatais',
  'ELM needs a title of unit {0}': 'ELM reikalingas modulio {0} pavadinimas',
  'ELM needs the EQF level (1 to 8) of unit {0}':
    'ELM reikalingas modulio {0} EKS lygis (nuo 1 iki 8)',
  'ELM needs the ECVET points of unit {0}': 'ELM reikalingi modulio {0} ECVET taškai',
  'ELM needs at least one learning outcome in unit {0}':
    'ELM reikalingas bent vienas mokymosi rezultatas modulyje {0}',
  'ELM needs the elective group of unit {0}, one the curriculum declares':
    'ELM reikalinga modulio {0} pasirenkamųjų modulių grupė, nurodyta mokymo programoje',
  'ELM needs the text of every learning outcome':
    'ELM reikalingas kiekvieno mokymosi rezultato tekstas',
  'ELM needs a title of every WBL period':
    'ELM reikalingas kiekvieno mokymosi darbo vietoje laikotarpio pavadinimas',
  'ELM needs the duration in hours of every WBL period':
    'ELM reikalinga kiekvieno mokymosi darbo vietoje laikotarpio trukmė valandomis',
  'The curriculum lacks what the European Learning Model needs: {0} problem(s).':
    'Mokymo programoje trūksta to, ko reikia Europos mokymosi modeliui (ELM): {0, plural, one {# problema} few {# problemos} many {# problemos} other {# problemų}}.',
  'is a multi-part zip archive': 'yra kelių dalių ZIP archyvas',
  'is a ZIP64 archive, far larger than any curriculum':
    'yra ZIP64 archyvas, daug didesnis už bet kurią mokymo programą',
  'has {0} files inside; at most {1} are read':
    'turi {0, plural, one {# vidinį failą} few {# vidinius failus} many {# vidinio failo} other {# vidinių failų}}; perskaitoma ne daugiau kaip {1}',
  'is a damaged zip archive': 'yra sugadintas ZIP archyvas',
  'is a damaged zip archive (central directory)':
    'yra sugadintas ZIP archyvas (centrinis katalogas)',
  'is encrypted (saved with a password)': 'yra užšifruotas (išsaugotas su slaptažodžiu)',
  'uses a compression method ({0}) Office does not write':
    'naudoja glaudinimo metodą ({0}), kurio Office nenaudoja',
  'unpacks to more than {0}; a curriculum is far smaller (zip bomb?)':
    'išskleistas užima daugiau nei {0}; mokymo programa yra daug mažesnė (ZIP bomba?)',
  'is a damaged zip archive ({0})': 'yra sugadintas ZIP archyvas ({0})',
  'is a damaged zip archive ({0} is cut off)': 'yra sugadintas ZIP archyvas ({0} yra nepilnas)',
  'holds {0}, which unpacks to more than it declares (zip bomb?)':
    'jame yra failas {0}, kurio išskleistas dydis viršija nurodytąjį (ZIP bomba?)',
  'is a damaged zip archive ({0} cannot be inflated)':
    'yra sugadintas ZIP archyvas (failo {0} neįmanoma išskleisti)',
  'holds {0}, which unpacks to another size than it declares':
    'jame yra failas {0}, kurio išskleistas dydis skiriasi nuo nurodytojo',
  'is a damaged zip archive ({0} fails its checksum)':
    'yra sugadintas ZIP archyvas (nesutampa failo {0} kontrolinė suma)',
  'holds {0} twice': 'jame du kartus yra failas {0}',
  'is not a zip archive, or it is cut off': 'nėra ZIP archyvas arba yra nepilnas',
  'is not a sheet of this layout; it was not read':
    'nėra šios struktūros lapas; jis neperskaitytas',
  'is missing: the workbook needs the curriculum sheet (code, title, languages …)':
    'trūksta: darbaknygėje turi būti mokymo programos lapas (code, title, languages …)',
  "is missing: the {0} {1} is left empty ({2} is one of the curriculum's languages)":
    'trūksta: laukas {1} kalba {0} paliekamas tuščias ({2} yra viena iš mokymo programos kalbų)',
  'the code of a unit is required': 'būtina nurodyti modulio kodą',
  'the assessment of unit {0} is given twice': 'modulio {0} vertinimas nurodytas du kartus',
  'unit {0} has two outcomes numbered {1}': 'modulyje {0} yra du mokymosi rezultatai numeriu {1}',
  'the ESCO skill URI is required': 'būtina nurodyti ESCO įgūdžio URI',
  'unit {0} has no outcome numbered {1}': 'modulyje {0} nėra mokymosi rezultato numeriu {1}',
  'further ESCO skills need a main one in the outcomes sheet':
    'papildomiems ESCO įgūdžiams reikia pagrindinio įgūdžio lape outcomes',
  '"{0}" is not <unit code>#<no>': '„{0}“ neatitinka formato <modulio kodas>#<nr.>',
  'is missing: the new draft gets no elective groups':
    'trūksta: naujame juodraštyje nebus pasirenkamųjų modulių grupių',
  'is missing: the new draft gets no units of learning outcomes':
    'trūksta: naujame juodraštyje nebus modulių',
  'is missing: the new draft gets no assessment of the units':
    'trūksta: naujame juodraštyje nebus modulių vertinimo',
  'is missing: the new draft gets no learning outcomes':
    'trūksta: naujame juodraštyje nebus mokymosi rezultatų',
  'is missing: the new draft gets no ESCO skills of the units, and further skills of outcomes':
    'trūksta: naujame juodraštyje nebus modulių ESCO įgūdžių ir papildomų mokymosi rezultatų įgūdžių',
  'is missing: the new draft gets no work-based learning periods':
    'trūksta: naujame juodraštyje nebus mokymosi darbo vietoje laikotarpių',
  'is missing: the new draft gets no parts of the assessment plan':
    'trūksta: naujame juodraštyje nebus vertinimo plano dalių',
  'is missing: the new draft gets no partial qualifications':
    'trūksta: naujame juodraštyje nebus dalinių kvalifikacijų',
  'send the Excel workbook (.xlsx) file itself as {0} in the request body':
    'siųskite patį Excel darbaknygės (.xlsx) failą užklausos turinyje kaip {0}',
  'is an old-format (.xls/.doc) or password-protected Office file: save it as Excel workbook (.xlsx) without a password':
    'yra senojo formato (.xls/.doc) arba slaptažodžiu apsaugotas Office failas: išsaugokite jį kaip Excel darbaknygę (.xlsx) be slaptažodžio',
  'is not a Excel workbook (.xlsx) file (not a zip archive)':
    'nėra Excel darbaknygės (.xlsx) failas (ne ZIP archyvas)',
  'the Excel workbook (.xlsx) file {0}': 'Excel darbaknygės (.xlsx) failas {0}',
  'send the Word document (.docx) file itself as {0} in the request body':
    'siųskite patį Word dokumento (.docx) failą užklausos turinyje kaip {0}',
  'is an old-format (.xls/.doc) or password-protected Office file: save it as Word document (.docx) without a password':
    'yra senojo formato (.xls/.doc) arba slaptažodžiu apsaugotas Office failas: išsaugokite jį kaip Word dokumentą (.docx) be slaptažodžio',
  'is not a Word document (.docx) file (not a zip archive)':
    'nėra Word dokumento (.docx) failas (ne ZIP archyvas)',
  'the Word document (.docx) file {0}': 'Word dokumento (.docx) failas {0}',
  'is a Word document, not an Excel workbook (.xlsx)':
    'yra Word dokumentas, o ne Excel darbaknygė (.xlsx)',
  'is a zip archive but not an Excel workbook (.xlsx): xl/workbook.xml is missing':
    'yra ZIP archyvas, bet ne Excel darbaknygė (.xlsx): trūksta xl/workbook.xml',
  'holds a DOCTYPE in {0}, which Excel never writes':
    'faile {0} yra DOCTYPE deklaracija, kurios Excel niekada neįrašo',
  'cannot be read as an Excel workbook ({0})': 'neįmanoma perskaityti kaip Excel darbaknygės ({0})',
  'holds the formula ={0}; formulas are not calculated on import: type the value itself':
    'yra formulė ={0}; importuojant formulės neapskaičiuojamos: įveskite pačią reikšmę',
  'holds a date ({0}); format the cell as text and type the value':
    'yra data ({0}); suformatuokite langelį kaip tekstą ir įveskite reikšmę',
  'holds the error value {0}': 'yra klaidos reikšmė {0}',
  'holds a value that is neither text nor a number':
    'yra reikšmė, kuri nėra nei tekstas, nei skaičius',
  'has more than {0} rows after its header; split the curriculum':
    'po antraštės turi daugiau nei {0, plural, one {# eilutę} few {# eilutes} many {# eilutės} other {# eilučių}}; padalykite mokymo programą',
  'is not a column of this sheet; it was not read': 'nėra šio lapo stulpelis; jis neperskaitytas',
  'has values but no header; it was not read':
    'turi reikšmių, bet neturi antraštės; jis neperskaitytas',
  "is missing: the {0} texts of this column are left empty ({1} is one of the curriculum's languages)":
    'trūksta: šio stulpelio tekstai kalba {0} paliekami tušti ({1} yra viena iš mokymo programos kalbų)',
  '"{0}" is not a field of the curriculum; the row was not read':
    '„{0}“ nėra mokymo programos laukas; eilutė neperskaityta',
  'the field appears more than once (row {0})': 'laukas pasikartoja (eilutė {0})',
  'Only those who read the working copy follow its changes.':
    'Darbinės kopijos pakeitimus gali stebėti tik tie, kas gali ją skaityti.',
  'Only staff of a school and learners list learners.':
    'Besimokančiųjų sąrašą gali matyti tik mokyklos darbuotojai ir besimokantieji.',
  'Only staff of a school enrol its learners.':
    'Mokyklos besimokančiuosius gali užregistruoti tik jos darbuotojai.',
  'The learner changed meanwhile; reload it.':
    'Besimokančiojo duomenys tuo metu pasikeitė; įkelkite juos iš naujo.',
  'Only an admin erases a learner.':
    'Besimokančiojo asmens duomenis ištrinti gali tik administratorius.',
  "Only an admin exports a learner's data.":
    'Besimokančiojo duomenis eksportuoti gali tik administratorius.',
  'The learner was erased.': 'Besimokančiojo asmens duomenys ištrinti.',
  "is not one of the learner's enrolments": 'nėra viena iš besimokančiojo registracijų į programas',
  'recognised prior learning is a passed result':
    'pripažintas ankstesnis mokymasis visada yra teigiamas rezultatas (passed)',
  'A result recognised from a transcript stays; the transcript is the record of it.':
    'Pagal ataskaitą pripažintas rezultatas nešalinamas: ataskaita yra jo įrodymas.',
  "Only staff of the learner's school change the record.":
    'Besimokančiojo pasiekimus keisti gali tik jo mokyklos darbuotojai.',
  'The school has a learner with the number {0} already.':
    'Mokykla jau turi besimokantįjį, kurio numeris {0}.',
  'must be the e-mail of a learner account': 'turi būti besimokančiojo paskyros el. pašto adresas',
  'That learner account belongs to another learner record.':
    'Ši besimokančiojo paskyra jau susieta su kito besimokančiojo pasiekimais.',
  'is not a unit of the Learning Agreement': 'nėra mokymosi sutarties modulis',
  'is not a unit of the curriculum': 'nėra mokymo programos modulis',
  'is not a learning outcome of the unit': 'nėra modulio mokymosi rezultatas',
  'names the host institution or company': 'turi būti nurodyta priimančioji institucija arba įmonė',
  "Only the mobility coordinator of the learner's school drafts a Learning Agreement.":
    'Mokymosi sutarties juodraštį rengia tik besimokančiojo mokyklos judumo koordinatorius.',
  'must be a learner of your school': 'turi būti Jūsų mokyklos besimokantysis',
  "Only the coordinator of the learner's school edits the agreement.":
    'Mokymosi sutartį redaguoti gali tik besimokančiojo mokyklos koordinatorius.',
  'Only a draft agreement is edited; reject it to change it.':
    'Redaguoti galima tik mokymosi sutarties juodraštį; norėdami sutartį pakeisti, ją atmeskite.',
  'Only the coordinators of home and host and the learner sign.':
    'Pasirašo tik siunčiančiosios ir priimančiosios institucijų koordinatoriai ir besimokantysis.',
  "The learner's school signs the agreement first.":
    'Pirmoji mokymosi sutartį pasirašo besimokančiojo mokykla.',
  'There is nothing for you to sign on this agreement.':
    'Šioje mokymosi sutartyje Jums nėra ką pasirašyti.',
  'The host and the learner reject a proposed agreement.':
    'Pasirašyti pateiktą mokymosi sutartį atmesti gali priimančioji institucija ir besimokantysis.',
  'Only a proposed agreement is rejected.':
    'Atmesti galima tik pasirašyti pateiktą mokymosi sutartį.',
  'The agreement changed meanwhile; reload it.':
    'Mokymosi sutartis tuo metu pasikeitė; įkelkite ją iš naujo.',
  'must be an accepted MoU of your school': 'turi būti Jūsų mokyklos memorandumas, kuriam pritarta',
  'must be another partner of the MoU': 'turi būti kitas memorandumo partneris',
  "is not enrolled in the MoU's curriculum": 'neužregistruotas į memorandumo mokymo programą',
  "must lie within the MoU's validity ({0} to {1})":
    'turi patekti į memorandumo galiojimo laikotarpį (nuo {0} iki {1})',
  'is not an outcome of a unit the host delivers':
    'nėra modulio, kurį vykdo priimančioji institucija, mokymosi rezultatas',
  'must be a published curriculum': 'turi būti paskelbta mokymo programa',
  'is not a unit the host delivers under the MoU':
    'nėra modulis, kurį priimančioji institucija vykdo pagal memorandumą',
  'must not be before the start date': 'negali būti anksčiau už pradžios datą',
  'Only the partner that drafted the MoU edits it.':
    'Memorandumą redaguoti gali tik jį parengęs partneris.',
  'Only a draft MoU is edited; reject it to change it.':
    'Redaguoti galima tik memorandumo juodraštį; norėdami memorandumą pakeisti, jį atmeskite.',
  'The partner that drafted the MoU proposes it first.':
    'Pirmiausia memorandumą partneriams pateikia jį parengęs partneris.',
  'Your school has nothing to accept on this MoU.':
    'Jūsų mokyklai šiame memorandume nėra kam pritarti.',
  'Only a partner that was asked to accept a proposed MoU rejects it.':
    'Pateiktą memorandumą atmesti gali tik partneris, kurio buvo paprašyta jam pritarti.',
  "Only a school's mobility coordinator drafts and accepts MoUs.":
    'Memorandumus rengia ir jiems pritaria tik mokyklos judumo koordinatorius.',
  'The MoU changed meanwhile; reload it.': 'Memorandumas tuo metu pasikeitė; įkelkite jį iš naujo.',
  'must be the id of a school': 'turi būti mokyklos id',
  'is a partner already': 'jau yra partneris',
  "must include the caller's own school": 'turi apimti Jūsų mokyklą',
  'is the host institution or a company': 'turi būti priimančioji institucija arba įmonė',
  'must be one of the outcomes agreed for this unit':
    'turi būti vienas iš šiam moduliui sutartų mokymosi rezultatų',
  'A transcript is issued with at least one result.':
    'Ataskaitą galima išduoti tik su bent vienu rezultatu.',
  "Only the coordinator of the learner's school recognises results.":
    'Rezultatus pripažįsta tik besimokančiojo mokyklos koordinatorius.',
  'Results are recognised once the host issued the transcript.':
    'Rezultatai pripažįstami, kai priimančioji institucija išduoda ataskaitą.',
  'The line was decided already.': 'Dėl šios eilutės sprendimas jau priimtas.',
  'The line changed meanwhile; reload it.': 'Eilutė tuo metu pasikeitė; įkelkite ją iš naujo.',
  'Only staff of the host institution record and issue the transcript.':
    'Rezultatus įrašo ir ataskaitą išduoda tik priimančiosios institucijos darbuotojai.',
  'Results are recorded once home, host and learner signed the agreement.':
    'Rezultatai įrašomi, kai mokymosi sutartį pasirašo siunčiančioji mokykla, priimančioji institucija ir besimokantysis.',
  'The transcript was issued and is locked.': 'Ataskaita išduota ir užrakinta.',
  "This thread belongs to another association's review: you may read it, not take part.":
    'Ši diskusija priklauso kitos asociacijos recenzavimui: galite ją skaityti, bet ne joje dalyvauti.',
  'Only reviewers of an association this curriculum was submitted to may comment.':
    'Komentuoti gali tik asociacijos, kuriai ši mokymo programa pateikta recenzuoti, recenzentai.',
  'Comments are taken while a curriculum is in review; this one is {0}.':
    'Komentarai priimami, kol mokymo programa recenzuojama; šios programos būsena – {0}.',
  'Resolve or reopen the thread, not a reply.':
    'Pažymėti kaip išspręstą ar vėl atverti galima diskusiją, o ne atsakymą.',
  'This comment proposes no rewording.': 'Šiame komentare nesiūlomas performulavimas.',
  'This rewording was accepted already.': 'Šis performulavimas jau priimtas.',
  'The part this comment is about no longer exists.':
    'Mokymo programos dalies, kuriai skirtas šis komentaras, nebėra.',
  'Only the authors and the reviewers of this curriculum take part in its review.':
    'Šios mokymo programos recenzavime dalyvauja tik jos autoriai ir recenzentai.',
  'Review threads take part while a curriculum is in review; this one is {0}.':
    'Recenzavimo diskusijos vyksta, kol mokymo programa recenzuojama; šios programos būsena – {0}.',
  'must be the id of a unit of this curriculum': 'turi būti šios mokymo programos modulio id',
  'must be the id of a outcome of this curriculum':
    'turi būti šios mokymo programos mokymosi rezultato id',
  'must be the id of a work-based-learning of this curriculum':
    'turi būti šios mokymo programos mokymosi darbo vietoje laikotarpio id',
  'must be a list of {0} (found {1})': 'turi būti sąrašas iš reikšmių: {0} (rasta: {1})',
  'must not be longer than {0} characters':
    'turi būti ne daugiau kaip {0, plural, one {# simbolio} few {# simbolių} many {# simbolio} other {# simbolių}} ilgio',
  'must be one of the declared languages other than the primary one ({0})':
    'turi būti viena iš nurodytų kalbų, kuri nėra pagrindinė ({0})',
  'send the XLIFF 2.0 file as application/xliff+xml':
    'siųskite XLIFF 2.0 failą kaip application/xliff+xml',
  'must be a declared language of the curriculum other than the source ({0})':
    'turi būti viena iš mokymo programos kalbų, kuri nėra originalo kalba ({0})',
  'the translation must not be longer than {0} characters':
    'vertimas turi būti ne ilgesnis kaip {0, plural, one {# simbolis} few {# simboliai} many {# simbolio} other {# simbolių}}',
  'The translations of a working copy are for its authors, its reviewers and administrators.':
    'Darbinės kopijos vertimus gali matyti tik jos autoriai, recenzentai ir administratoriai.',
  'must be a declared language of the curriculum ({0})':
    'turi būti viena iš mokymo programos kalbų ({0})',
  'is the source language of this text; edit the source in the editor':
    'tai šio teksto originalo kalba; originalą redaguokite redaktoriuje',
  'the file is not an XLIFF 2.0 document': 'failas nėra XLIFF 2.0 dokumentas',
  'a document type declaration is not accepted': 'dokumento tipo deklaracija (DOCTYPE) nepriimama',
  'the file ends before its xliff element does (cut short?)':
    'failas baigiasi anksčiau nei jo xliff elementas (galbūt failas nepilnas?)',
  'the file is not well-formed XML: {0}': 'failas nėra taisyklingas XML: {0}',
  'the file has no xliff element with srcLang': 'faile nėra xliff elemento su srcLang',
  'the xliff element has no trgLang': 'xliff elementas neturi trgLang',
  'the file has {0} segments in {1} units: join the segments of each unit into one':
    'faile segmentų daugiau nei vienetų (segmentų: {0}, vienetų <unit>: {1}): kiekvieno vieneto segmentus sujunkite į vieną',
  'Only reviewers of an association this curriculum was submitted to may do this.':
    'Tai gali daryti tik asociacijos, kuriai ši mokymo programa pateikta recenzuoti, recenzentai.',
  'Only authors of the owning institution and admins may do this.':
    'Tai gali daryti tik įstaigos, kuriai priklauso mokymo programa, autoriai ir administratoriai.',
  'The curriculum has {0} rule error(s) and cannot go to review yet: {1}':
    'Mokymo programoje yra {0, plural, one {# ECVET patikros klaida} few {# ECVET patikros klaidos} many {# ECVET patikros klaidos} other {# ECVET patikros klaidų}}, todėl jos dar negalima pateikti recenzuoti: {1}',
  'The curriculum has {0} rule error(s) and cannot be published yet: {1}':
    'Mokymo programoje yra {0, plural, one {# ECVET patikros klaida} few {# ECVET patikros klaidos} many {# ECVET patikros klaidos} other {# ECVET patikros klaidų}}, todėl jos dar negalima paskelbti: {1}',
  'Your association disagrees in {0} open thread: resolve it first, or approve with a reason (overrideReason).':
    'Neišspręstų diskusijų, kuriose Jūsų asociacija nesutinka: {0}. Pirmiausia ją išspręskite arba patvirtinkite nurodydami priežastį (overrideReason).',
  'Your association disagrees in {0} open threads: resolve them first, or approve with a reason (overrideReason).':
    'Neišspręstų diskusijų, kuriose Jūsų asociacija nesutinka: {0}. Pirmiausia jas išspręskite arba patvirtinkite nurodydami priežastį (overrideReason).',
  'The curriculum changed while it was being published; reload it.':
    'Mokymo programa pasikeitė, kol buvo skelbiama; įkelkite ją iš naujo.',
  'must be a version number or "draft"': 'turi būti versijos numeris arba „draft“',
  'Cannot {0} a curriculum that is {1} (it would become {2}).':
    'Veiksmas {0} negalimas mokymo programai, kurios būsena – {1} (būsena taptų {2}).',
  'name at least one association (the school works with none yet)':
    'nurodykite bent vieną asociaciją (mokykla dar nebendradarbiauja nė su viena)',
  '{0} is not an association': '{0} nėra asociacija',
  'The curriculum changed while you decided; reload it (it was {0}).':
    'Mokymo programa pasikeitė, kol priėmėte sprendimą; įkelkite ją iš naujo (jos būsena buvo {0}).',
  '{0} {1} not found': 'Nerasta: {0} {1}',
  'The {0} was changed by someone else; reload it and apply your change again.':
    'Kažkas kitas pakeitė šį įrašą ({0}); įkelkite jį iš naujo ir dar kartą atlikite savo pakeitimą.',
  'The import cannot be taken: {0} problem(s).':
    'Importuoti negalima: {0, plural, one {# problema} few {# problemos} many {# problemos} other {# problemų}}.',
  'The stored {0} is malformed: {1} and {2} more.':
    'Saugomi duomenys ({0}) netaisyklingi: {1} ir dar {2, plural, one {# problema} few {# problemos} many {# problemos} other {# problemų}}.',
  'The stored {0} is malformed: {1}.': 'Saugomi duomenys ({0}) netaisyklingi: {1}.',
  'nested more than {0} levels deep':
    'įdėties gylis viršija {0, plural, one {# lygį} few {# lygius} many {# lygio} other {# lygių}}',
  'The request body is nested more than {0} levels deep':
    'Užklausos turinio įdėties gylis viršija {0, plural, one {# lygį} few {# lygius} many {# lygio} other {# lygių}}',
  'property {0} should not exist': 'savybė {0} neleidžiama',
  '{0} must not contain NUL characters (U+0000)': '{0} negali turėti NUL simbolių (U+0000)',
  '{0} must be well-formed Unicode text (a lone surrogate was sent)':
    '{0} turi būti taisyklingas Unicode tekstas (gautas pavienis pakaitinis simbolis, surrogate)',
  'Invalid input': 'Netinkami duomenys',
  'Refused: a {0} request (Sec-Fetch-Site).': 'Atmesta: užklausos tipas {0} (Sec-Fetch-Site).',
  'Refused: the request comes from another origin ({0}).':
    'Atmesta: užklausa atsiųsta iš kito šaltinio ({0}).',
  'The request line and header fields are too large (at most 16 KB)':
    'Užklausos eilutė ir antraštės laukai per dideli (daugiausia 16 KB)',
  'The request took too long to arrive': 'Užklausa buvo gaunama per ilgai',
  'Malformed HTTP request': 'Netaisyklinga HTTP užklausa',
  'The request body is not valid UTF-8 (line {0}): save it as UTF-8, not Latin-1 or Windows-1252.':
    'Užklausos turinys nėra tinkamas UTF-8 tekstas (eilutė {0}): išsaugokite jį UTF-8, o ne Latin-1 ar Windows-1252 koduote.',
  'must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715':
    'turi būti ISCED-F 2013 sritis (nuo 2 iki 4 skaitmenų), pvz., 0715',
  'must be a language code such as de or en': 'turi būti kalbos kodas, pvz., de arba en',
  'must be an ESCO skill URI': 'turi būti ESCO įgūdžio URI',
  'must be an ESCO occupation URI': 'turi būti ESCO profesijos URI',
  'email must be an e-mail address': 'email turi būti el. pašto adresas',
  'country must be an ISO 3166-1 alpha-2 code such as DE or LT':
    'country turi būti ISO 3166-1 alpha-2 kodas, pvz., DE arba LT',
  'associationIds must name at least one association (or be left out)':
    'associationIds turi nurodyti bent vieną asociaciją (arba šio lauko nenurodykite)',
  'each of associationIds must be the id of an association':
    'kiekviena lauko associationIds reikšmė turi būti asociacijos id',
  'rule must be one of {0}': 'rule turi būti viena iš reikšmių: {0}',
  'each of unitIds must be the id of a unit':
    'kiekviena lauko unitIds reikšmė turi būti modulio id',
  'each of outcomeIds must be the id of a learning outcome':
    'kiekviena lauko outcomeIds reikšmė turi būti mokymosi rezultato id',
  'iscedFCode must be a field of ISCED-F 2013 (2 to 4 digits), e.g. 0715':
    'iscedFCode turi būti ISCED-F 2013 sritis (nuo 2 iki 4 skaitmenų), pvz., 0715',
  'programmeForm must be one of {0}': 'programmeForm turi būti viena iš reikšmių: {0}',
  'primaryLanguage must be a language code such as de or en':
    'primaryLanguage turi būti kalbos kodas, pvz., de arba en',
  'each of languages must be a language code such as de or en':
    'kiekviena lauko languages reikšmė turi būti kalbos kodas, pvz., de arba en',
  'each of requiredLanguages must be a language code such as de or en':
    'kiekviena lauko requiredLanguages reikšmė turi būti kalbos kodas, pvz., de arba en',
  'uri must be an ESCO skill URI': 'uri turi būti ESCO įgūdžio URI',
  'uri must be an ESCO occupation URI': 'uri turi būti ESCO profesijos URI',
  'tabId must be a UUID the tab made up': 'tabId turi būti naršyklės skirtuko sugeneruotas UUID',
  'sourceVersion must be the 16 hex digits of a source version':
    'sourceVersion turi būti 16 šešioliktainių originalo versijos skaitmenų',
  'electiveGroup must be the code of an elective group':
    'electiveGroup turi būti pasirenkamųjų modulių grupės kodas',
  'each of prerequisites must be the id of a unit':
    'kiekviena lauko prerequisites reikšmė turi būti modulio id',
  'category must be one of {0}': 'category turi būti viena iš reikšmių: {0}',
  'must be a text': 'turi būti tekstas',
  'must be a number': 'turi būti skaičius',
  'must be an object of texts keyed by language code':
    'turi būti objektas, kuriame tekstai susieti su kalbų kodais',
  'must be a list': 'turi būti sąrašas',
  'must be a CASE origin { identifier, uri }':
    "turi būti CASE šaltinio nuoroda '{ identifier, uri }'",
  'must be the first of escoSkills (the main skill), or left out':
    'turi sutapti su pirmuoju escoSkills elementu (pagrindiniu įgūdžiu) arba būti nenurodytas',
  'must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    'turi būti 1–50 simbolių: raidės, skaitmenys, tarpai, taškai, brūkšneliai, pabraukimo brūkšniai arba pasvirieji brūkšniai',
  '{0} must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    '{0} turi būti 1–50 simbolių: raidės, skaitmenys, tarpai, taškai, brūkšneliai, pabraukimo brūkšniai arba pasvirieji brūkšniai',
  'a code must be 1–50 letters, digits, spaces, dots, dashes, underscores or slashes':
    'kodas turi būti 1–50 simbolių: raidės, skaitmenys, tarpai, taškai, brūkšneliai, pabraukimo brūkšniai arba pasvirieji brūkšniai',
  'must be a whole number': 'turi būti sveikasis skaičius',
  'must be from {0} to {1} (found {2})': 'turi būti nuo {0} iki {1} (rasta {2})',
  'must be an object of texts keyed by language code, e.g. { "en": "…", "de": "…" }':
    'turi būti objektas, kuriame tekstai susieti su kalbų kodais, pvz., \'{ "en": "…", "de": "…" }\'',
  'must not have more than {0} languages':
    'negali turėti daugiau nei {0, plural, one {# kalbą} few {# kalbas} many {# kalbos} other {# kalbų}}',
  'has an invalid language code "{0}"': 'turi netinkamą kalbos kodą „{0}“',
  'must have a string for "{0}"': 'reikšmė kalbai „{0}“ turi būti simbolių eilutė',
  'must not be longer than {0} characters in "{1}"':
    'kalba „{1}“ turi būti ne daugiau kaip {0, plural, one {# simbolio} few {# simbolių} many {# simbolio} other {# simbolių}} ilgio',
  'must have a text in at least one language': 'turi būti tekstas bent viena kalba',
  'must have at least {0} items':
    'privalo turėti ne mažiau kaip {0, plural, one {# elementą} few {# elementus} many {# elemento} other {# elementų}}',
  'must have at least {0} item':
    'privalo turėti ne mažiau kaip {0, plural, one {# elementą} few {# elementus} many {# elemento} other {# elementų}}',
  'must not have more than {0} items':
    'negali turėti daugiau nei {0, plural, one {# elementą} few {# elementus} many {# elemento} other {# elementų}}',
  '{0} must be a string': '{0} turi būti simbolių eilutė',
  'each value in {0} must be a string': 'kiekviena lauko {0} reikšmė turi būti simbolių eilutė',
  '{0} must be shorter than or equal to {1} characters':
    '{0} turi būti ne daugiau kaip {1, plural, one {# simbolio} few {# simbolių} many {# simbolio} other {# simbolių}} ilgio',
  'each value in {0} must be shorter than or equal to {1} characters':
    'kiekviena lauko {0} reikšmė turi būti ne daugiau kaip {1, plural, one {# simbolio} few {# simbolių} many {# simbolio} other {# simbolių}} ilgio',
  '{0} must be longer than or equal to {1} characters':
    '{0} turi būti ne mažiau kaip {1, plural, one {# simbolio} few {# simbolių} many {# simbolio} other {# simbolių}} ilgio',
  'each value in {0} must be longer than or equal to {1} characters':
    'kiekviena lauko {0} reikšmė turi būti ne mažiau kaip {1, plural, one {# simbolio} few {# simbolių} many {# simbolio} other {# simbolių}} ilgio',
  '{0} must be longer than or equal to {1} and shorter than or equal to {2} characters':
    '{0} turi būti nuo {1} iki {2, plural, one {# simbolio} few {# simbolių} many {# simbolio} other {# simbolių}} ilgio',
  '{0} must not be less than {1}': '{0} turi būti ne mažiau kaip {1}',
  '{0} must not be greater than {1}': '{0} turi būti ne daugiau kaip {1}',
  '{0} must be an integer number': '{0} turi būti sveikasis skaičius',
  '{0} must be a number conforming to the specified constraints':
    '{0} turi būti nurodytus apribojimus atitinkantis skaičius',
  '{0} must be a boolean value': '{0} turi būti loginė reikšmė (true arba false)',
  '{0} must be a UUID': '{0} turi būti UUID',
  'each value in {0} must be a UUID': 'kiekviena lauko {0} reikšmė turi būti UUID',
  '{0} must be an email': '{0} turi būti el. pašto adresas',
  '{0} must be one of the following values: {1}': '{0} turi būti viena iš šių reikšmių: {1}',
  'each value in {0} must be one of the following values: {1}':
    'kiekviena lauko {0} reikšmė turi būti viena iš šių reikšmių: {1}',
  '{0} must be an array': '{0} turi būti masyvas',
  '{0} must contain no more than {1} elements':
    '{0} negali turėti daugiau nei {1, plural, one {# elementą} few {# elementus} many {# elemento} other {# elementų}}',
  '{0} must contain at least {1} elements':
    '{0} privalo turėti ne mažiau kaip {1, plural, one {# elementą} few {# elementus} many {# elemento} other {# elementų}}',
  '{0} must be an object': '{0} turi būti objektas',
  'each value in {0} must be an object': 'kiekviena lauko {0} reikšmė turi būti objektas',
  'nested property {0} must be either object or array':
    'įdėtoji savybė {0} turi būti objektas arba masyvas',
  'each value in nested property {0} must be either object or array':
    'kiekviena įdėtosios savybės {0} reikšmė turi būti objektas arba masyvas',
  '{0} must be a date (YYYY-MM-DD)': '{0} turi būti data (YYYY-MM-DD)',
  User: 'Naudotojas',
  'Curriculum version': 'Mokymo programos versija',
  Curriculum: 'Mokymo programa',
  curriculum: 'mokymo programa',
  unit: 'modulis',
  'learning outcome': 'mokymosi rezultatas',
  Unit: 'Modulis',
  'Learning outcome': 'Mokymosi rezultatas',
  'work-based learning period': 'mokymosi darbo vietoje laikotarpis',
  'Work-based learning period': 'Mokymosi darbo vietoje laikotarpis',
  CFPackage: 'CFPackage',
  CFItem: 'CFItem',
  CFAssociation: 'CFAssociation',
  CFItemType: 'CFItemType',
  'Export format (one of {0})': 'Eksporto formatas (vienas iš: {0})',
  Institution: 'Institucija',
  learner: 'besimokantysis',
  Achievement: 'Pasiekimas',
  Learner: 'Besimokantysis',
  'Learning Agreement': 'Mokymosi sutartis',
  MoU: 'Susitarimo memorandumas',
  'Transcript line': 'Ataskaitos eilutė',
  'transcript line': 'ataskaitos eilutė',
  Notification: 'Pranešimas',
  'Review comment': 'Recenzijos komentaras',
  Text: 'Tekstas',
  text: 'tekstas',
  'Curriculum draft': 'Mokymo programos projektas',
  'ESCO occupation': 'ESCO profesija',
  'lang must be a language code such as de or en': 'lang turi būti kalbos kodas, pvz., de arba en',
  'occupation must be an ESCO occupation URI': 'occupation turi būti ESCO profesijos URI',
  'give either institution or partnership': 'nurodykite arba institution, arba partnership',
  'a comment on an ESCO skill proposes no rewording':
    'komentare apie ESCO įgūdį nesiūlomas performulavimas',
  'must be the UUID of an ESCO skill of the catalogue': 'turi būti katalogo ESCO įgūdžio UUID',
  'exclude must list ESCO skill URIs': 'exclude turi išvardyti ESCO įgūdžių URI',
  'occupations must list ESCO occupation URIs': 'occupations turi išvardyti ESCO profesijų URI',
  'Library entry': 'Bibliotekos įrašas',
  'Curriculum {0} has no published version: the library takes units as a published version has them, so publish the curriculum first.':
    'Mokymo programa {0} neturi paskelbtos versijos: į biblioteką moduliai įtraukiami tokie, kokie jie yra paskelbtoje versijoje, todėl pirmiausia paskelbkite mokymo programą.',
  'Unit in the published version': 'Modulis paskelbtoje versijoje',
  'Library entry version': 'Bibliotekos įrašo versija',
  'curriculumId must be a curriculum id': 'curriculumId turi būti mokymo programos ID',
  'unitId must be a unit id': 'unitId turi būti modulio ID',
  'Too many exports in a minute: wait a moment before the next one.':
    'Per daug eksportų per minutę: palaukite šiek tiek prieš kitą.',
  'Too many imports in a minute: wait a moment before the next one.':
    'Per daug importų per minutę: palaukite šiek tiek prieš kitą.',
  'Too many searches in a minute: wait a moment before the next one.':
    'Per daug paieškų per minutę: palaukite šiek tiek prieš kitą.',
  'Too many checks in a minute: wait a moment before the next one.':
    'Per daug patikrų per minutę: palaukite šiek tiek prieš kitą.',
  'The server is busy rendering other exports: try again in a moment.':
    'Serveris šiuo metu rengia kitus eksportus: netrukus bandykite dar kartą.',
  'Unit in the library entry version': 'Modulis bibliotekos įrašo versijoje',
  'unitId names a unit of a curriculum entry; this entry is one unit':
    'unitId nurodo programos įrašo modulį; šis įrašas yra vienas modulis',
  'unitId is needed to copy one unit of a curriculum into a draft':
    'unitId reikalingas, norint nukopijuoti vieną programos modulį į juodraštį',
  'curriculumId is needed: a unit is copied into a draft':
    'curriculumId reikalingas: modulis kopijuojamas į juodraštį',
  'skill must be an ESCO skill URI': 'skill turi būti ESCO įgūdžio URI',
  'language must be a language code such as de or en':
    'language turi būti kalbos kodas, pvz., de arba en',
  'institution must be an institution id': 'institution turi būti institucijos ID',
  'country must be an ISO 3166-1 alpha-2 code such as DE':
    'country turi būti ISO 3166-1 alpha-2 šalies kodas, pvz., DE',
  'must be a library provenance { entryId, version, … }':
    "turi būti bibliotekos kilmės duomenys '{ entryId, version, … }'",
  '{0} is not an outcome this update changes':
    '{0} nėra mokymosi rezultatas, kurį keičia šis atnaujinimas',
  '{0} is not a learning outcome of this unit': '{0} nėra šio modulio mokymosi rezultatas',
  'Unit {0} has no update waiting: it was not adopted from the shared library, or it holds the latest version of its entry, or that version was dismissed.':
    'Moduliui {0} nelaukia joks atnaujinimas: jis nebuvo perimtas iš bendrosios bibliotekos, jau turi naujausią savo įrašo versiją arba ta versija buvo atmesta.',
  'endsOn must not be before startsOn ({0})': 'endsOn negali būti ankstesnė nei startsOn ({0})',
  'capacity must be at least the {0} place(s) accepted requests hold':
    'capacity turi būti ne mažesnė nei {0} vietos (-ų), kurias užima priimti prašymai',
  'placement offer': 'praktikos vietų pasiūlymas',
  'Placement offer': 'Praktikos vietų pasiūlymas',
  'Placement request': 'Praktikos vietų prašymas',
  'Placement offer {0} is closed.': 'Praktikos vietų pasiūlymas {0} uždarytas.',
  'Placement offer {0} has {1} free place(s); {2} were asked for.':
    'Praktikos vietų pasiūlyme {0} yra {1} laisvų vietų; prašyta {2}.',
  'This WBL period already has a pending or accepted request for placement offer {0}.':
    'Šiam praktinio mokymo laikotarpiui jau yra laukiantis arba priimtas prašymas dėl pasiūlymo {0}.',
  'Placement request {0} is {1}, not pending.':
    'Praktikos vietų prašymas {0} yra {1}, o ne laukiantis.',
  'Placement offer {0} has {1} free place(s); the request asks for {2}.':
    'Praktikos vietų pasiūlyme {0} yra {1} laisvų vietų; prašoma {2}.',
  'Placement request {0} is {1} already.': 'Praktikos vietų prašymas {0} jau yra {1}.',
  'Placement request {0} changed meanwhile; reload it.':
    'Praktikos vietų prašymas {0} per tą laiką pasikeitė; įkelkite jį iš naujo.',
  'languages must be language codes such as de or en':
    'languages turi būti kalbų kodai, pvz., de arba en',
  'wblId must be the id of a work-based learning period':
    'wblId turi būti praktinio mokymo laikotarpio ID',
  'outcomes must be outcome ids of the update':
    'outcomes turi būti atnaujinimo mokymosi rezultatų ID',
  'keep must be outcome ids of the unit': 'keep turi būti modulio mokymosi rezultatų ID',
  Job: 'Užduotis',
  'Job result': 'Užduoties rezultatas',
  'The job is not done yet ({0}, {1}%).': 'Užduotis dar neatlikta ({0}, {1} %).',
  'must be a whole number from {0} to {1}': 'turi būti sveikasis skaičius nuo {0} iki {1}',
  'Exports cannot be prepared right now: the job queue cannot be reached. Try again in a moment.':
    'Eksporto dabar parengti negalima: užduočių eilė nepasiekiama. Bandykite dar kartą po akimirkos.',
};
