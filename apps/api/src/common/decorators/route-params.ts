import { Param } from '@nestjs/common';
import { ParseIdPipe } from '../pipes/parse-id.pipe';

/** Route ids of the curriculum API; each answers 404 for anything that is not a UUID. */
export const CurriculumId = () => Param('id', new ParseIdPipe('Curriculum'));
export const UnitId = () => Param('unitId', new ParseIdPipe('Unit'));
export const OutcomeId = () => Param('outcomeId', new ParseIdPipe('Learning outcome'));
export const PeriodId = () => Param('wblId', new ParseIdPipe('Work-based learning period'));
export const CommentId = () => Param('commentId', new ParseIdPipe('Review comment'));
export const NotificationId = () => Param('notificationId', new ParseIdPipe('Notification'));
export const LearnerId = () => Param('id', new ParseIdPipe('Learner'));
export const AchievementId = () => Param('achievementId', new ParseIdPipe('Achievement'));
export const MouId = () => Param('id', new ParseIdPipe('MoU'));
export const MobilityId = () => Param('id', new ParseIdPipe('Learning Agreement'));
export const LineId = () => Param('lineId', new ParseIdPipe('Transcript line'));
