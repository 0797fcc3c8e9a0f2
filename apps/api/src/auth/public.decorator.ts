import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'open-revenues:public';

/** Marks a route or resolver as open without a token (health, the public estimate). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
