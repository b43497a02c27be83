import type { OutcomeCategory } from './curriculum';

/** The languages the verb lexicon is written in: those of the project's partners. */
export const OUTCOME_VERB_LANGUAGES = ['en', 'de', 'lt', 'lv', 'et'] as const;
export type OutcomeVerbLanguage = (typeof OUTCOME_VERB_LANGUAGES)[number];

/** The EQF levels in pairs, as the lexicon groups them. */
export const EQF_BANDS = ['1-2', '3-4', '5-6', '7-8'] as const;
export type EqfBand = (typeof EQF_BANDS)[number];

type VerbsByCategory = Readonly<Record<OutcomeCategory, readonly string[]>>;

/**
 * Suggested action verbs for writing learning outcomes, per language, pair of EQF levels and
 * outcome category, in the dictionary form of each language (English and Lithuanian/Latvian
 * infinitives, German infinitives with separable prefixes joined, Estonian ma-infinitives).
 *
 * Our own lexicon, written after the guidance of the Cedefop handbook "Defining, writing and
 * applying learning outcomes: a European handbook" (2017) and the cognitive levels of Bloom's
 * revised taxonomy (Anderson and Krathwohl, 2001): naming and recalling at the lowest levels,
 * explaining and applying in the middle, analysing, evaluating and creating at the top; for
 * responsibility and autonomy, from working under guidance to leading and taking strategic
 * decisions. The choice of verbs and their translations are ours, not a published list. None is
 * one of the vague verbs the OUTCOME-QUALITY rule warns of.
 */
export const OUTCOME_VERBS: Readonly<
  Record<OutcomeVerbLanguage, Readonly<Record<EqfBand, VerbsByCategory>>>
