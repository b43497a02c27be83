import type {
  PlacementMatch,
  PlacementNeed,
  PlacementOffer,
  PlacementRequest,
} from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import {
  AnswerPlacementRequestDto,
  CreatePlacementOfferDto,
  CreatePlacementRequestDto,
  PlacementMatchQuery,
  PlacementQuery,
  UpdatePlacementOfferDto,
} from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../../common/caller';
import { CurrentCaller, Requires } from '../../common/decorators/auth.decorators';
import { CurriculumId, PeriodId } from '../../common/decorators/route-params';
import { ParseIdPipe } from '../../common/pipes/parse-id.pipe';
import { PlacementsService } from './placements.service';

const OfferId = () => Param('id', new ParseIdPipe(msg`Placement offer`));
const RequestId = () => Param('id', new ParseIdPipe(msg`Placement request`));

/** Work-based learning placement offers and the requests for their places (ADR 0030). */
@ApiTags('placements')
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  /** Offerers: their own offers; schools: the open ones; administrators: all. */
  @Requires('placement.read')
  @Get()
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: PlacementQuery,
  ): Promise<{ items: PlacementOffer[] }> {
    return this.placements.list(caller, query);
  }

  @Requires('placement.offer')
  @Post()
  create(
    @CurrentCaller() caller: Caller,
    @Body() dto: CreatePlacementOfferDto,
  ): Promise<PlacementOffer> {
    return this.placements.create(caller, dto);
  }

  @Requires('placement.read')
  @Get(':id')
  get(@CurrentCaller() caller: Caller, @OfferId() id: string): Promise<PlacementOffer> {
    return this.placements.get(caller, id);
  }

  @Requires('placement.offer')
  @Patch(':id')
  @ApiConflictResponse({ description: 'Stale `version` (body has `current`).' })
  update(
    @CurrentCaller() caller: Caller,
    @OfferId() id: string,
    @Body() dto: UpdatePlacementOfferDto,
  ): Promise<PlacementOffer> {
    return this.placements.update(caller, id, dto);
  }

  /** Places of the offer for a WBL period of a curriculum of the caller's school. */
  @Requires('placement.request')
  @Post(':id/requests')
  @ApiConflictResponse({ description: 'The offer is closed or has too few free places.' })
  request(
    @CurrentCaller() caller: Caller,
    @OfferId() id: string,
    @Body() dto: CreatePlacementRequestDto,
  ): Promise<PlacementRequest> {
    return this.placements.request(caller, id, dto);
  }
}

/** The requests for placements: offerers answer those for their offers, schools withdraw theirs. */
@ApiTags('placements')
@Controller('placement-requests')
export class PlacementRequestsController {
  constructor(private readonly placements: PlacementsService) {}

  @Requires('placement.read')
  @Get()
  list(@CurrentCaller() caller: Caller): Promise<{ items: PlacementRequest[] }> {
    return this.placements.requests(caller);
  }

  @Requires('placement.offer')
  @Post(':id/accept')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not pending, or too few free places.' })
  accept(
    @CurrentCaller() caller: Caller,
    @RequestId() id: string,
    @Body() dto: AnswerPlacementRequestDto,
  ): Promise<PlacementRequest> {
    return this.placements.answer(caller, id, 'accepted', dto);
  }

  @Requires('placement.offer')
  @Post(':id/decline')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not pending.' })
  decline(
    @CurrentCaller() caller: Caller,
    @RequestId() id: string,
    @Body() dto: AnswerPlacementRequestDto,
  ): Promise<PlacementRequest> {
    return this.placements.answer(caller, id, 'declined', dto);
  }

  @Requires('placement.request')
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Declined or withdrawn already.' })
  withdraw(@CurrentCaller() caller: Caller, @RequestId() id: string): Promise<PlacementRequest> {
    return this.placements.withdraw(caller, id);
  }
}

/** The offers that fit a WBL period of the caller's curriculum, ranked. */
@ApiTags('placements')
@Controller('curricula/:id/work-based-learning/:wblId/matches')
export class PlacementMatchesController {
  constructor(private readonly placements: PlacementsService) {}

  @Requires('placement.request')
  @Get()
  matches(
    @CurrentCaller() caller: Caller,
    @CurriculumId() id: string,
    @PeriodId() wblId: string,
    @Query() query: PlacementMatchQuery,
  ): Promise<{ need: PlacementNeed; items: PlacementMatch[] }> {
    return this.placements.matches(caller, id, wblId, query);
  }
}
