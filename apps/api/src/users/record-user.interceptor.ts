import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Actor } from '@gemeente-crm/api-kernel';
import { from, switchMap, type Observable } from 'rxjs';
import { UserDirectory } from './user-directory.js';

/** Keeps the user directory current from the tokens of authenticated requests. */
@Injectable()
export class RecordUserInterceptor implements NestInterceptor {
  constructor(private readonly users: UserDirectory) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (!actor) return next.handle();
    return from(this.users.record(actor)).pipe(switchMap(() => next.handle()));
  }
}
