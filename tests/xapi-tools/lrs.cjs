'use strict';
/*
 * A Learning Record Store for the tests: Learning Locker's statement service (npm "xapi-statements", GPL-3.0,
 * pinned in package.json) with its in-memory models, so no MongoDB or Redis. A test tool only: never bundled.
 *
 *   node lrs.cjs --port 0 --key KEY:SECRET [--write-key KEY:SECRET] [--state FILE] [--dir DIR]
 *
 * - Listens on 127.0.0.1 only; --port 0 takes a free port. When it answers, it prints one line on stdout:
 *   {"ready":true,"port":N,"endpoint":"http://127.0.0.1:N/xAPI/"}
 * - HTTP Basic auth is checked here (the package's "test" auth repo lets anyone in): --key has every scope,
 *   --write-key only statements/write (reads answer 403), like a key an author may put in a package.
 * - It stops when its standard input closes (the test fixture closes it, or the test host died), or on SIGTERM.
 *   With --state, the statements are read from FILE at start and written there at stop, so a restarted LRS
 *   (an outage) keeps what it stored before.
 * - The State resource (activities/state) is ours, in state.cjs: xapi-statements has none, and cmi5 needs it.
 */
const fs = require('fs');
const path = require('path');
const os = require('os');
const crypto = require('crypto');
const { createRequire } = require('module');

function parseArguments(argv) {
  const options = { port: 0, key: null, writeKey: null, state: null, dir: null };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = argv[i + 1];
    if (value === undefined) fail(`${name} needs a value`);
    i++;
    if (name === '--port') options.port = Number(value);
    else if (name === '--key') options.key = value;
    else if (name === '--write-key') options.writeKey = value;
    else if (name === '--state') options.state = value;
    else if (name === '--dir') options.dir = value;
    else fail(`unknown option ${name}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) fail('--port must be 0-65535');
  if (!options.key || !options.key.includes(':')) fail('--key KEY:SECRET is required');
  return options;
}

function fail(message) {
  process.stderr.write(`lrs: ${message}\n`);
  process.exit(2);
}

const options = parseArguments(process.argv.slice(2));
const workDir = options.dir || fs.mkdtempSync(path.join(os.tmpdir(), 'civil-scorm-lrs-'));
const storageDir = path.join(workDir, 'storage');

// The service reads its settings from the environment when its config module is first required.
Object.assign(process.env, {
  EXPRESS_PORT: String(options.port),
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'local',
  AUTH_REPO: 'test',
  EVENTS_REPO: 'test',
  FS_LOCAL_STORAGE_DIR: storageDir,
  EXPRESS_MORGAN_DIRECTORY: path.join(storageDir, 'access-logs'),
  // Answer a POST only once the statement is queryable: the tests read right after writing.
  SERVICE_AWAIT_UPDATES: 'true',
  WINSTON_CONSOLE_LEVEL: 'error',
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
});

// Everything is resolved from xapi-statements' own folder, wherever npm hoisted its dependencies.
const fromService = createRequire(require.resolve('xapi-statements/package.json'));
const part = (name) => fromService(`./dist/${name}`).default;
const config = part('config');
const logger = part('logger');
const tracker = part('tracker');
const routes = fromService('./dist/utils/constants');
const NoModel = fromService('jscommons/dist/errors/NoModel').default;
const express = fromService('express');

// The memory models repo keeps its arrays on this object (it replaces them on every change).
const models = { statements: [], fullActivities: [] };
const stateDocuments = {};
if (options.state && fs.existsSync(options.state)) {
  const saved = JSON.parse(fs.readFileSync(options.state, 'utf8'));
  // JSON has no dates: the repo compares stored/timestamp as Date objects when it sorts and filters.
  models.statements = saved.statements.map((model) => ({ ...model, stored: new Date(model.stored), timestamp: new Date(model.timestamp) }));
  models.fullActivities = saved.fullActivities;
  Object.assign(stateDocuments, saved.stateDocuments || {});
}

const repo = part('repo/facade')({
  auth: { facade: 'test', fake: {}, fetch: {}, mongo: {} },
  events: { facade: 'test', redis: {} },
  models: { facade: 'memory', memory: { state: models }, mongo: {} },
  storage: { facade: 'local', local: { storageDir }, s3: {} },
});

function client(id, title, mbox, scopes) {
  return {
    _id: id,
    lrs_id: '5f0000000000000000000001',
    organisation: '5f0000000000000000000002',
    isTrusted: true,
    title,
    authority: { objectType: 'Agent', name: title, mbox },
    scopes,
  };
}
const basic = (pair) => 'Basic ' + Buffer.from(pair).toString('base64');
const clients = [{ header: basic(options.key), client: client('5f00000000000000000000a1', 'test LRS full access', 'mailto:full-access@lrs.invalid', ['all']) }];
if (options.writeKey) {
  clients.push({ header: basic(options.writeKey), client: client('5f00000000000000000000a2', 'test LRS write only', 'mailto:write-only@lrs.invalid', ['statements/write']) });
}
function sameSecret(given, expected) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
// The service turns a thrown NoModel into 401.
repo.getClient = async ({ authToken }) => {
  const given = String(authToken || '').trim().replace(/^basic\s+/i, 'Basic ');
  const found = clients.find((c) => sameSecret(given, c.header));
  if (!found) throw new NoModel('Client');
  return { client: found.client };
};

const service = part('service')({ repo, tracker, logger, ...config.service });
const presenter = part('expressPresenter')({
  llClientInfoEndpoint: config.llClientInfoEndpoint,
  customRoute: config.express.customRoute,
  customRouteText: config.express.customRouteText,
  morganDirectory: config.express.morganDirectory,
  bodyParserLimit: config.express.bodyParserLimit,
  service,
  tracker,
  translator: part('translatorFactory')(),
  logger,
});

const app = express();
app.use('/xAPI/activities/state', require('./state.cjs')({
  express,
  cors: fromService('jscommons/dist/expressPresenter/mixins/cors').default,
  authorized: (header) => clients.some((c) => sameSecret(String(header || '').trim().replace(/^basic\s+/i, 'Basic '), c.header)),
  documents: stateDocuments,
}));
app.use(routes.aboutRoute, presenter.aboutRouter);
app.use(routes.fullActivitiesRoute, presenter.fullActivitiesRouter);
app.use(routes.statementsRoute, presenter.statementsRouter);

const sockets = new Set();
const server = app.listen(options.port, '127.0.0.1', () => {
  const port = server.address().port;
  process.stdout.write(JSON.stringify({ ready: true, port, endpoint: `http://127.0.0.1:${port}/xAPI/` }) + '\n');
});
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});
server.on('error', (error) => fail(`cannot listen on 127.0.0.1:${options.port}: ${error.message}`));

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  if (options.state) {
    fs.writeFileSync(options.state + '.tmp', JSON.stringify({ ...models, stateDocuments }));
    fs.renameSync(options.state + '.tmp', options.state);
  }
  // The scratch folder (attachments, access logs) goes with the LRS, unless the caller chose it.
  if (!options.dir) fs.rmSync(workDir, { recursive: true, force: true });
  // An outage is abrupt: open keep-alive connections go too, so the browser sees the LRS gone at once.
  for (const socket of sockets) socket.destroy();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
