#!/usr/bin/env node
// Launcher: runs the compiled CLI. Kept tiny because it is on every invocation's start-up path.
import { main } from '../dist/main.js';

main();
