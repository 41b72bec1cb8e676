// Local Step Functions for the workflow tests: one state machine (an ASL JSON file) run by the npm interpreter
// aws-local-stepfunctions 3.0.0, behind a small Step Functions API (AWS JSON 1.0) on 127.0.0.1.
//
//   node local-step-functions.mjs <definition.json>
//
// Prints {"port":N,"stateMachineArn":"..."} as one line on stdout once listening, and exits when stdin closes or its
// parent dies, so a killed JVM cannot leak it. Environment:
//   LAMBDA_ENDPOINT           required: base URL of the Lambda Invoke API every Lambda task calls (the Java loopback server)
//   STATE_MACHINE_ARN         optional: the ARN StartExecution must name (default ...:stateMachine:ApplicationStateMachine)
//   TIMEOUT_OVERRIDES         optional JSON {"State": seconds}: a test stand-in that rewrites those Task states'
//                             TimeoutSeconds before the machine is built (e.g. {"Decide":3} instead of 3600)
//   RETRY_INTERVAL_OVERRIDES  optional JSON {"State"|"*": ms or [ms per retrier]}: replaces Retry waits ("*": every
//                             state with a Retry), so retry tests do not sleep IntervalSeconds x BackoffRate
//   PORT                      optional, default 0 (any free port)
//
// API: StartExecution, DescribeExecution, GetExecutionHistory, ListExecutions, StopExecution, SendTaskSuccess,
// SendTaskFailure, SendTaskHeartbeat. Errors are HTTP 400 {"__type": "<Code>", "message": "..."}.
//
// What the interpreter runs itself: the states, paths, Parameters/ResultSelector/ResultPath, Choice, Parallel, Retry
// (backoff, MaxDelaySeconds, jitter) and Catch, TimeoutSeconds (States.Timeout). What this file stands in for:
// - Every Lambda task is a local task handler that POSTs to LAMBDA_ENDPOINT /2015-03-31/functions/{name}/invocations:
//   `arn:aws:states:::lambda:invoke` sends Parameters.Payload to Parameters.FunctionName and answers the integration's
//   wrapper {"Payload": ..., "StatusCode": 200, ...}; a plain function ARN sends the state input and answers the
//   function's result. A function error (X-Amz-Function-Error) fails the state with Error = the errorType and
//   Cause = the error document as a JSON string, as AWS does; an HTTP error becomes Lambda.<Exception> and a
//   connection failure Lambda.SdkClientException. (The interpreter's own Lambda client would send the integration
//   ARN as the function name and put "<errorType>: <errorMessage>" in the Cause.)
// - `arn:aws:states:::lambda:invoke.waitForTaskToken` (which the interpreter does not know) invokes the function the
//   same way, with the $$.Task.Token it put in Parameters, then waits for SendTaskSuccess / SendTaskFailure on that
//   token; a function error fails the state first. A token whose wait is over answers TaskTimedOut, an unknown one
//   TaskDoesNotExist.
// Not done: HeartbeatSeconds (ignored), the 60 s default Task timeout of the interpreter (AWS has none), other
// service integrations (refused at start), $$.Execution.Input inside a Parallel branch (the interpreter gives the
// branch input), history paging, JSONata.
import "./promise-with-resolvers.cjs";
import http from "node:http";
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import {
  StateMachine,
  ExecutionError,
  ExecutionTimeoutError,
  ExecutionAbortedError,
} from "aws-local-stepfunctions";

const LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
const LAMBDA_INVOKE_WAIT = "arn:aws:states:::lambda:invoke.waitForTaskToken";
const FUNCTION_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9$_-]+)?$/;
const INTERPRETER_DEFAULT_TIMEOUT_SECONDS = 60;

function fail(message) {
  process.stderr.write(`local-step-functions: ${message}\n`);
  process.exit(1);
}

function jsonEnv(name) {
  const raw = process.env[name];
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch (e) {
    return fail(`${name} is not JSON: ${e.message}`);
  }
}

