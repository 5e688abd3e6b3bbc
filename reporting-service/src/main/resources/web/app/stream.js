import { accessToken } from './auth.js';

// The report stream is server-sent events behind a bearer token, which EventSource cannot send: it is read with
// fetch instead. When it ends (a restart of reporting-service, a network cut, a heartbeat that stops) it is opened
// again after a short pause, and the page reloads its figures, since changes may have been missed meanwhile.
const HEARTBEAT_TIMEOUT_MS = 40000;
const RETRY_MS = [500, 1000, 2000, 5000];

export function follow({ onEvent, onOpen, onClose }) {
  let attempt = 0;
  const connect = async () => {
    const aborter = new AbortController();
    let watchdog;
    const feed = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => aborter.abort(), HEARTBEAT_TIMEOUT_MS);
    };
    try {
      const response = await fetch('/api/reports/stream', {
        headers: { Authorization: `Bearer ${await accessToken()}`, Accept: 'text/event-stream' },
        signal: aborter.signal,
      });
      if (!response.ok || !response.body) {
        throw new Error(`stream answered ${response.status}`);
      }
      attempt = 0;
      feed();
      onOpen();
      await readEvents(response.body, feed, onEvent);
    } catch {
      // closed below; the next attempt says whether the service is back
    } finally {
      clearTimeout(watchdog);
    }
    onClose();
    setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
  };
  connect();
}

async function readEvents(body, feed, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    feed();
    buffer += value;
    let end;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      const event = parse(block);
      if (event) {
        onEvent(event);
      }
    }
  }
}

function parse(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith('event:')) {
      name = line.slice(6).trim();
    } else if (line.startsWith('data:')) {
      data.push(line.slice(5).replace(/^ /, ''));
    }
  }
  if (data.length === 0) {
    return null;
  }
  try {
    return { name, data: JSON.parse(data.join('\n')) };
  } catch {
    return { name, data: null };
  }
}
