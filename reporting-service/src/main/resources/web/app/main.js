import './dashboard.css';
import { chooseLanguage, currentLanguage, setLanguage, t, translatePage } from './i18n.js';
import { signIn, signOut } from './auth.js';
import { useServices } from './api.js';
import { time } from './format.js';
import { follow } from './stream.js';
import { resizeAll } from './charts.js';
import { installDrillDown } from './drilldown.js';
import { mountPortfolio, refreshPortfolio } from './portfolio.js';
import { mountIctDf, refreshIctDf } from './ictdf.js';
import { mountMonitoring, refreshMonitoring } from './monitoring.js';
import { mountReport, refreshReport } from './report.js';
import { mountPartner, refreshPartner } from './partner.js';

const INTERNAL_TABS = ['portfolio', 'ictdf', 'monitoring', 'report'];
const LIVE_DEBOUNCE_MS = 150;
const tabs = {
  portfolio: { mount: mountPortfolio, refresh: refreshPortfolio },
  ictdf: { mount: mountIctDf, refresh: refreshIctDf },
  monitoring: { mount: mountMonitoring, refresh: refreshMonitoring },
  report: { mount: mountReport, refresh: refreshReport },
  partner: { mount: (section, onChange, user) => mountPartner(section, user.partnerId), refresh: refreshPartner },
};
let user;
let allowed = [];
let lastUpdated = null;

async function start() {
  chooseLanguage();
  translatePage();
  const settings = await (await fetch('/dashboard/settings.json')).json();
  useServices(settings);
  user = await signIn(settings);
  allowed = user.internal ? INTERNAL_TABS : ['partner'];
  installHeader();
  installDrillDown();
  mountAll();
  window.addEventListener('hashchange', () => show(currentTab()));
  window.addEventListener('resize', resizeAll);
  await show(currentTab());
  document.body.dataset.ready = 'true';
  followStream();
}

const currentTab = () => {
  const asked = location.hash.slice(1);
  return allowed.includes(asked) ? asked : allowed[0];
};

function installHeader() {
  const language = document.getElementById('language');
  language.value = currentLanguage();
  language.addEventListener('change', async () => {
    setLanguage(language.value);
    translatePage();
    mountAll();
    await show(currentTab());
    showUpdated();
    const status = document.getElementById('live-status');
    status.textContent = t(status.dataset.state === 'live' ? 'live' : 'connecting');
  });
  document.getElementById('sign-out').addEventListener('click', signOut);
  document.querySelectorAll('nav [data-tab]').forEach((link) => {
    link.hidden = !allowed.includes(link.dataset.tab);
  });
}

function mountAll() {
  document.getElementById('signed-in-as').textContent = t('signedInAs', { user: user.user });
  for (const name of allowed) {
    tabs[name].mount(document.getElementById(name), () => refresh(name), user);
  }
}

async function show(name) {
  for (const section of document.querySelectorAll('main > section')) {
    section.hidden = section.id !== name;
  }
  document.querySelectorAll('nav [data-tab]').forEach((link) => {
    if (link.dataset.tab === name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  await refresh(name);
}

/** Loads a tab's figures again; a failure is said on the page and the previous figures stay. */
async function refresh(name) {
  const message = document.getElementById('message');
  try {
    await tabs[name].refresh();
    message.hidden = true;
    lastUpdated = new Date();
    showUpdated();
    resizeAll();
  } catch (error) {
    message.textContent = t('failed', { reason: error.message });
    message.hidden = false;
  }
}

function showUpdated() {
  const element = document.getElementById('last-updated');
  if (lastUpdated) {
    element.textContent = t('updated', { time: time(lastUpdated) });
    element.dataset.updated = lastUpdated.toISOString();
  }
}

/** Any committed change redraws the tab on show; a reconnection too, since changes may have been missed. */
function followStream() {
  const status = document.getElementById('live-status');
  let pending;
  let connectedBefore = false;
  const redraw = () => {
    clearTimeout(pending);
    pending = setTimeout(() => refresh(currentTab()), LIVE_DEBOUNCE_MS);
  };
  follow({
    onEvent: redraw,
    onOpen: () => {
      status.dataset.state = 'live';
      status.textContent = t('live');
      if (connectedBefore) {
        redraw();
      }
      connectedBefore = true;
    },
    onClose: () => {
      status.dataset.state = 'connecting';
      status.textContent = t('connecting');
    },
  });
}

start();