const definitionFile = process.argv[2] ?? process.env.DEFINITION_FILE;
if (!definitionFile) fail("usage: node local-step-functions.mjs <definition.json>");
const lambdaEndpoint = (process.env.LAMBDA_ENDPOINT ?? "").replace(/\/+$/, "");
if (!/^https?:\/\//.test(lambdaEndpoint)) fail("LAMBDA_ENDPOINT must be an http(s) URL");
const stateMachineArn =
  process.env.STATE_MACHINE_ARN ?? "arn:aws:states:us-east-1:123456789012:stateMachine:ApplicationStateMachine";
const arnMatch = /^arn:aws[a-z-]*:states:([a-z0-9-]+):(\d{12}):stateMachine:([A-Za-z0-9_-]{1,80})$/.exec(stateMachineArn);
if (!arnMatch) fail(`STATE_MACHINE_ARN is not a state machine ARN: ${stateMachineArn}`);
const [, region, account, stateMachineName] = arnMatch;

let definition;
try {
  definition = JSON.parse(readFileSync(definitionFile, "utf8"));
} catch (e) {
  fail(`cannot read the definition ${definitionFile}: ${e.message}`);
}

/** Every state of the machine, nested ones (Parallel branches, Map processors) included. */
function allStates(machine, found = new Map()) {
  for (const [name, state] of Object.entries(machine.States ?? {})) {
    if (found.has(name)) fail(`state name ${name} is used twice; local task handlers are keyed by state name`);
    found.set(name, state);
    for (const branch of state.Branches ?? []) allStates(branch, found);
    if (state.ItemProcessor ?? state.Iterator) allStates(state.ItemProcessor ?? state.Iterator, found);
  }
  return found;
}

const states = allStates(definition);

for (const [name, seconds] of Object.entries(jsonEnv("TIMEOUT_OVERRIDES"))) {
  const state = states.get(name);
  if (state?.Type !== "Task") fail(`TIMEOUT_OVERRIDES names ${name}, which is not a Task state`);
  if (!Number.isInteger(seconds) || seconds < 1) fail(`TIMEOUT_OVERRIDES.${name} must be a positive integer`);
  delete state.TimeoutSecondsPath;
  state.TimeoutSeconds = seconds;
}

const retryIntervalOverrides = {};
for (const [name, ms] of Object.entries(jsonEnv("RETRY_INTERVAL_OVERRIDES"))) {
  const targets = name === "*" ? [...states].filter(([, s]) => s.Retry).map(([n]) => n) : [name];
  for (const target of targets) {
    if (!states.get(target)?.Retry) fail(`RETRY_INTERVAL_OVERRIDES names ${target}, which has no Retry`);
    retryIntervalOverrides[target] = ms;
  }
}

const taskStates = [...states].filter(([, s]) => s.Type === "Task");
for (const [name, state] of taskStates) {
  const resource = state.Resource;
  if (resource !== LAMBDA_INVOKE && resource !== LAMBDA_INVOKE_WAIT && !FUNCTION_ARN.test(resource)) {
    fail(`state ${name}: resource ${resource} is not a Lambda task; this harness runs Lambda tasks only`);
  }
}

let stateMachine;
try {
  stateMachine = new StateMachine(definition); // validates with the interpreter's bundled asl-validator
} catch (e) {
  fail(e.message);
}

// ---------- errors ----------

/** An error the API answers as HTTP 400 {"__type": code}. */
class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** A state failure with the given States error name (what Retry and Catch match) and cause. */
function stateError(name, cause, { retryable = true, catchable = true } = {}) {
  const error = new Error(cause);
  error.name = name;
  // the interpreter reads these; States.Runtime is neither retried nor caught in AWS
  Object.defineProperty(error, "isRetryable", { value: retryable });
  Object.defineProperty(error, "isCatchable", { value: catchable });
  return error;
}

// ---------- Lambda ----------

const DEFAULT_LAMBDA_ERROR = { 404: "ResourceNotFoundException", 413: "RequestTooLargeException", 429: "TooManyRequestsException" };

/** Calls the function through the Lambda Invoke API; resolves to {payload, version}, or throws a state error. */
async function invoke(functionName, payload) {
  if (typeof functionName !== "string" || functionName === "") {
    throw stateError("States.Runtime", "Parameters.FunctionName is missing", { retryable: false, catchable: false });
  }
  let response;
  let text;
  try {
    response = await fetch(`${lambdaEndpoint}/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-amz-invocation-type": "RequestResponse" },
      body: JSON.stringify(payload ?? {}),
    });
    text = await response.text();
  } catch (e) {
    throw stateError("Lambda.SdkClientException", `Unable to execute HTTP request: ${e.cause?.code ?? e.message}`);
  }
  if (response.ok && response.headers.get("x-amz-function-error")) {
    let document = {};
    try {
      document = JSON.parse(text);
    } catch {
      // an unreadable error document still fails the state
    }
    throw stateError(document.errorType ?? "Lambda.Unknown", text);
  }
  if (!response.ok) {
    let code = response.headers.get("x-amzn-errortype")?.split(":")[0];
    let message = text;
    try {
      const body = JSON.parse(text);
      code ??= body.__type ?? body.Type;
      message = body.message ?? body.Message ?? text;
    } catch {
      // not JSON: keep the text
    }
    code ??= DEFAULT_LAMBDA_ERROR[response.status] ?? (response.status >= 500 ? "ServiceException" : "AWSLambdaException");
    throw stateError(`Lambda.${code}`, JSON.stringify({ errorMessage: message, statusCode: response.status }));
  }
  let result = null;
  if (text !== "") {
    try {
      result = JSON.parse(text);
    } catch {
      throw stateError("Lambda.SdkClientException", "the function's response is not JSON");
    }
  }
  return { payload: result, version: response.headers.get("x-amz-executed-version") ?? "$LATEST" };
}

/** The result of the optimised lambda:invoke integration, which ResultSelector reads as $.Payload. */
function integrationResult({ payload, version }) {
  return {
    ExecutedVersion: version,
    Payload: payload,
    SdkHttpMetadata: { HttpStatusCode: 200 },
    SdkResponseMetadata: { RequestId: randomUUID() },
    StatusCode: 200,
  };
}

// ---------- task tokens ----------

/** token -> {execution, status: issued|waiting|done|timedOut|closed, callback} */
const tokens = new Map();

/** The tokens of this execution that the interpreter put into a task's Parameters. */
function tokensIn(value, execution, found = new Set()) {
  if (typeof value === "string") {
    if (tokens.get(value)?.execution === execution && tokens.get(value).status === "issued") found.add(value);
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) tokensIn(item, execution, found);
  }
  return found;
}

function endWait(token, status) {
  const task = tokens.get(token);
  if (task?.status !== "waiting") return undefined;
  task.status = status;
  clearTimeout(task.timer);
  return task.callback;
}

async function waitForCallback(stateName, state, input, execution) {
  const waiting = [...tokensIn(input, execution)];
  if (waiting.length === 0) {
    throw stateError("States.Runtime", `state ${stateName} waits for a task token but its Parameters hold no $$.Task.Token`,
      { retryable: false, catchable: false });
  }
  const callback = Promise.withResolvers();
  // so that a late answer meets TaskTimedOut; the interpreter's own timer fails the state at the same moment
  const timeoutMs = (state.TimeoutSeconds ?? INTERPRETER_DEFAULT_TIMEOUT_SECONDS) * 1000;
  for (const token of waiting) {
    const task = tokens.get(token);
    task.status = "waiting";
    task.callback = callback;
    task.timer = setTimeout(() => endWait(token, "timedOut"), timeoutMs);
  }
  const finish = () => waiting.forEach((token) => endWait(token, "done"));
  // registered before the call: the function may answer (SendTaskSuccess) before it returns
  const call = invoke(input.FunctionName, input.Payload);
  if (input.InvocationType === "Event") {
    call.catch((e) => process.stderr.write(`local-step-functions: ${stateName}: async invoke failed: ${e.name}\n`));
  } else {
    call.catch((e) => {
      finish();
      callback.reject(e);
    });
  }
  return callback.promise;
}

function taskHandlers(execution) {
  const handlers = {};
  for (const [name, state] of taskStates) {
    if (state.Resource === LAMBDA_INVOKE) {
      handlers[name] = async (input) => integrationResult(await invoke(input?.FunctionName, input?.Payload));
    } else if (state.Resource === LAMBDA_INVOKE_WAIT) {
      handlers[name] = (input) => waitForCallback(name, state, input ?? {}, execution);
    } else {
      handlers[name] = async (input) => (await invoke(state.Resource, input)).payload;
    }
  }
  return handlers;
}

// ---------- executions ----------

const executions = new Map();

function epochSeconds(millis) {
  return millis / 1000;
}

function asCause(cause) {
  return cause === undefined || typeof cause === "string" ? cause : JSON.stringify(cause);
}

/** The interpreter's event as a history event: its own type names, the state name, error and cause. */
function historyEvent(event, id) {
  const history = { id, timestamp: epochSeconds(event.timestamp), type: event.type };
  const state = event.state ?? event.parentState;
  if (state) {
    history.stateName = state.name;
    history.stateType = state.type;
  }
  if (event.Error !== undefined) history.error = event.Error;
  if (event.Cause !== undefined) history.cause = asCause(event.Cause);
  if (event.retry) history.retryAttempt = event.retry.attempt;
  if (event.type === "StateEntered") {
    history.stateEnteredEventDetails = { name: state.name, input: JSON.stringify(state.input) };
  } else if (event.type === "StateExited") {
    history.stateExitedEventDetails = { name: state.name, output: JSON.stringify(state.output) };
  } else if (event.type === "ExecutionFailed") {
    history.executionFailedEventDetails = { error: event.Error, cause: asCause(event.Cause) };
  }
  return history;
}

function closeTokens(execution) {
  for (const [token, task] of tokens) {
    if (task.execution !== execution) continue;
    if (task.status === "waiting") endWait(token, "closed")?.reject(new Error("execution ended"));
    task.status = task.status === "issued" ? "closed" : task.status;
  }
}

function settle(execution, status, fields = {}) {
  Object.assign(execution, { status, stopDate: Date.now() }, fields);
  closeTokens(execution);
  process.stderr.write(`local-step-functions: ${execution.name} ${status}${fields.error ? ` (${fields.error})` : ""}\n`);
}

function startRun(execution) {
  const context = {
    Execution: { Id: execution.executionArn, Name: execution.name, RoleArn: `arn:aws:iam::${account}:role/local` },
    StateMachine: { Id: stateMachineArn, Name: stateMachineName },
    Task: {
      // each evaluation of $$.Task.Token is a new task (a retried task gets a new token, as in AWS)
      get Token() {
        const token = `${randomUUID()}${randomUUID()}`.replaceAll("-", "");
        tokens.set(token, { execution, status: "issued" });
        return token;
      },
    },
  };
  const run = stateMachine.run(JSON.parse(execution.input), {
    context,
    overrides: { taskResourceLocalHandlers: taskHandlers(execution), retryIntervalOverrides },
  });
  execution.run = run;
  (async () => {
    for await (const event of run.eventLogs) execution.events.push(historyEvent(event, execution.events.length + 1));
  })();
  run.result.then(
    (output) => {
      if (execution.status === "RUNNING") settle(execution, "SUCCEEDED", { output: JSON.stringify(output ?? null) });
    },
    (e) => {
      if (execution.status !== "RUNNING") return; // StopExecution settled it
      if (e instanceof ExecutionTimeoutError) {
        settle(execution, "TIMED_OUT", { error: "States.Timeout", cause: "the execution's TimeoutSeconds elapsed" });
      } else if (e instanceof ExecutionAbortedError) {
        settle(execution, "ABORTED");
      } else if (e instanceof ExecutionError && e.cause) {
        settle(execution, "FAILED", { error: e.cause.name, cause: asCause(e.cause.message) });
      } else {
        settle(execution, "FAILED", { error: "States.Runtime", cause: String(e?.message ?? e) });
      }
    },
  );
}

// AWS: 1-80 characters, none of whitespace, brackets, wildcards, these specials or control characters
const INVALID_NAME = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/;

function describe(execution) {
  const out = {
    executionArn: execution.executionArn,
    stateMachineArn,
    name: execution.name,
    status: execution.status,
    startDate: epochSeconds(execution.startDate),
    input: execution.input,
  };
  if (execution.stopDate) out.stopDate = epochSeconds(execution.stopDate);
  if (execution.output !== undefined) out.output = execution.output;
  if (execution.error !== undefined) out.error = execution.error;
  if (execution.cause !== undefined) out.cause = execution.cause;
  return out;
}

function execution(executionArn) {
  const found = executions.get(executionArn);
  if (!found) throw new ApiError("ExecutionDoesNotExist", `Execution Does Not Exist: '${executionArn}'`);
  return found;
}

function waitingTask(taskToken) {
  if (typeof taskToken !== "string" || taskToken.length === 0 || taskToken.length > 2048) {
    throw new ApiError("InvalidToken", "Invalid Token");
  }
  const task = tokens.get(taskToken);
  if (!task) throw new ApiError("TaskDoesNotExist", "Task Does Not Exist");
  if (task.status !== "waiting") throw new ApiError("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
  return taskToken;
}

const operations = {
  StartExecution({ stateMachineArn: arn, name, input = "{}" }) {
    if (arn !== stateMachineArn) throw new ApiError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
    // AWS generates a name when none is given; the workflow always names its executions, so a missing name is a bug
    if (typeof name !== "string") throw new ApiError("ValidationException", "name is required by the local harness");
    if (name.length < 1 || name.length > 80 || INVALID_NAME.test(name)) throw new ApiError("InvalidName", `Invalid Name: '${name}'`);
    try {
      JSON.parse(input);
    } catch {
      throw new ApiError("InvalidExecutionInput", "Invalid State Machine Execution Input");
    }
    const executionArn = `arn:aws:states:${region}:${account}:execution:${stateMachineName}:${name}`;
    const existing = executions.get(executionArn);
    if (existing) {
      // Standard workflows: the same name and input while running is the same start; anything else is refused
      if (existing.status === "RUNNING" && existing.input === input) {
        return { executionArn, startDate: epochSeconds(existing.startDate) };
      }
      throw new ApiError("ExecutionAlreadyExists", `Execution Already Exists: '${executionArn}'`);
    }
    const started = { executionArn, name, input, status: "RUNNING", startDate: Date.now(), events: [] };
    executions.set(executionArn, started);
    startRun(started);
    return { executionArn, startDate: epochSeconds(started.startDate) };
  },

  DescribeExecution({ executionArn }) {
    return describe(execution(executionArn));
  },

  GetExecutionHistory({ executionArn, reverseOrder = false }) {
    const events = [...execution(executionArn).events];
    return { events: reverseOrder ? events.reverse() : events };
  },

  ListExecutions({ stateMachineArn: arn, statusFilter }) {
    if (arn !== stateMachineArn) throw new ApiError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
    const listed = [...executions.values()]
      .filter((e) => !statusFilter || e.status === statusFilter)
      .map(({ executionArn, name, status, startDate, stopDate }) => ({
        executionArn, stateMachineArn, name, status, startDate: epochSeconds(startDate),
        ...(stopDate ? { stopDate: epochSeconds(stopDate) } : {}),
      }));
    return { executions: listed.reverse() };
  },

  StopExecution({ executionArn, error, cause }) {
    const stopped = execution(executionArn);
    if (stopped.status === "RUNNING") {
      settle(stopped, "ABORTED", { error, cause });
      stopped.run.abort();
    }
    return { stopDate: epochSeconds(stopped.stopDate) };
  },

  SendTaskSuccess({ taskToken, output }) {
    let parsed;
    try {
      parsed = JSON.parse(output);
    } catch {
      throw new ApiError("InvalidOutput", "Invalid Output");
    }
    endWait(waitingTask(taskToken), "done").resolve(parsed);
    return {};
  },

  SendTaskFailure({ taskToken, error, cause }) {
    // Catch sees {"Error": error, "Cause": cause}
    endWait(waitingTask(taskToken), "done").reject(stateError(error ?? "", cause ?? ""));
    return {};
  },

  SendTaskHeartbeat({ taskToken }) {
    waitingTask(taskToken); // HeartbeatSeconds is not enforced
    return {};
  },
};

// ---------- HTTP ----------

const JSON_1_0 = "application/x-amz-json-1.0";

function answer(response, status, body, errorType) {
  const headers = { "content-type": JSON_1_0, "x-amzn-requestid": randomUUID() };
  if (errorType) headers["x-amzn-errortype"] = errorType;
  response.writeHead(status, headers);
  response.end(JSON.stringify(body));
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", async () => {
    const target = request.headers["x-amz-target"] ?? "";
    const operation = target.startsWith("AWSStepFunctions.") ? operations[target.slice("AWSStepFunctions.".length)] : undefined;
    if (request.method !== "POST" || !operation) {
      return answer(response, 400, { __type: "UnknownOperationException", message: `unknown operation '${target}'` },
        "UnknownOperationException");
    }
    let body;
    try {
      const text = Buffer.concat(chunks).toString("utf8");
      body = text === "" ? {} : JSON.parse(text);
    } catch {
      return answer(response, 400, { __type: "SerializationException", message: "the request is not JSON" }, "SerializationException");
    }
    try {
      answer(response, 200, await operation(body));
    } catch (e) {
      if (e instanceof ApiError) return answer(response, 400, { __type: e.code, message: e.message }, e.code);
      process.stderr.write(`local-step-functions: ${target} failed: ${e.stack ?? e}\n`);
      answer(response, 500, { __type: "InternalFailure", message: "internal error" }, "InternalFailure");
    }
  });
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port, stateMachineArn })}\n`);
});

// Stop with the parent: stdin closes when the JVM ends; a reparented process (the parent died) stops too.
// process.exit also clears the timers an aborted interpreter run leaves behind.
const stop = () => process.exit(0);
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 1000).unref();
