'use strict';
/*
 * The xAPI State resource (xAPI 1.0.3, Communication 2.3) for the test LRS, in memory: GET, PUT, POST (JSON
 * merge) and DELETE of one document by activityId, agent, registration and stateId. xapi-statements has no
 * State API; cmi5 needs it (LMS.LaunchData, and the package's own saved state). A test tool only.
 */

/** The agent's identity (mbox, account, ...), so that the same learner written two ways is one learner. */
function agentKey(text) {
  const agent = JSON.parse(text);
  if (agent.mbox) return 'mbox:' + agent.mbox;
  if (agent.mbox_sha1sum) return 'sha1:' + agent.mbox_sha1sum;
  if (agent.openid) return 'openid:' + agent.openid;
  if (agent.account) return 'account:' + agent.account.homePage + '|' + agent.account.name;
  throw new Error('no identifier');
}

/**
 * @param {{express: Function, cors: Function, authorized: (header: string) => boolean, documents: object}} options
 *   documents: a plain object the LRS saves with its state file (key -> {contentType, body})
 */
module.exports = function stateRouter(options) {
  const router = options.express.Router();
  const documents = options.documents;
  router.use(options.cors());

  router.use((request, response, next) => {
    if (request.method === 'OPTIONS') return next();
    if (!options.authorized(request.headers.authorization)) return response.status(401).json({ error: 'unauthorized' });
    const { activityId, agent, stateId, registration } = request.query;
    if (!activityId || !agent || !stateId) return response.status(400).json({ error: 'activityId, agent and stateId are required' });
    try {
      request.stateKey = [activityId, agentKey(agent), registration || '', stateId].join('\n');
    } catch {
      return response.status(400).json({ error: 'agent is not a JSON agent' });
    }
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => { request.rawBody = Buffer.concat(chunks).toString('utf8'); next(); });
  });

  router.get('/', (request, response) => {
    const found = documents[request.stateKey];
    if (!found) return response.status(404).end();
    response.status(200).type(found.contentType).send(found.body);
  });
  router.put('/', (request, response) => {
    documents[request.stateKey] = { contentType: request.headers['content-type'] || 'application/octet-stream', body: request.rawBody };
    response.status(204).end();
  });
  router.post('/', (request, response) => {
    const found = documents[request.stateKey];
    try {
      const merged = Object.assign(found ? JSON.parse(found.body) : {}, JSON.parse(request.rawBody));
      documents[request.stateKey] = { contentType: 'application/json', body: JSON.stringify(merged) };
    } catch {
      return response.status(400).json({ error: 'POST merges JSON objects only' });
    }
    response.status(204).end();
  });
  router.delete('/', (request, response) => {
    delete documents[request.stateKey];
    response.status(204).end();
  });
  return router;
};
