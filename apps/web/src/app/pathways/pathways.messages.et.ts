import type { Translations } from '../core/i18n/i18n';

export default {
  'pathways.catalogue.lead':
    'Avaldatud kutsehariduse õppekavad. Avage õppekava, et järgida selle õpiteed aasta-aastalt: ühikud, ettevõttepraktikad ja ECVET-punktid, mida kogute.',
  'pathways.search.form': 'Otsi kataloogist',
  'pathways.search.label': 'Otsi pealkirjadest, koodidest, ühikutest ja õpiväljunditest',
  'pathways.filter.eqf': 'EQF tase',
  'pathways.filter.eqfAll': 'Kõik tasemed',
  'pathways.filter.language': 'Sisu keel',
  'pathways.filter.languageAll': 'Kõik keeled',
  'pathways.filter.clear': 'Tühjenda otsing ja filtrid',
  'pathways.results': '{count, plural, one {# õppekava} other {# õppekava}}',
  'pathways.results.empty': 'Teie otsingule ei vasta ükski õppekava.',
  'pathways.results.error': 'Kataloogi ei õnnestunud laadida: {message}',
  'pathways.card.code': 'Kood',
  'pathways.card.languages': 'Keeled',
  'pathways.card.status': 'Olek',
  'pathways.back': 'Tagasi kataloogi',
  'pathways.notFound': 'Seda õppekava ei ole olemas või seda pole avaldatud.',
  'pathways.loadError': 'Õppekava ei õnnestunud laadida: {message}',
  'pathways.facts.title': 'Kvalifikatsiooni andmed',
  'pathways.facts.code': 'Kood',
  'pathways.facts.eqf': 'EQF tase',
  'pathways.facts.nqf': 'Riikliku kvalifikatsiooniraamistiku tase',
  'pathways.facts.isced': 'ISCED-F õppevaldkond',
  'pathways.facts.occupation': 'Amet (ESCO)',
  'pathways.facts.escoSource': 'Ametid: {source}.',
  'pathways.facts.duration': 'Kestus',
  'pathways.facts.durationValue':
    '{years, plural, one {# aasta} other {# aastat}} ({months, plural, one {# kuu} other {# kuud}}), {mode}',
  'pathways.facts.fullTime': 'täiskoormusega õpe',
  'pathways.facts.partTime': 'osakoormusega õpe',
  'pathways.facts.points': 'ECVET-punkte kokku',
  'pathways.facts.version': 'Avaldatud versioon',
  'pathways.facts.versionValue': 'Versioon {number}, {date}',
  'pathways.language.hint':
    'Veel tõlkimata tekstid kuvatakse mõnes muus keeles ja tähistatakse selle keele koodiga.',
  'pathways.downloads.title': 'Allalaadimised',
  'pathways.downloads.pathway': 'Õppija õpitee (PDF, {language})',
  'pathways.downloads.document': 'Õppekava dokument (PDF, {language})',
  'pathways.timeline.title': 'Õpitee aasta-aastalt',
  'pathways.timeline.wholeYear': 'Kogu õppeaasta jooksul',
  'pathways.timeline.yearPoints':
    '{points, plural, one {# ECVET-punkt} other {# ECVET-punkti}} sel õppeaastal',
  'pathways.timeline.accumulated':
    '{points} / {total, plural, one {# ECVET-punkt} other {# ECVET-punkti}} pärast {year}. õppeaastat',
  'pathways.timeline.electives.points-at-least':
    'Valige ühikuid vähemalt {points} ECVET-punkti ulatuses valikrühmast:',
  'pathways.timeline.electives.points-exactly':
    'Valige ühikuid täpselt {points} ECVET-punkti ulatuses valikrühmast:',
  'pathways.timeline.electives.units':
    'Valige {count, plural, one {# ühik} other {# ühikut}} {total}-st ({points, plural, one {# ECVET-punkt} other {# ECVET-punkti}}) valikrühmast:',
  'pathways.timeline.addOnPoints':
    '+ {points, plural, one {# ECVET-punkt} other {# ECVET-punkti}} vabatahtlikest lisakvalifikatsioonidest, väljaspool kogumahtu',
  'pathways.facts.addOns': 'Vabatahtlikud lisakvalifikatsioonid',
  'pathways.facts.addOnsValue':
    '{count, plural, one {# ühik} other {# ühikut}}, {points, plural, one {# ECVET-punkt} other {# ECVET-punkti}} väljaspool kogumahtu',
  'pathways.facts.partials': 'Osakvalifikatsioonid (tõendatakse eraldi)',
  'pathways.facts.partialValue':
    'ühikud {units}, {points, plural, one {# ECVET-punkt} other {# ECVET-punkti}}',
  'pathways.unit.addOn': 'Lisakvalifikatsioon',
  'pathways.unit.addOnNote':
    'vabatahtlik, selle punkte arvestatakse väljaspool kvalifikatsiooni kogumahtu',
  'pathways.unit.mandatory': 'Kohustuslik',
  'pathways.unit.elective': 'Valikuline',
  'pathways.unit.outcomes': 'Õpiväljundid',
  'pathways.unit.noOutcomes': 'Selle ühiku kohta pole õpiväljundeid esitatud.',
  'pathways.unit.continuesUntil': 'kestab kuni {year}. õppeaastani',
  'pathways.unit.continuesUntilTerm': 'kestab kuni {year}. õppeaasta {term}. poolaastani',
  'pathways.unit.continuesUntilTermOnly': 'kestab kuni {term}. poolaastani',
  'pathways.unit.continuedFrom': 'jätkub {year}. õppeaastast',
  'pathways.unit.continuedFromUntilTerm': 'jätkub {year}. õppeaastast, kuni {term}. poolaastani',
  'pathways.unit.guidedHours': '{hours, plural, one {# tund} other {# tundi}} juhendatud õpet',
  'pathways.unit.nationalCredits':
    '{credits, plural, one {# riiklik arvestuspunkt} other {# riiklikku arvestuspunkti}}',
  'pathways.wbl.label': 'Töökohapõhine õpe',
  'pathways.wbl.hours': '{hours, plural, one {# tund} other {# tundi}} ettevõttes',
  'pathways.wbl.company': 'Ettevõte',
  'pathways.wbl.units': 'Ühikud',
  'pathways.exam.list': 'Eksam {year}. õppeaastal',
  'pathways.exam.label': 'Eksam {code}',
  'pathways.exam.weight': '{weight} % lõpptulemusest',
  'pathways.exam.term': '{term}. poolaasta',
  'pathways.exam.endOfYear': 'õppeaasta lõpus',
  'pathways.exam.methods': 'Hindamismeetodid',
  'pathways.exam.assesses': 'Hinnatakse',
  'pathways.exam.outcomes':
    '{count, plural, one {# üksik õpiväljund} other {# üksikut õpiväljundit}}',
  'pathways.exam.and': '{units} ja {outcomes}',
} satisfies Translations;
