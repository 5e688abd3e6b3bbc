// Labels in the three languages of the dashboard. The seed report is the Chinese edition; the data (project
// names, initiatives, partner names) stay in the language they were recorded in.
const MESSAGES = {
  en: {
    title: 'BDT technical-cooperation portfolio', skipToContent: 'Skip to content', language: 'Language',
    signOut: 'Sign out', signedInAs: 'Signed in as {user}', tabs: 'Dashboard', close: 'Close',
    tabPortfolio: 'Portfolio', tabIctDf: 'ICT-DF', tabMonitoring: 'Monitoring', tabReport: 'Annual report',
    tabPartner: 'Our projects',
    live: 'Live', connecting: 'Reconnecting…', updated: 'Updated {time}', loading: 'Loading…',
    failed: 'The figures could not be loaded: {reason}', noRows: 'Nothing to show.',
    asOf: 'As of', region: 'Region', allRegions: 'All regions', year: 'Year', quarter: 'Quarter',
    thousandChf: 'thousand CHF', millionChf: 'million CHF', chf: 'CHF',
    projects: 'Projects', partnerFunding: 'Partner funding', ituFunding: 'ITU funding', total: 'Total',
    download: 'Download {table} as {format}', drillDown: 'Projects behind {what}',
    figure1: 'Figure 1 – Ongoing projects by region', figure1Caption: 'Ongoing projects by region ({unit})',
    figure2: 'Figure 2 – Newly signed projects per year', figure2Value: 'Value',
    figure3: 'Figure 3 – Funding sources of the year’s new projects', source: 'Source', amount: 'Amount',
    share: 'Share', figure3Note: 'The printed report says {partner} % / {itu} %; the exact amounts give {ourPartner} % / {ourItu} %. {reason}',
    figure4: 'Figure 4 – Projects with ICT-DF seed funding', projectNumber: 'Project', name: 'Name',
    initiative: 'Regional initiative', externalFunds: 'External funds', ituFunds: 'ITU funds', partners: 'Partners',
    sortBy: 'Sort by {column}',
    agreement: 'Agreement', partner: 'Partner', fundingSource: 'Funding', signedOn: 'Signed on', currency: 'Currency',
    originalAmount: 'Original amount', rate: 'Rate', rateSource: 'Rate source', chfAmount: 'CHF', status: 'Status',
    title_: 'Title',
    ictdfHeading: 'ICT Development Fund – capital account', balance: 'Balance', transfersIn: 'Transfers in',
    allocated: 'Allocations out', balanceOverTime: 'Balance over time', movements: 'Movements', date: 'Date',
    kind: 'Kind', reference: 'Reference', TRANSFER_IN: 'Transfer in', ALLOCATION: 'Allocation',
    AMENDMENT: 'Amendment', CANCELLATION: 'Cancellation', ALLOCATION_AMENDED: 'Allocation amended',
    ALLOCATION_RELEASED: 'Allocation released',
    monitoringHeading: 'Monitoring', quarterlyReport: 'Quarterly report {period}',
    locked: 'Locked by {who} on {when}', notLocked: 'Not locked: the figures follow every late change.',
    adjustments: 'Adjustments since the lock', lockedValue: 'At the lock', started: 'Projects started', ending: 'Projects ending',
    closed: 'Projects closed', overdueReports: 'Partner reports overdue', openActions: 'Board actions open',
    overdueActions: 'Board actions overdue', signedPartnerChf: 'Signed, partners', signedItuChf: 'Signed, ITU',
    receivedChf: 'Received', ongoingProjects: 'Ongoing projects', ongoingPartnerChf: 'Ongoing, partners',
    ongoingItuChf: 'Ongoing, ITU', reportsDue: 'Partner reports due', dueOn: 'Due', action: 'Action',
    figure: 'Figure', value: 'Value',
    reportHeading: 'Technical-cooperation portfolio – report to TDAG', print: 'Print or save as PDF',
    reportYear: 'Report year',
    reportOngoing: 'In {year}, BDT implemented {projects} projects in the six ITU-D regions and inter-regionally, worth CHF {total} million: CHF {partner} million funded by partners and CHF {itu} million by ITU seed funding from the ICT Development Fund (ICT-DF).',
    reportNew: '{projects} new projects were signed in {year}, worth CHF {value} million.',
    reportShares: '{partner} % of the new projects’ funding was raised from partners (extrabudgetary) and {itu} % is ITU seed funding.',
    reportIctDf: 'In {year}, ICT-DF seed money supported {projects} projects worth CHF {total} million, of which CHF {itu} million of ICT-DF funds and CHF {external} million from partners.',
    reportDeviation: 'The printed report gives {partner} % / {itu} %, which its own figures contradict; this report computes the shares from the exact amounts.',
    partnerHeading: 'Projects funded by {partner}', signed: 'Signed', inEffect: 'In effect', received: 'Received',
    nextReport: 'Next report due', agreements: 'Agreements',
    regions: { AFRICA: 'Africa', AMERICAS: 'Americas', ARAB_STATES: 'Arab States', ASIA_PACIFIC: 'Asia-Pacific',
      CIS: 'CIS', EUROPE: 'Europe', INTER_REGIONAL: 'Inter-regional', TOTAL: 'Total' },
    sources: { PARTNER: 'Partners (extrabudgetary)', ITU: 'ITU (ICT-DF)' },
  },
  fr: {
    title: 'Portefeuille de coopération technique du BDT', skipToContent: 'Aller au contenu', language: 'Langue',
    signOut: 'Se déconnecter', signedInAs: 'Connecté : {user}', tabs: 'Tableau de bord', close: 'Fermer',
    tabPortfolio: 'Portefeuille', tabIctDf: 'Fonds ICT-DF', tabMonitoring: 'Suivi', tabReport: 'Rapport annuel',
    tabPartner: 'Nos projets',
    live: 'En direct', connecting: 'Reconnexion…', updated: 'Mis à jour à {time}', loading: 'Chargement…',
    failed: 'Les chiffres n’ont pas pu être chargés : {reason}', noRows: 'Rien à afficher.',
    asOf: 'À la date du', region: 'Région', allRegions: 'Toutes les régions', year: 'Année', quarter: 'Trimestre',
    thousandChf: 'milliers de CHF', millionChf: 'millions de CHF', chf: 'CHF',
    projects: 'Projets', partnerFunding: 'Financement des partenaires', ituFunding: 'Financement de l’UIT',
    total: 'Total', download: 'Télécharger {table} en {format}', drillDown: 'Projets derrière {what}',
    figure1: 'Figure 1 – Projets en cours par région', figure1Caption: 'Projets en cours par région ({unit})',
    figure2: 'Figure 2 – Nouveaux projets signés par année', figure2Value: 'Valeur',
    figure3: 'Figure 3 – Sources de financement des nouveaux projets de l’année', source: 'Source',
    amount: 'Montant', share: 'Part',
    figure3Note: 'Le rapport imprimé indique {partner} % / {itu} % ; les montants exacts donnent {ourPartner} % / {ourItu} %. {reason}',
    figure4: 'Figure 4 – Projets financés par le fonds ICT-DF', projectNumber: 'Projet', name: 'Nom',
    initiative: 'Initiative régionale', externalFunds: 'Fonds extérieurs', ituFunds: 'Fonds de l’UIT',
    partners: 'Partenaires', sortBy: 'Trier par {column}',
    agreement: 'Accord', partner: 'Partenaire', fundingSource: 'Financement', signedOn: 'Signé le',
    currency: 'Monnaie', originalAmount: 'Montant d’origine', rate: 'Taux', rateSource: 'Source du taux',
    chfAmount: 'CHF', status: 'Statut', title_: 'Titre',
    ictdfHeading: 'Fonds de développement des TIC – compte de capital', balance: 'Solde',
    transfersIn: 'Versements reçus', allocated: 'Allocations', balanceOverTime: 'Évolution du solde',
    movements: 'Mouvements', date: 'Date', kind: 'Nature', reference: 'Référence', TRANSFER_IN: 'Versement',
    ALLOCATION: 'Allocation', AMENDMENT: 'Avenant', CANCELLATION: 'Annulation',
    ALLOCATION_AMENDED: 'Allocation modifiée', ALLOCATION_RELEASED: 'Allocation libérée',
    monitoringHeading: 'Suivi', quarterlyReport: 'Rapport trimestriel {period}',
    locked: 'Verrouillé par {who} le {when}', notLocked: 'Non verrouillé : les chiffres suivent chaque modification tardive.',
    adjustments: 'Ajustements depuis le verrouillage', lockedValue: 'Au verrouillage', started: 'Projets démarrés', ending: 'Projets se terminant',
    closed: 'Projets clos', overdueReports: 'Rapports aux partenaires en retard', openActions: 'Actions du Conseil ouvertes',
    overdueActions: 'Actions du Conseil en retard', signedPartnerChf: 'Signé, partenaires', signedItuChf: 'Signé, UIT',
    receivedChf: 'Reçu', ongoingProjects: 'Projets en cours', ongoingPartnerChf: 'En cours, partenaires',
    ongoingItuChf: 'En cours, UIT', reportsDue: 'Rapports aux partenaires à remettre', dueOn: 'Échéance',
    action: 'Action', figure: 'Chiffre', value: 'Valeur',
    reportHeading: 'Portefeuille de coopération technique – rapport au GCDT', print: 'Imprimer ou enregistrer en PDF',
    reportYear: 'Année du rapport',
    reportOngoing: 'En {year}, le BDT a mis en œuvre {projects} projets dans les six régions de l’UIT-D et au niveau interrégional, pour un montant de {total} millions de CHF : {partner} millions de CHF financés par des partenaires et {itu} millions de CHF par des fonds d’amorçage de l’UIT provenant du Fonds de développement des TIC (ICT-DF).',
    reportNew: '{projects} nouveaux projets ont été signés en {year}, pour un montant de {value} millions de CHF.',
    reportShares: '{partner} % du financement des nouveaux projets provient de partenaires (fonds extrabudgétaires) et {itu} % de fonds d’amorçage de l’UIT.',
    reportIctDf: 'En {year}, les fonds d’amorçage de l’ICT-DF ont soutenu {projects} projets d’un montant de {total} millions de CHF, dont {itu} millions de CHF du fonds ICT-DF et {external} millions de CHF des partenaires.',
    reportDeviation: 'Le rapport imprimé indique {partner} % / {itu} %, ce que ses propres chiffres contredisent ; ce rapport calcule les parts à partir des montants exacts.',
    partnerHeading: 'Projets financés par {partner}', signed: 'Signé', inEffect: 'En vigueur', received: 'Reçu',
    nextReport: 'Prochain rapport', agreements: 'Accords',
    regions: { AFRICA: 'Afrique', AMERICAS: 'Amériques', ARAB_STATES: 'États arabes', ASIA_PACIFIC: 'Asie-Pacifique',
      CIS: 'CEI', EUROPE: 'Europe', INTER_REGIONAL: 'Interrégional', TOTAL: 'Total' },
    sources: { PARTNER: 'Partenaires (fonds extrabudgétaires)', ITU: 'UIT (ICT-DF)' },
  },
  zh: {
    title: '电信发展局技术合作项目组合', skipToContent: '跳至内容', language: '语言', signOut: '退出登录',
    signedInAs: '已登录：{user}', tabs: '仪表板', close: '关闭',
    tabPortfolio: '项目组合', tabIctDf: '信通技术发展基金', tabMonitoring: '监测', tabReport: '年度报告',
    tabPartner: '我方项目',
    live: '实时', connecting: '正在重新连接…', updated: '更新于 {time}', loading: '正在加载…',
    failed: '无法加载数据：{reason}', noRows: '没有可显示的内容。',
    asOf: '截至日期', region: '区域', allRegions: '所有区域', year: '年份', quarter: '季度',
    thousandChf: '千瑞士法郎', millionChf: '百万瑞士法郎', chf: '瑞士法郎',
    projects: '项目数', partnerFunding: '合作伙伴供资', ituFunding: '国际电联供资', total: '总计',
    download: '以 {format} 格式下载{table}', drillDown: '{what}所含项目',
    figure1: '图1 – 按区域分列的在实施项目', figure1Caption: '按区域分列的在实施项目（{unit}）',
    figure2: '图2 – 每年新签署的项目', figure2Value: '金额',
    figure3: '图3 – 当年新项目的资金来源', source: '来源', amount: '金额', share: '比例',
    figure3Note: '印刷版报告为 {partner}% / {itu}%；按精确金额计算为 {ourPartner}% / {ourItu}%。{reason}',
    figure4: '图4 – 获得信通技术发展基金种子资金的项目', projectNumber: '项目', name: '名称',
    initiative: '区域举措', externalFunds: '外部资金', ituFunds: '国际电联资金', partners: '合作伙伴',
    sortBy: '按{column}排序',
    agreement: '协议', partner: '合作伙伴', fundingSource: '资金', signedOn: '签署日期', currency: '币种',
    originalAmount: '原币金额', rate: '汇率', rateSource: '汇率来源', chfAmount: '瑞士法郎', status: '状态',
    title_: '标题',
    ictdfHeading: '信通技术发展基金 – 资本账户', balance: '余额', transfersIn: '转入', allocated: '拨出',
    balanceOverTime: '余额变化', movements: '收支明细', date: '日期', kind: '类型', reference: '编号',
    TRANSFER_IN: '转入', ALLOCATION: '拨款', AMENDMENT: '修订', CANCELLATION: '取消',
    ALLOCATION_AMENDED: '拨款修订', ALLOCATION_RELEASED: '拨款释放',
    monitoringHeading: '监测', quarterlyReport: '{period} 季度报告', locked: '由 {who} 于 {when} 锁定',
    notLocked: '未锁定：数据随每项后续变更而更新。', adjustments: '锁定后的调整', lockedValue: '锁定时', started: '启动的项目',
    ending: '即将结束的项目', closed: '已结束的项目', overdueReports: '逾期的合作伙伴报告',
    openActions: '未完成的项目委员会行动', overdueActions: '逾期的项目委员会行动', signedPartnerChf: '已签署（合作伙伴）',
    signedItuChf: '已签署（国际电联）', receivedChf: '已收款', ongoingProjects: '在实施项目',
    ongoingPartnerChf: '在实施（合作伙伴）', ongoingItuChf: '在实施（国际电联）', reportsDue: '应提交的合作伙伴报告',
    dueOn: '截止日期', action: '行动', figure: '指标', value: '数值',
    reportHeading: '技术合作项目组合 – 提交电信发展顾问组的报告', print: '打印或另存为PDF', reportYear: '报告年份',
    reportOngoing: '{year}年，电信发展局在国际电联电信发展部门六个区域及跨区域实施了{projects}个项目，总金额{total}百万瑞士法郎：其中合作伙伴供资{partner}百万瑞士法郎，国际电联从信通技术发展基金（ICT-DF）提供种子资金{itu}百万瑞士法郎。',
    reportNew: '{year}年共签署{projects}个新项目，金额{value}百万瑞士法郎。',
    reportShares: '新项目资金的{partner}%由合作伙伴提供（预算外资金），{itu}%为国际电联种子资金。',
    reportIctDf: '{year}年，信通技术发展基金种子资金支持了{projects}个项目，总金额{total}百万瑞士法郎，其中基金资金{itu}百万瑞士法郎，合作伙伴资金{external}百万瑞士法郎。',
    reportDeviation: '印刷版报告为 {partner}% / {itu}%，与其自身数据不符；本报告按精确金额计算比例。',
    partnerHeading: '{partner}供资的项目', signed: '已签署', inEffect: '有效', received: '已收款',
    nextReport: '下次报告', agreements: '协议',
    regions: { AFRICA: '非洲', AMERICAS: '美洲', ARAB_STATES: '阿拉伯国家', ASIA_PACIFIC: '亚太', CIS: '独联体',
      EUROPE: '欧洲', INTER_REGIONAL: '跨区域', TOTAL: '总计' },
    sources: { PARTNER: '合作伙伴（预算外）', ITU: '国际电联（ICT-DF）' },
  },
};

export const LANGUAGES = Object.keys(MESSAGES);
const STORED = 'bdt-dashboard.language';
let language = 'en';

/** The language asked for in the address, else the one last chosen, else the browser's first that we have. */
export function chooseLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  const candidates = [asked, localStorage.getItem(STORED), ...navigator.languages.map((l) => l.slice(0, 2))];
  language = candidates.find((l) => l && MESSAGES[l]) ?? 'en';
  document.documentElement.lang = language;
  return language;
}

export function setLanguage(chosen) {
  language = MESSAGES[chosen] ? chosen : 'en';
  localStorage.setItem(STORED, language);
  document.documentElement.lang = language;
}

export const currentLanguage = () => language;

/** A label, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const text = MESSAGES[language][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? `{${name}}`));
}

export const regionLabel = (code) => MESSAGES[language].regions[code] ?? code;
export const sourceLabel = (code) => MESSAGES[language].sources[code] ?? code;

/** The static labels of the page itself (data-i18n, data-i18n-label). */
export function translatePage() {
  document.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  document.querySelectorAll('[data-i18n-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  });
  document.title = t('title');
}
