import type { Curriculum, SigningParty } from '@curriculum-builder/curriculum';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  AchievementEntity,
  EnrolmentEntity,
  LearnerEntity,
  MobilityEntity,
  MobilityEventEntity,
  MouEntity,
  MouPartnerEntity,
  TranscriptLineEntity,
} from '../mobility/entities/mobility.entities';

/** The demo institutions and accounts the mobility demo involves. */
export interface MobilityDemoParties {
  readonly school: { id: string; name: string };
  readonly partner: { id: string; name: string };
  /** Display names and ids of the accounts that act in it. */
  readonly accounts: Readonly<
    Record<
      'schoolCoordinator' | 'partnerCoordinator' | 'schoolTeacher' | 'learner' | 'partnerLearner',
      { id: string; displayName: string }
    >
  >;
}

const at = (date: string, time = '10:00:00') => `${date}T${time}.000Z`;

/**
 * ECVET in practice on the demo (issue #18): Jonas Petrauskas, an apprentice of the Lithuanian
 * partner school, spent six weeks of work-based learning at a German company through the demo
 * school — an accepted MoU, a Learning Agreement signed by three, a transcript issued by the demo
 * school and recognised in Kaunas; and Lukas Schäfer of the demo school, mid-programme with
 * some results. Written straight into the tables in the seeder's transaction, with the audit
 * trail the services would have written.
 */
