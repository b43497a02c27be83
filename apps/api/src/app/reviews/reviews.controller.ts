import type { ReviewComment, ReviewSummary } from '@curriculum-builder/curriculum';
import { CreateReviewCommentDto, ReplyDto } from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { CurriculumId, CommentId } from '../../common/decorators/route-params';
import { ReviewsService } from './reviews.service';

/** Industry review of single outcomes, units, WBL periods or the whole curriculum. */
@ApiTags('review')
@Controller('curricula/:id/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Requires('review.read')
  @Get()
  list(@CurrentCaller() caller: Caller, @CurriculumId() id: string): Promise<ReviewComment[]> {
    return this.reviews.list(caller, id);
  }

  @Requires('review.read')
  @Get('summary')
  summary(@CurrentCaller() caller: Caller, @CurriculumId() id: string): Promise<ReviewSummary> {
    return this.reviews.summary(caller, id);
  }

  @Requires('curriculum.review')
  @Post()
  comment(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @Body() dto: CreateReviewCommentDto,
  ): Promise<ReviewComment> {
    return this.reviews.comment(caller, id, dto);
  }

  @Requires('review.discuss')
  @Post(':commentId/replies')
  reply(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @CommentId() commentId: string,
    @Body() dto: ReplyDto,
  ): Promise<ReviewComment> {
    return this.reviews.reply(caller, id, commentId, dto.text);
  }

  @Requires('review.discuss')
  @Post(':commentId/resolve')
  @HttpCode(200)
  resolve(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @CommentId() commentId: string,
  ): Promise<ReviewComment> {
    return this.reviews.setStatus(caller, id, commentId, 'resolved');
  }

  @Requires('review.discuss')
  @Post(':commentId/reopen')
  @HttpCode(200)
  reopen(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @CommentId() commentId: string,
  ): Promise<ReviewComment> {
    return this.reviews.setStatus(caller, id, commentId, 'open');
  }

  /** Applies the proposed rewording to the draft and marks the comment accepted. */
  @Requires('curriculum.write')
  @Post(':commentId/accept')
  @HttpCode(200)
  accept(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @CommentId() commentId: string,
  ): Promise<ReviewComment> {
    return this.reviews.accept(caller, id, commentId);
  }
}
