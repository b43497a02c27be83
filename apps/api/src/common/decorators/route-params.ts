import { msg } from '@curriculum-builder/curriculum';
import { Param } from '@nestjs/common';
import { ParseIdPipe } from '../pipes/parse-id.pipe';

/** Route ids of the curriculum API; each answers 404 for anything that is not a UUID. */
export const CurriculumId = () => Param('id', new ParseIdPipe(msg`Curriculum`));
export const UnitId = () => Param('unitId', new ParseIdPipe(msg`Unit`));
export const OutcomeId = () => Param('outcomeId', new ParseIdPipe(msg`Learning outcome`));
export const PeriodId = () => Param('wblId', new ParseIdPipe(msg`Work-based learning period`));
export const CommentId = () => Param('commentId', new ParseIdPipe(msg`Review comment`));
export const NotificationId = () => Param('notificationId', new ParseIdPipe(msg`Notification`));
export const LearnerId = () => Param('id', new ParseIdPipe(msg`Learner`));
export const AchievementId = () => Param('achievementId', new ParseIdPipe(msg`Achievement`));
export const MouId = () => Param('id', new ParseIdPipe(msg`MoU`));
export const MobilityId = () => Param('id', new ParseIdPipe(msg`Learning Agreement`));
export const LineId = () => Param('lineId', new ParseIdPipe(msg`Transcript line`));
