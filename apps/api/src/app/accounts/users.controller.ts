import type { UserAccount } from '@curriculum-builder/curriculum';
import { CreateUserDto, UpdateUserDto } from '@curriculum-builder/curriculum/dto';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../common/decorators/auth.decorators';
import { ParseIdPipe } from '../../common/pipes/parse-id.pipe';
import { UsersService } from './users.service';

/** Account administration (admins only). */
@ApiTags('admin')
@Requires('user.manage')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<UserAccount[]> {
    return this.users.list();
  }

  @Post()
  create(@Body() dto: CreateUserDto): Promise<UserAccount> {
    return this.users.create(dto);
  }

  /** `{ active: false }` deactivates the account and ends its sessions at once. */
  @Patch(':id')
  update(
    @Param('id', new ParseIdPipe('User')) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserAccount> {
    return this.users.update(id, dto);
  }
}
