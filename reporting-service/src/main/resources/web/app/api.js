import { accessToken } from './auth.js';
import { save } from './exports.js';

let urls = {};

export function useServices(settings) {
  urls = { reporting: '', project: settings.projectServiceUrl, funding: settings.fundingServiceUrl };
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
  }
}

async function call(service, path, accept) {
  const response = await fetch(`${urls[service]}${path}`, {
    headers: { Authorization: `Bearer ${await accessToken()}`, Accept: accept },
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  return response;
}

export const getJson = async (service, path) => (await call(service, path, 'application/json')).json();

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A report as the service renders it (CSV or xlsx), saved under the name the service gives it. */
export async function download(path, format) {
  const response = await call('reporting', path, format === 'xlsx' ? XLSX : 'text/csv');
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1]
    ?? `${path.split('?')[0].split('/').filter(Boolean).pop()}.${format}`;
  save(await response.blob(), name);
}
