// Starts fauxqs (SNS/SQS emulator) for the integration tests, bound to 127.0.0.1 only.
// fauxqs hard-codes host 0.0.0.0, so net.Server#listen is patched before fauxqs is imported.
// Prints {"port":N,...} as one JSON line on stdout and exits when stdin closes, so a dying JVM cannot leak it.
// It must sit next to node_modules: fauxqs's package "exports" only has an "import" condition.
import net from "node:net";

const origListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (args[0] && typeof args[0] === "object") args[0] = { ...args[0], host: "127.0.0.1" };
  return origListen.apply(this, args);
};

const { startFauxqs } = await import("fauxqs");
const server = await startFauxqs({ port: Number(process.env.FAUXQS_PORT ?? 0), logger: false, defaultRegion: "us-east-1" });
process.stdout.write(JSON.stringify({ port: server.port, address: server.address }) + "\n");

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.resume();
