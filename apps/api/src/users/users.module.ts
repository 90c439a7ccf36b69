import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RecordUserInterceptor } from './record-user.interceptor.js';
import { UserDirectory } from './user-directory.js';
import { UsersController } from './users.controller.js';

@Module({
  controllers: [UsersController],
  providers: [UserDirectory, { provide: APP_INTERCEPTOR, useClass: RecordUserInterceptor }],
  exports: [UserDirectory],
})
export class UsersModule {}