export async function seedMobilityDemo(
  em: EntityManager,
  cnc: Curriculum,
  p: MobilityDemoParties,
): Promise<void> {
  const unit = (code: string) => {
    const found = cnc.units.find((u) => u.code === code);
    if (found === undefined) throw new Error(`demo unit ${code} missing`);
    return found;
  };
  const events: Omit<MobilityEventEntity, 'id'>[] = [];
  const event = (
    subjectType: MobilityEventEntity['subjectType'],
    subjectId: string,
    action: string,
    when: string,
    by: { id: string; displayName: string },
    institution: string,
    detail: string | null = null,
  ) =>
    events.push({
      subjectType,
      subjectId,
      action,
      userId: by.id,
      byName: by.displayName,
      institutionName: institution,
      detail,
      at: when,
    });
  const { accounts: a } = p;

  // Learners, their enrolments and the results at home.
  const learner = async (
    institutionId: string,
    names: [string, string],
    number: string,
    userId: string,
    startedOn: string,
  ) => {
    const id = randomUUID();
    const enrolmentId = randomUUID();
    await em.insert(LearnerEntity, {
      id,
      institutionId,
      givenName: names[0],
      familyName: names[1],
      dateOfBirth: null,
      learnerNumber: number,
      userId,
      erasedAt: null,
      version: 1,
      createdAt: at(startedOn),
      updatedAt: at(startedOn),
    });
    await em.insert(EnrolmentEntity, {
      id: enrolmentId,
      learnerId: id,
      curriculumId: cnc.id,
      curriculumVersion: cnc.publishedVersion ?? 1,
      startedOn,
      status: 'active',
      createdAt: at(startedOn),
    });
    return { id, enrolmentId };
  };
  const result = (
    enrolmentId: string,
    code: string,
    assessedOn: string,
    assessor: string,
    by: string,
    extra: Partial<AchievementEntity> = {},
  ) =>
    em.insert(AchievementEntity, {
      id: randomUUID(),
      enrolmentId,
      unitId: unit(code).id,
      outcomeId: null,
      kind: 'assessed',
      assessedOn,
      method: 'Praktische Arbeitsaufgabe und Fachgespräch',
      result: 'passed',
      grade: null,
      assessor,
      place: 'home',
      placeName: null,
      evidence: null,
      mobilityId: null,
      transcriptLineId: null,
      recordedBy: by,
      recordedAt: at(assessedOn, '15:00:00'),
      ...extra,
    });

  const jonas = await learner(
    p.partner.id,
    ['Jonas', 'Petrauskas'],
    'KTMC-2024-031',
    a.partnerLearner.id,
    '2024-09-02',
  );
  for (const [code, date] of [
    ['ZM-01', '2024-12-13'],
    ['ZM-02', '2025-01-24'],
    ['ZM-03', '2025-03-21'],
    ['ZM-04', '2025-05-30'],
    ['ZM-05', '2025-06-13'],
    ['ZM-06', '2025-12-12'],
  ] as const) {
    await result(jonas.enrolmentId, code, date, 'Rūta Kazlauskienė', a.partnerCoordinator.id, {
      method: 'praktinė užduotis ir pokalbis',
      grade: '9',
    });
  }
  const lukas = await learner(
    p.school.id,
    ['Lukas', 'Schäfer'],
    'BBS-2025-112',
    a.learner.id,
    '2025-08-01',
  );
  for (const [code, date, grade] of [
    ['ZM-01', '2025-10-17', 'gut (2)'],
    ['ZM-02', '2025-11-28', 'sehr gut (1)'],
    ['ZM-03', '2026-02-06', 'befriedigend (3)'],
  ] as const) {
    await result(lukas.enrolmentId, code, date, 'Jana Keller', a.schoolTeacher.id, { grade });
  }
  const zm04 = unit('ZM-04');
  await result(lukas.enrolmentId, 'ZM-04', '2026-03-20', 'Jana Keller', a.schoolTeacher.id, {
    outcomeId: zm04.outcomes[0].id,
  });
  await result(lukas.enrolmentId, 'ZM-05', '2025-09-26', 'Jana Keller', a.schoolTeacher.id, {
    kind: 'prior-learning',
    method: 'Anerkennung',
    evidence: 'ECDL-Zertifikat (Datenschutz und IT-Sicherheit), 2024',
  });

  // The MoU, proposed by the partner school and accepted by the demo school.
  const mouId = randomUUID();
  await em.insert(MouEntity, {
    id: mouId,
    status: 'accepted',
    title: 'ECVET-Partnerschaft Zerspanungsmechanik Kaunas – Demo',
    initiatorId: p.partner.id,
    curriculumId: cnc.id,
    curriculumVersion: cnc.publishedVersion ?? 1,
    assessmentArrangements:
      'Die Gasteinrichtung bewertet die vereinbarten Einheiten mit einer Arbeitsprobe im Betrieb und einem Fachgespräch; sie stellt den Persönlichen Leistungsnachweis aus. Die Heimateinrichtung validiert die Ergebnisse und erkennt die Einheiten mit ihren ECVET-Punkten an. / Priimančioji institucija vertina sutartus vienetus; siunčiančioji institucija juos pripažįsta.',
    validFrom: '2025-09-01',
    validUntil: '2028-08-31',
    version: 3,
    createdAt: at('2025-06-02'),
    updatedAt: at('2025-06-20'),
  });
  const partners: [string, string, string, string[], string, string][] = [
    [
      p.partner.id,
      'Rūta Kazlauskienė',
      'ruta.kazlauskiene@partner.demo.local',
      ['ZM-01', 'ZM-02', 'ZM-03', 'ZM-04', 'ZM-05'],
      '2025-06-09',
      a.partnerCoordinator.displayName,
    ],
    [
      p.school.id,
      'Jana Keller',
      'jana.keller@demo.local',
      ['ZM-06', 'ZM-07', 'ZM-08', 'ZM-09', 'ZM-10'],
      '2025-06-20',
      a.schoolCoordinator.displayName,
    ],
  ];
  for (const [
    position,
    [institutionId, contactName, contactEmail, codes, date, by],
  ] of partners.entries()) {
    await em.insert(MouPartnerEntity, {
      mouId,
      institutionId,
      position,
      contactName,
      contactEmail,
      unitIds: codes.map((code) => unit(code).id),
      acceptedAt: at(date),
      acceptedBy: by,
    });
  }
  event('mou', mouId, 'mou.drafted', at('2025-06-02'), a.partnerCoordinator, p.partner.name);
  event('mou', mouId, 'mou.proposed', at('2025-06-09'), a.partnerCoordinator, p.partner.name);
  event('mou', mouId, 'mou.accepted', at('2025-06-20'), a.schoolCoordinator, p.school.name);

  // The six-week mobility of Jonas, signed by three, the transcript issued and recognised.
  const mobilityId = randomUUID();
  const agreed = ['ZM-07', 'ZM-09'];
  const signed: Record<SigningParty, { at: string; by: string }> = {
    home: { at: at('2026-01-19'), by: a.partnerCoordinator.displayName },
    host: { at: at('2026-01-23'), by: a.schoolCoordinator.displayName },
    learner: { at: at('2026-01-26'), by: a.partnerLearner.displayName },
  };
  await em.insert(MobilityEntity, {
    id: mobilityId,
    status: 'completed',
    mouId,
    learnerId: jonas.id,
    enrolmentId: jonas.enrolmentId,
    homeId: p.partner.id,
    hostId: p.school.id,
    startsOn: '2026-03-02',
    endsOn: '2026-04-10',
    unitIds: agreed.map((code) => unit(code).id),
    outcomeIds: [],
    placement: {
      company: 'Präzisionsteile Müller GmbH (Demo)',
      address: 'Industriestraße 12, 67063 Ludwigshafen am Rhein',
      mentor: 'Jürgen Weiß (Ausbildungsmeister)',
      mentorEmail: 'ausbildung@mueller.demo.local',
      hours: 240,
    },
    assessment:
      'Arbeitsprobe an einer CNC-Fräsmaschine im Betrieb (Instandhaltung und Fertigungsplanung) und Fachgespräch mit dem Ausbildungsmeister und einer Lehrkraft der Gasteinrichtung.',
    recording:
      'Die Gasteinrichtung trägt die Ergebnisse in den Persönlichen Leistungsnachweis ein und stellt ihn zum Ende der Mobilität aus; die Heimateinrichtung erkennt die Einheiten an.',
    signatures: signed,
    transcriptIssuedAt: at('2026-04-10', '14:00:00'),
    transcriptIssuedBy: a.schoolCoordinator.displayName,
    version: 9,
    createdAt: at('2026-01-12'),
    updatedAt: at('2026-04-17'),
  });
  for (const [position, code] of agreed.entries()) {
    const lineId = randomUUID();
    const line = {
      unitId: unit(code).id,
      outcomeId: null,
      assessedOn: '2026-04-09',
      method: 'Arbeitsprobe und Fachgespräch',
      result: 'passed' as const,
      grade: position === 0 ? 'gut (2)' : 'sehr gut (1)',
      assessor: 'Jürgen Weiß, Jana Keller',
      place: 'company' as const,
      placeName: 'Präzisionsteile Müller GmbH (Demo)',
    };
    await em.insert(TranscriptLineEntity, {
      id: lineId,
      mobilityId,
      position,
      ...line,
      decision: 'recognised',
      reason: null,
      decidedAt: at('2026-04-17'),
      decidedBy: a.partnerCoordinator.displayName,
      version: 2,
    });
    await em.insert(AchievementEntity, {
      id: randomUUID(),
      enrolmentId: jonas.enrolmentId,
      ...line,
      kind: 'mobility',
      evidence: null,
      mobilityId,
      transcriptLineId: lineId,
      recordedBy: a.partnerCoordinator.id,
      recordedAt: at('2026-04-17'),
    });
  }
  const m = (action: string, date: string, by: { id: string; displayName: string }, inst: string) =>
    event('mobility', mobilityId, action, at(date), by, inst);
  m('agreement.drafted', '2026-01-12', a.partnerCoordinator, p.partner.name);
  m('agreement.signed-by-home', '2026-01-19', a.partnerCoordinator, p.partner.name);
  m('agreement.signed-by-host', '2026-01-23', a.schoolCoordinator, p.school.name);
  event(
    'mobility',
    mobilityId,
    'agreement.signed-by-learner',
    at('2026-01-26'),
    a.partnerLearner,
    '',
  );
  m('transcript.result-recorded', '2026-04-09', a.schoolTeacher, p.school.name);
  m('transcript.result-recorded', '2026-04-09', a.schoolTeacher, p.school.name);
  m('transcript.issued', '2026-04-10', a.schoolCoordinator, p.school.name);
  m('transcript.line-recognised', '2026-04-17', a.partnerCoordinator, p.partner.name);
  m('transcript.line-recognised', '2026-04-17', a.partnerCoordinator, p.partner.name);
  for (const e of events)
    await em.insert(MobilityEventEntity, {
      id: randomUUID(),
      ...e,
      institutionName: e.institutionName || null,
    });
}
