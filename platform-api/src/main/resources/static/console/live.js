// Live notices over graphql-ws (the graphql-transport-ws protocol), at /graphql. The token goes
// in connection_init, since a browser cannot send headers with the upgrade. Reconnects with a
// growing pause; notices are hints to re-read, never the record. <html data-live="on"> while
// the subscription stands.
import { accessToken } from './auth.js';

let socket = null;
let retry = 1000;
let stopped = true;
const listeners = new Set();

export function onPetitionEvent(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function startLive() {
  stopped = false;
  if (socket) return;
  const token = await accessToken();
  if (!token || socket || stopped) return;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  socket = new WebSocket(url, 'graphql-transport-ws');
  socket.addEventListener('open', () => {
    socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } }));
  });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.type === 'connection_ack') {
      retry = 1000;
      document.documentElement.dataset.live = 'on';
      socket.send(JSON.stringify({
        id: 'petitions',
        type: 'subscribe',
        payload: { query: 'subscription { petitionEvents { petitionId action fromState toState at } }' },
      }));
    } else if (message.type === 'next' && message.payload?.data?.petitionEvents) {
      listeners.forEach((listener) => listener(message.payload.data.petitionEvents));
    } else if (message.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    }
  });
  socket.addEventListener('close', () => {
    socket = null;
    delete document.documentElement.dataset.live;
    if (stopped) return;
    setTimeout(startLive, retry);
    retry = Math.min(retry * 2, 30000);
  });
}

export function stopLive() {
  stopped = true;
  if (socket) socket.close();
  socket = null;
}

