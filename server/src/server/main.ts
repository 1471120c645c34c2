// Entry point of the bundled server (dist/server.js): the VS Code client starts it over IPC.
import { startServer } from './server';

startServer();
