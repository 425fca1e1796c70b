/**
 * zod without its JIT (functions compiled with `new Function` on first use): `validate --no-cache`
 * is cold code, which the JIT only slows. zod reads the setting when a schema is constructed, so
 * every module that builds a knowledge schema imports this one first.
 */
import { z } from 'zod';

z.config({ jitless: true });
