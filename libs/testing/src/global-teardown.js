module.exports = async function globalTeardown() {
  const server = globalThis.__shopdeskEmbeddedPg;
  if (server) await server.stop();
};