> = {
  en: {
    '1-2': {
      knowledge: ['name', 'list', 'identify', 'state', 'label', 'recall', 'match', 'point out'],
      skill: ['use', 'follow', 'carry out', 'prepare', 'sort', 'clean', 'measure', 'assemble'],
      'responsibility-autonomy': [
        'follow',
        'observe',
        'comply with',
        'assist',
        'report',
        'cooperate',
        'complete',
        'look after',
      ],
    },
    '3-4': {
      knowledge: [
        'describe',
        'explain',
        'outline',
        'classify',
        'compare',
        'distinguish',
        'summarise',
        'interpret',
      ],
      skill: [
        'set up',
        'operate',
        'adjust',
        'measure',
        'check',
        'maintain',
        'select',
        'install',
        'apply',
      ],
      'responsibility-autonomy': [
        'take responsibility for',
        'organise',
        'plan',
        'monitor',
        'document',
        'adapt',
        'solve',
        'supervise',
      ],
    },
    '5-6': {
      knowledge: [
        'analyse',
        'explain',
        'compare',
        'differentiate',
        'interpret',
        'relate',
        'examine',
        'justify',
      ],
      skill: [
        'plan',
        'design',
        'develop',
        'diagnose',
        'optimise',
        'program',
        'troubleshoot',
        'calculate',
        'test',
      ],
      'responsibility-autonomy': [
        'manage',
        'supervise',
        'coordinate',
        'evaluate',
        'review',
        'instruct',
        'decide',
        'delegate',
      ],
    },
    '7-8': {
      knowledge: [
        'evaluate',
        'critically assess',
        'synthesise',
        'critique',
        'appraise',
        'formulate',
        'argue',
        'hypothesise',
      ],
      skill: ['design', 'develop', 'create', 'research', 'devise', 'model', 'validate', 'innovate'],
      'responsibility-autonomy': [
        'lead',
        'direct',
        'take strategic responsibility for',
        'initiate',
        'transform',
        'mentor',
        'decide',
        'negotiate',
      ],
    },
  },
  de: {
    '1-2': {
      knowledge: [
        'benennen',
        'aufzählen',
        'angeben',
        'bezeichnen',
        'wiedergeben',
        'zuordnen',
        'zeigen',
        'beschreiben',
      ],
      skill: [
        'verwenden',
        'befolgen',
        'ausführen',
        'vorbereiten',
        'sortieren',
        'reinigen',
        'messen',
        'zusammenbauen',
      ],
      'responsibility-autonomy': [
        'einhalten',
        'beachten',
        'befolgen',
        'mithelfen',
        'melden',
        'zusammenarbeiten',
        'abschließen',
        'pflegen',
      ],
    },
    '3-4': {
      knowledge: [
        'beschreiben',
        'erklären',
        'erläutern',
        'einordnen',
        'vergleichen',
        'unterscheiden',
        'zusammenfassen',
        'darstellen',
      ],
      skill: [
        'einrichten',
        'bedienen',
        'einstellen',
        'messen',
        'prüfen',
        'warten',
        'auswählen',
        'installieren',
        'anwenden',
      ],
      'responsibility-autonomy': [
        'verantworten',
        'organisieren',
        'planen',
        'überwachen',
        'dokumentieren',
        'anpassen',
        'lösen',
        'beaufsichtigen',
      ],
    },
    '5-6': {
      knowledge: [
        'analysieren',
        'erklären',
        'vergleichen',
        'differenzieren',
        'interpretieren',
        'in Beziehung setzen',
        'untersuchen',
        'begründen',
      ],
      skill: [
        'planen',
        'konstruieren',
        'entwickeln',
        'diagnostizieren',
        'optimieren',
        'programmieren',
        'berechnen',
        'testen',
      ],
      'responsibility-autonomy': [
        'leiten',
        'beaufsichtigen',
        'koordinieren',
        'bewerten',
        'überprüfen',
        'anleiten',
        'entscheiden',
        'delegieren',
      ],
    },
    '7-8': {
      knowledge: [
        'beurteilen',
        'kritisch bewerten',
        'synthetisieren',
        'reflektieren',
        'formulieren',
        'argumentieren',
        'Hypothesen aufstellen',
        'abwägen',
      ],
      skill: [
        'entwerfen',
        'entwickeln',
        'gestalten',
        'erforschen',
        'konzipieren',
        'modellieren',
        'validieren',
        'erproben',
      ],
      'responsibility-autonomy': [
        'führen',
        'steuern',
        'strategisch verantworten',
        'initiieren',
        'umgestalten',
        'fördern',
        'entscheiden',
        'verhandeln',
      ],
    },
  },
  lt: {
    '1-2': {
      knowledge: [
        'įvardyti',
        'išvardyti',
        'atpažinti',
        'nurodyti',
        'pažymėti',
        'atgaminti',
        'apibūdinti',
        'parodyti',
      ],
      skill: [
        'naudoti',
        'atlikti',
        'paruošti',
        'rūšiuoti',
        'valyti',
        'matuoti',
        'surinkti',
        'vykdyti',
      ],
      'responsibility-autonomy': [
        'laikytis',
        'paisyti',
        'padėti',
        'pranešti',
        'bendradarbiauti',
        'užbaigti',
        'prižiūrėti',
        'tvarkyti',
      ],
    },
    '3-4': {
      knowledge: [
        'apibūdinti',
        'paaiškinti',
        'apžvelgti',
        'klasifikuoti',
        'palyginti',
        'atskirti',
        'apibendrinti',
        'interpretuoti',
      ],
      skill: [
        'derinti',
        'valdyti',
        'reguliuoti',
        'matuoti',
        'tikrinti',
        'prižiūrėti',
        'parinkti',
        'montuoti',
        'taikyti',
      ],
      'responsibility-autonomy': [
        'prisiimti atsakomybę',
        'organizuoti',
        'planuoti',
        'stebėti',
        'dokumentuoti',
        'pritaikyti',
        'spręsti',
        'prižiūrėti',
      ],
    },
    '5-6': {
      knowledge: [
        'analizuoti',
        'paaiškinti',
        'palyginti',
        'diferencijuoti',
        'interpretuoti',
        'susieti',
        'išnagrinėti',
        'pagrįsti',
      ],
      skill: [
        'planuoti',
        'projektuoti',
        'kurti',
        'diagnozuoti',
        'optimizuoti',
        'programuoti',
        'apskaičiuoti',
        'testuoti',
      ],
      'responsibility-autonomy': [
        'vadovauti',
        'prižiūrėti',
        'koordinuoti',
        'įvertinti',
        'peržiūrėti',
        'instruktuoti',
        'priimti sprendimus',
        'deleguoti',
      ],
    },
    '7-8': {
      knowledge: [
        'įvertinti',
        'kritiškai vertinti',
        'sintetinti',
        'formuluoti',
        'argumentuoti',
        'kelti hipotezes',
        'reflektuoti',
        'apsvarstyti',
      ],
      skill: [
        'projektuoti',
        'plėtoti',
        'kurti',
        'tirti',
        'modeliuoti',
        'validuoti',
        'diegti inovacijas',
        'konstruoti',
      ],
      'responsibility-autonomy': [
        'vadovauti',
        'valdyti',
        'prisiimti strateginę atsakomybę',
        'inicijuoti',
        'pertvarkyti',
        'konsultuoti',
        'priimti sprendimus',
        'derėtis',
      ],
    },
  },
  lv: {
    '1-2': {
      knowledge: [
        'nosaukt',
        'uzskaitīt',
        'atpazīt',
        'norādīt',
        'apzīmēt',
        'definēt',
        'aprakstīt',
        'parādīt',
      ],
      skill: ['izmantot', 'veikt', 'sagatavot', 'šķirot', 'tīrīt', 'mērīt', 'salikt', 'izpildīt'],
      'responsibility-autonomy': [
        'ievērot',
        'sekot',
        'palīdzēt',
        'ziņot',
        'sadarboties',
        'pabeigt',
        'rūpēties',
        'uzturēt kārtību',
      ],
    },
    '3-4': {
      knowledge: [
        'aprakstīt',
        'izskaidrot',
        'raksturot',
        'klasificēt',
        'salīdzināt',
        'atšķirt',
        'apkopot',
        'interpretēt',
      ],
      skill: [
        'iestatīt',
        'darbināt',
        'regulēt',
        'mērīt',
        'pārbaudīt',
        'apkopt',
        'izvēlēties',
        'uzstādīt',
        'pielietot',
      ],
      'responsibility-autonomy': [
        'uzņemties atbildību',
        'organizēt',
        'plānot',
        'uzraudzīt',
        'dokumentēt',
        'pielāgot',
        'risināt',
        'pārraudzīt',
      ],
    },
    '5-6': {
      knowledge: [
        'analizēt',
        'izskaidrot',
        'salīdzināt',
        'diferencēt',
        'interpretēt',
        'sasaistīt',
        'izpētīt',
        'pamatot',
      ],
      skill: [
        'plānot',
        'projektēt',
        'izstrādāt',
        'diagnosticēt',
        'optimizēt',
        'programmēt',
        'aprēķināt',
        'testēt',
      ],
      'responsibility-autonomy': [
        'vadīt',
        'pārraudzīt',
        'koordinēt',
        'novērtēt',
        'pārskatīt',
        'instruēt',
        'pieņemt lēmumus',
        'deleģēt',
      ],
    },
    '7-8': {
      knowledge: [
        'izvērtēt',
        'kritiski novērtēt',
        'sintezēt',
        'formulēt',
        'argumentēt',
        'izvirzīt hipotēzes',
        'reflektēt',
        'apsvērt',
      ],
      skill: [
        'projektēt',
        'izstrādāt',
        'radīt',
        'pētīt',
        'modelēt',
        'validēt',
        'ieviest inovācijas',
        'konstruēt',
      ],
      'responsibility-autonomy': [
        'vadīt',
        'virzīt',
        'uzņemties stratēģisku atbildību',
        'iniciēt',
        'pārveidot',
        'konsultēt',
        'lemt',
        'vest sarunas',
      ],
    },
  },
  et: {
    '1-2': {
      knowledge: [
        'nimetama',
        'loetlema',
        'tuvastama',
        'märkima',
        'tähistama',
        'defineerima',
        'kirjeldama',
        'näitama',
      ],
      skill: [
        'kasutama',
        'järgima',
        'teostama',
        'ette valmistama',
        'sorteerima',
        'puhastama',
        'mõõtma',
        'kokku panema',
      ],
      'responsibility-autonomy': [
        'järgima',
        'täitma',
        'abistama',
        'teatama',
        'koostööd tegema',
        'lõpetama',
        'hoolitsema',
        'korras hoidma',
      ],
    },
    '3-4': {
      knowledge: [
        'kirjeldama',
        'selgitama',
        'iseloomustama',
        'klassifitseerima',
        'võrdlema',
        'eristama',
        'kokku võtma',
        'tõlgendama',
      ],
      skill: [
        'seadistama',
        'käsitsema',
        'reguleerima',
        'mõõtma',
        'kontrollima',
        'hooldama',
        'valima',
        'paigaldama',
        'rakendama',
      ],
      'responsibility-autonomy': [
        'vastutama',
        'korraldama',
        'planeerima',
        'jälgima',
        'dokumenteerima',
        'kohandama',
        'lahendama',
        'juhendama',
      ],
    },
    '5-6': {
      knowledge: [
        'analüüsima',
        'selgitama',
        'võrdlema',
        'eristama',
        'tõlgendama',
        'seostama',
        'uurima',
        'põhjendama',
      ],
      skill: [
        'planeerima',
        'projekteerima',
        'arendama',
        'diagnoosima',
        'optimeerima',
        'programmeerima',
        'arvutama',
        'testima',
      ],
      'responsibility-autonomy': [
        'juhtima',
        'juhendama',
        'koordineerima',
        'hindama',
        'üle vaatama',
        'instrueerima',
        'otsustama',
        'delegeerima',
      ],
    },
    '7-8': {
      knowledge: [
        'hindama',
        'kriitiliselt hindama',
        'sünteesima',
        'sõnastama',
        'argumenteerima',
        'hüpoteese püstitama',
        'reflekteerima',
        'kaaluma',
      ],
      skill: [
        'projekteerima',
        'arendama',
        'looma',
        'uurima',
        'modelleerima',
        'valideerima',
        'uuendusi juurutama',
        'konstrueerima',
      ],
      'responsibility-autonomy': [
        'juhtima',
        'suunama',
        'strateegilist vastutust kandma',
        'algatama',
        'ümber kujundama',
        'nõustama',
        'otsustama',
        'läbirääkimisi pidama',
      ],
    },
  },
};

