// A real HTTP server for loading tests: wtr's own dev server with this middleware, so the
// browsers meet real statuses, real delays, bodies that stall and sockets that are cut.
//
//   /__fixtures__/echo?status=404&type=text/plain&delay=50&body=...  answers as asked
//   /__fixtures__/stall-body                                        sends headers, then stalls
//   /__fixtures__/reset                                             destroys the connection
//   /__fixtures__/later?delay=3000&to=/path                         waits, then redirects to /path
//   /__fixtures__/fail-once?key=K&to=/path&status=503               answers the first request for
//                                                                   key K with the status, then
//                                                                   redirects every later one to /path

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The keys of fail-once requests seen so far (each test uses a key of its own). */
const failedOnce = new Set();

export async function fixtureServer(ctx, next) {
  if (!ctx.path.startsWith('/__fixtures__/')) return next();
  const q = ctx.query;
  switch (ctx.path) {
    case '/__fixtures__/echo': {
      await wait(Number(q.delay ?? 0));
      ctx.status = Number(q.status ?? 200);
      ctx.type = q.type ?? 'application/json';
      ctx.body = q.body ?? '';
      return;
    }
    case '/__fixtures__/stall-body': {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json' });
      ctx.res.write('{"schemaVersion": 1,');
      // Never finish: the client's timeout must cover reading the body, not only the headers.
      setTimeout(() => ctx.res.destroy(), 30000).unref();
      return;
    }
    case '/__fixtures__/reset': {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    case '/__fixtures__/later': {
      // A load that is still under way when a test looks, and that ends well: unlike
      // stall-body it never ends in a timeout that logs an error during a later test.
      await wait(Number(q.delay ?? 3000));
      ctx.redirect(q.to);
      return;
    }
    case '/__fixtures__/fail-once': {
      // A status, not a cut connection: Firefox silently repeats a request whose connection
      // was reset, so the page would never see the first failure.
      if (!failedOnce.has(q.key)) {
        failedOnce.add(q.key);
        ctx.status = Number(q.status ?? 503);
        ctx.type = 'text/plain';
        ctx.body = 'try again';
        return;
      }
      ctx.redirect(q.to);
      return;
    }
    default:
      ctx.status = 404;
      ctx.body = 'unknown fixture';
  }
}
