// Entry point of the bundled server (dist/server.js): the VS Code client starts it over stdio.
import { startServer } from './server';

startServer();
