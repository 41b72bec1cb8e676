// Promise.withResolvers (ES2024) for Node 20: aws-local-stepfunctions 3.0.0 calls it in every Task, Parallel and Map
// state but declares Node >= 22. Loaded first by local-step-functions.mjs; also usable as NODE_OPTIONS=--require=<this>.
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
