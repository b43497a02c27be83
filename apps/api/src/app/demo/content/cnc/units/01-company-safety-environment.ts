import {
  ESCO_DISPOSE_OF_CUTTING_WASTE_MATERIAL,
  ESCO_FOLLOW_STANDARDS_FOR_MACHINERY_SAFETY,
  ESCO_WEAR_APPROPRIATE_PROTECTIVE_GEAR,
} from '../../esco';
import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'ZM-01',
  title: {
    de: 'Ausbildungsbetrieb, Arbeitsrecht, Sicherheit, Gesundheit und Umweltschutz',
    en: 'Training company, labour law, safety, health and environmental protection',
  },
  description: {
    de: 'Aufbau und Aufgaben des Ausbildungsbetriebs, Rechte und Pflichten aus dem Ausbildungsvertrag und dem Tarifvertrag, Sicherheit und Gesundheitsschutz bei der Arbeit an Werkzeugmaschinen sowie Maßnahmen des betrieblichen Umweltschutzes.',
    en: 'Structure and functions of the training company, rights and duties under the training contract and the collective agreement, safety and health when working at machine tools, and environmental protection measures in the company.',
  },
  eqfLevel: 3,
  ecvetPoints: 10,
  mandatory: true,
  electiveGroup: null,
  year: 1,
  term: 1,
  areas: ['organisational-learning'],
  escoSkills: [],
  prerequisiteCodes: [],
  assessment: {
    methods: ['written-exam', 'observation-at-work'],
    criteria: {
      de: 'Benennt Rechte und Pflichten aus dem Ausbildungsvertrag richtig; wendet die Betriebsanweisungen und die persönliche Schutzausrüstung an der Drehmaschine ohne Beanstandung an; trennt Späne, Kühlschmierstoffe und Putzlappen nach dem Entsorgungsplan.',
      en: 'States the rights and duties under the training contract correctly; applies the operating instructions and personal protective equipment at the lathe without objection; separates chips, coolants and cleaning rags according to the disposal plan.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        de: 'Erklärt Rechte und Pflichten aus dem Ausbildungsvertrag, dem Berufsbildungsgesetz und dem geltenden Tarifvertrag.',
        en: 'Explains rights and duties under the training contract, the Vocational Training Act and the applicable collective agreement.',
      },
    },
    {
      category: 'knowledge',
      text: {
        de: 'Beschreibt Aufbau, Geschäftsfelder und Abteilungen des Ausbildungsbetriebs sowie die Zusammenarbeit mit Betriebsrat und Jugend- und Auszubildendenvertretung.',
        en: 'Describes the structure, business areas and departments of the training company and the cooperation with the works council and the youth and trainee representation.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_FOLLOW_STANDARDS_FOR_MACHINERY_SAFETY],
      text: {
        de: 'Ermittelt Gefährdungen an Dreh- und Fräsmaschinen und wendet die Maßnahmen aus der Betriebsanweisung und der Gefährdungsbeurteilung an.',
        en: 'Identifies hazards at turning and milling machines and applies the measures from the operating instructions and the risk assessment.',
      },
    },
    {
      category: 'skill',
      escoSkills: [ESCO_DISPOSE_OF_CUTTING_WASTE_MATERIAL],
      text: {
        de: 'Entsorgt Späne, Kühlschmierstoffe und ölhaltige Abfälle getrennt nach dem betrieblichen Entsorgungsplan.',
        en: 'Disposes of chips, coolants and oily waste separately according to the company disposal plan.',
      },
    },
    {
      category: 'responsibility-autonomy',
      escoSkills: [ESCO_WEAR_APPROPRIATE_PROTECTIVE_GEAR],
      text: {
        de: 'Trägt die vorgeschriebene persönliche Schutzausrüstung selbstständig, meldet Beinaheunfälle und leitet bei Unfällen Erste-Hilfe-Maßnahmen ein.',
        en: 'Wears the prescribed personal protective equipment on their own initiative, reports near misses and initiates first aid measures in the event of accidents.',
      },
    },
  ],
};
