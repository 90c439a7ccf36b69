import { forwardRef } from 'react';
import { Link, type LinkProps } from 'react-router';

/** Lets MUI links and buttons with `href` navigate client-side through React Router. */
export const LinkBehavior = forwardRef<HTMLAnchorElement, Omit<LinkProps, 'to'> & { href: LinkProps['to'] }>(function LinkBehavior({ href, ...other }, ref) {
  if (typeof href === 'string' && /^(https?:|mailto:|tel:)/.test(href)) {
    return <a ref={ref} href={href} {...other} />;
  }
  return <Link ref={ref} to={href} {...other} />;
});