/**
 * The language of the lexicon the verbs for `language` (a BCP 47 tag) are taken from: its own, by
 * the tag's language subtag (`de-CH` → `de`), or English when the lexicon is not written in it.
 */
export function outcomeVerbLanguageOf(language: string): OutcomeVerbLanguage {
  const primary = language.split('-')[0].toLowerCase();
  return OUTCOME_VERB_LANGUAGES.find((known) => known === primary) ?? 'en';
}

/**
 * The band of EQF levels a level falls in; a level outside 1 to 8 gives the nearest band, and a
 * level that is no number at all the lowest.
 */
export function eqfBandOf(eqfLevel: number): EqfBand {
  const level = Number.isNaN(eqfLevel) ? 1 : Math.min(8, Math.max(1, Math.round(eqfLevel)));
  return EQF_BANDS[Math.ceil(level / 2) - 1];
}

/**
 * Action verbs to begin a learning outcome of `category` at `eqfLevel` with, in `language` (a
 * language the lexicon is not written in gets the English verbs; see `outcomeVerbLanguageOf`).
 */
export function suggestedVerbs(
  language: string,
  eqfLevel: number,
  category: OutcomeCategory,
): readonly string[] {
  return OUTCOME_VERBS[outcomeVerbLanguageOf(language)][eqfBandOf(eqfLevel)][category];
}
