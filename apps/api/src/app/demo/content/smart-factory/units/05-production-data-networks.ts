import type { DemoUnit } from '../../types';

export const unit: DemoUnit = {
  code: 'SFO-05',
  title: {
    en: 'Production data, sensors and networks',
    de: 'Produktionsdaten, Sensorik und Vernetzung',
    et: 'Tootmisandmed, andurid ja võrgud',
  },
  description: {
    en: 'Sensor types and signals, industrial networks and OPC UA, recording production data in the manufacturing execution system (MES), dashboards and key figures such as OEE, data protection at the workplace.',
    de: 'Sensorarten und Signale, Industrienetzwerke und OPC UA, Erfassen von Produktionsdaten im Fertigungsleitsystem (MES), Dashboards und Kennzahlen wie OEE, Datenschutz am Arbeitsplatz.',
    et: 'Andurite liigid ja signaalid, tööstusvõrgud ja OPC UA, tootmisandmete registreerimine tootmise juhtimissüsteemis (MES), juhtpaneelid ja näitajad nagu OEE, andmekaitse töökohal.',
  },
  eqfLevel: 3,
  ecvetPoints: 15,
  mandatory: true,
  electiveGroup: null,
  year: 2,
  term: 1,
  areas: ['digital-work', 'digital-production'],
  // ESCO skills of the target occupation (industrial robot controller) the unit trains.
  escoSkills: [
    {
      uri: 'http://data.europa.eu/esco/skill/70a7b3b3-31ef-4b29-a30f-bb7299dff39b',
      label: { en: 'sensors' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/328733a7-6d84-420d-a65c-2a8014fadc60',
      label: { en: 'record test data' },
    },
    {
      uri: 'http://data.europa.eu/esco/skill/7aa52bdc-9c56-4341-be65-e8e30f64403f',
      label: { en: 'monitor automated machines' },
    },
  ],
  prerequisiteCodes: ['SFO-03'],
  assessment: {
    methods: ['practical-task', 'written-exam'],
    criteria: {
      en: 'Connects and adjusts an inductive and an optical sensor so that the signal is shown correctly in the PLC; books orders, quantities and downtime reasons in the MES without errors; interprets the OEE of a shift correctly.',
      de: 'Schließt einen induktiven und einen optischen Sensor an und stellt sie so ein, dass das Signal in der SPS richtig angezeigt wird; bucht Aufträge, Stückzahlen und Stillstandsgründe fehlerfrei im MES; interpretiert die OEE einer Schicht richtig.',
      et: 'Ühendab ja seadistab induktiivse ja optilise anduri nii, et signaal kuvatakse PLC-s õigesti; registreerib MES-is tellimused, kogused ja seisakute põhjused vigadeta; tõlgendab vahetuse OEE-d õigesti.',
    },
  },
  outcomes: [
    {
      category: 'knowledge',
      text: {
        en: 'Describes sensor types (inductive, capacitive, optical, RFID), signal types and the structure of an industrial network with PLC, MES and cloud.',
        de: 'Beschreibt Sensorarten (induktiv, kapazitiv, optisch, RFID), Signalarten und den Aufbau eines Industrienetzwerks mit SPS, MES und Cloud.',
        et: 'Kirjeldab andurite liike (induktiivne, mahtuvuslik, optiline, RFID), signaalide liike ning tööstusvõrgu ülesehitust koos PLC, MES-i ja pilvega.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Connects, aligns and tests sensors and reads their status in the PLC diagnostics.',
        de: 'Schließt Sensoren an, richtet sie aus, testet sie und liest ihren Zustand in der SPS-Diagnose ab.',
        et: 'Ühendab, joondab ja testib andureid ning loeb nende olekut PLC diagnostikast.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Records orders, quantities, scrap and downtime reasons in the MES and creates a data collection template for a new product.',
        de: 'Erfasst Aufträge, Stückzahlen, Ausschuss und Stillstandsgründe im MES und legt eine Erfassungsvorlage für ein neues Produkt an.',
        et: 'Registreerib MES-is tellimused, kogused, praagi ja seisakute põhjused ning koostab uue toote jaoks andmekogumise šablooni.',
      },
    },
    {
      category: 'skill',
      text: {
        en: 'Reads OEE, availability and scrap rate from the shift dashboard and explains deviations to the team.',
        de: 'Liest OEE, Verfügbarkeit und Ausschussquote am Schicht-Dashboard ab und erklärt dem Team die Abweichungen.',
        et: 'Loeb vahetuse juhtpaneelilt OEE, käideldavuse ja praagimäära ning selgitab meeskonnale kõrvalekaldeid.',
      },
    },
    {
      category: 'responsibility-autonomy',
      text: {
        en: 'Handles production and personal data in line with data protection rules and reports unusual network behaviour to the IT department.',
        de: 'Geht mit Produktions- und Personaldaten datenschutzkonform um und meldet ungewöhnliches Netzwerkverhalten der IT-Abteilung.',
        et: 'Käsitleb tootmis- ja isikuandmeid andmekaitsenõuete kohaselt ning teatab võrgu ebatavalisest käitumisest IT-osakonnale.',
      },
    },
  ],
};
