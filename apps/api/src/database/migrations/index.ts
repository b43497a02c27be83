import { CreateInstitutions1763683200000 } from './1763683200000-CreateInstitutions';
import { CreateCurricula1763683300000 } from './1763683300000-CreateCurricula';
import { CreateAccounts1763683400000 } from './1763683400000-CreateAccounts';
import { CreateWorkflow1763683500000 } from './1763683500000-CreateWorkflow';
import { AddVersionUnitCount1763683600000 } from './1763683600000-AddVersionUnitCount';
import { AddReviewCommentInstitution1763683700000 } from './1763683700000-AddReviewCommentInstitution';
import { AddMobilityCoordinatorAndCompanyRoles1763683800000 } from './1763683800000-AddMobilityCoordinatorAndCompanyRoles';
import { CreateNotifications1763683900000 } from './1763683900000-CreateNotifications';
import { CreateCurriculumSearch1763684000000 } from './1763684000000-CreateCurriculumSearch';
import { AccountSecurity1763684100000 } from './1763684100000-AccountSecurity';
import { CaseIdentity1763684200000 } from './1763684200000-CaseIdentity';
import { ProgrammeDelivery1763684300000 } from './1763684300000-ProgrammeDelivery';
import { ElectiveChoiceAndAddOns1763684400000 } from './1763684400000-ElectiveChoiceAndAddOns';
import { AssessmentPlan1763684500000 } from './1763684500000-AssessmentPlan';
import { UnitExtent1763684600000 } from './1763684600000-UnitExtent';
import { DecimalPoints1763684700000 } from './1763684700000-DecimalPoints';
import { OutcomeSkills1763684800000 } from './1763684800000-OutcomeSkills';
import { PartialQualifications1763684900000 } from './1763684900000-PartialQualifications';
import { OutcomeCriteria1763685000000 } from './1763685000000-OutcomeCriteria';
import { QualificationCode1763685100000 } from './1763685100000-QualificationCode';
import { LearnerRecordsAndMobility1763685200000 } from './1763685200000-LearnerRecordsAndMobility';
import { InterfaceLanguage1763685300000 } from './1763685300000-InterfaceLanguage';
import { TextTranslations1763685400000 } from './1763685400000-TextTranslations';
import { EscoCatalogue1763685500000 } from './1763685500000-EscoCatalogue';
import { SharedLibrary1763685600000 } from './1763685600000-SharedLibrary';
import { Placements1763685700000 } from './1763685700000-Placements';
import { LibraryChanges1763685800000 } from './1763685800000-LibraryChanges';
import { LibraryCurricula1763685900000 } from './1763685900000-LibraryCurricula';

/**
 * Every migration, in order. Listed explicitly (not globbed) so that the bundled server and the
 * tests run exactly the same set on SQLite and PostgreSQL.
 */
export const migrations = [
  CreateInstitutions1763683200000,
  CreateCurricula1763683300000,
  CreateAccounts1763683400000,
  CreateWorkflow1763683500000,
  AddVersionUnitCount1763683600000,
  AddReviewCommentInstitution1763683700000,
  AddMobilityCoordinatorAndCompanyRoles1763683800000,
  CreateNotifications1763683900000,
  CreateCurriculumSearch1763684000000,
  AccountSecurity1763684100000,
  CaseIdentity1763684200000,
  ProgrammeDelivery1763684300000,
  ElectiveChoiceAndAddOns1763684400000,
  AssessmentPlan1763684500000,
  UnitExtent1763684600000,
  DecimalPoints1763684700000,
  OutcomeSkills1763684800000,
  PartialQualifications1763684900000,
  OutcomeCriteria1763685000000,
  QualificationCode1763685100000,
  LearnerRecordsAndMobility1763685200000,
  InterfaceLanguage1763685300000,
  TextTranslations1763685400000,
  EscoCatalogue1763685500000,
  SharedLibrary1763685600000,
  Placements1763685700000,
  LibraryChanges1763685800000,
  LibraryCurricula1763685900000,
];
