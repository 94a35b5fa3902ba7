import { createHash } from 'node:crypto';

/** The Subresource Integrity value of `bytes` (`sha384-…`), as a `<script integrity>` attribute takes it. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
