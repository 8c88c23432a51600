import type { Request } from 'express';
import { inLocale, LOCALES, type Locale, type Phrase } from '../../domain/access/index.ts';
import type { CurrentUser } from '../auth/session.ts';

/** A workbook speaks the asker's language. */
export type Language = Locale;

/** Sheet names and column headers of every export; `{x}` is filled in. */
const TEXT = {
  // sheets
  stages: ['Stages', 'Етапи', 'Этапы', 'Fázy'],
  forecast: ['Forecast', 'Прогноз', 'Прогноз', 'Prognóza'],
  openDeals: ['Open deals', 'Відкриті угоди', 'Открытые сделки', 'Otvorené obchody'],
  matrix: ['Matrix', 'Матриця', 'Матрица', 'Matica'],
  clients: ['Clients', 'Клієнти', 'Клиенты', 'Klienti'],
  instances: ['Instances', 'Екземпляри', 'Экземпляры', 'Inštancie'],
  steps: ['Steps', 'Кроки', 'Шаги', 'Kroky'],
  deals: ['Deals', 'Угоди', 'Сделки', 'Obchody'],
  performance: ['Plan vs actual', 'План і факт', 'План и факт', 'Plán a skutočnosť'],
  shipments: ['Shipments', 'Відвантаження', 'Отгрузки', 'Zásielky'],
  contracts: ['Contracts', 'Договори', 'Договоры', 'Zmluvy'],
  inbox: ['Inbox', 'Вхідні', 'Входящие', 'Doručená práca'],
  duplicates: ['Duplicates', 'Дублікати', 'Дубликаты', 'Duplicity'],
  // columns
  stage: ['Stage', 'Етап', 'Этап', 'Fáza'],
  dealsEntered: ['Deals entered', 'Угод увійшло', 'Сделок вошло', 'Vstúpené obchody'],
  enteredAmountIn: ['Entered amount, {x}', 'Сума на вході, {x}', 'Сумма на входе, {x}', 'Vstupná suma, {x}'],
  conversion: ['Conversion to next, %', 'Конверсія в наступний, %', 'Конверсия в следующий, %', 'Konverzia do ďalšej, %'],
  avgTimeInStage: ['Avg time in stage, h', 'Середній час на етапі, год', 'Среднее время на этапе, ч', 'Priemerný čas vo fáze, h'],
  medianTimeInStage: ['Median time in stage, h', 'Медіанний час на етапі, год', 'Медианное время на этапе, ч', 'Medián času vo fáze, h'],
  openAmountIn: ['Open amount, {x}', 'Відкрита сума, {x}', 'Открытая сумма, {x}', 'Otvorená suma, {x}'],
  currency: ['Currency', 'Валюта', 'Валюта', 'Mena'],
  openAmount: ['Open amount', 'Відкрита сума', 'Открытая сумма', 'Otvorená suma'],
  expectedAmount: ['Expected amount', 'Очікувана сума', 'Ожидаемая сумма', 'Očakávaná suma'],
  deal: ['Deal', 'Угода', 'Сделка', 'Obchod'],
  timeInStage: ['Time in stage, h', 'Час на етапі, год', 'Время на этапе, ч', 'Čas vo fáze, h'],
  winProbability: ['Win probability, %', 'Ймовірність виграшу, %', 'Вероятность выигрыша, %', 'Pravdepodobnosť výhry, %'],
  amount: ['Amount', 'Сума', 'Сумма', 'Suma'],
  xClients: ['{x}: clients', '{x}: клієнтів', '{x}: клиентов', '{x}: klientov'],
  xTotalRevenue: ['{x}: total revenue', '{x}: усього виручки', '{x}: всего выручки', '{x}: spolu tržby'],
  xTotalMargin: ['{x}: total margin', '{x}: усього маржі', '{x}: всего маржи', '{x}: spolu marža'],
  clientId: ['Client id', 'Id клієнта', 'Id клиента', 'Id klienta'],
  client: ['Client', 'Клієнт', 'Клиент', 'Klient'],
  revenue: ['Revenue', 'Виручка', 'Выручка', 'Tržby'],
  margin: ['Margin', 'Маржа', 'Маржа', 'Marža'],
  share: ['Share, %', 'Частка, %', 'Доля, %', 'Podiel, %'],
  variation: ['Variation (CV)', 'Варіація (CV)', 'Вариация (CV)', 'Variácia (CV)'],
  instance: ['Instance', 'Екземпляр', 'Экземпляр', 'Inštancia'],
  process: ['Process', 'Процес', 'Процесс', 'Proces'],
  version: ['Version', 'Версія', 'Версия', 'Verzia'],
  state: ['State', 'Стан', 'Состояние', 'Stav'],
  currentSteps: ['Current steps', 'Поточні кроки', 'Текущие шаги', 'Aktuálne kroky'],
  record: ['Record', 'Запис', 'Запись', 'Záznam'],
  startedBy: ['Started by', 'Запустив', 'Запустил', 'Spustil'],
  startedAt: ['Started at', 'Запущено', 'Запущен', 'Spustené'],
  endedAt: ['Ended at', 'Завершено', 'Завершён', 'Ukončené'],
  step: ['Step', 'Крок', 'Шаг', 'Krok'],
  nodeId: ['Node id', 'Id вузла', 'Id узла', 'Id uzla'],
  type: ['Type', 'Тип', 'Тип', 'Typ'],
  entered: ['Entered', 'Увійшло', 'Вошло', 'Vstúpilo'],
  passed: ['Passed', 'Пройшло', 'Прошло', 'Prešlo'],
  openNow: ['Open now', 'Відкрито зараз', 'Открыто сейчас', 'Otvorené teraz'],
  avgTime: ['Avg time, h', 'Середній час, год', 'Среднее время, ч', 'Priemerný čas, h'],
  p90Time: ['p90 time, h', 'Час p90, год', 'Время p90, ч', 'Čas p90, h'],
  withDueDate: ['With due date', 'Зі строком', 'Со сроком', 'S termínom'],
  slaMissed: ['SLA missed', 'SLA порушено', 'SLA нарушено', 'SLA nesplnené'],
  title: ['Title', 'Назва', 'Название', 'Názov'],
  status: ['Status', 'Статус', 'Статус', 'Stav'],
  closeBy: ['Close by', 'Закрити до', 'Закрыть до', 'Uzavrieť do'],
  responsible: ['Responsible', 'Відповідальний', 'Ответственный', 'Zodpovedný'],
  source: ['Source', 'Джерело', 'Источник', 'Zdroj'],
  lostReason: ['Lost reason', 'Причина програшу', 'Причина проигрыша', 'Dôvod prehry'],
  createdAt: ['Created at', 'Створено', 'Создана', 'Vytvorené'],
  closedAt: ['Closed at', 'Закрито', 'Закрыта', 'Uzavreté'],
  manager: ['Manager', 'Менеджер', 'Менеджер', 'Manažér'],
  planAmount: ['Plan: amount won', 'План: сума виграних', 'План: сумма выигранных', 'Plán: vyhraná suma'],
  actualAmount: ['Actual: amount won', 'Факт: сума виграних', 'Факт: сумма выигранных', 'Skutočnosť: vyhraná suma'],
  wonByCurrency: ['Won, every currency', 'Виграно, усі валюти', 'Выиграно, все валюты', 'Vyhrané, všetky meny'],
  planDeals: ['Plan: deals won', 'План: виграні угоди', 'План: выигранные сделки', 'Plán: vyhrané obchody'],
  actualDeals: ['Actual: deals won', 'Факт: виграні угоди', 'Факт: выигранные сделки', 'Skutočnosť: vyhrané obchody'],
  planInteractions: ['Plan: interactions', 'План: взаємодії', 'План: взаимодействия', 'Plán: interakcie'],
  actualInteractions: ['Actual: interactions', 'Факт: взаємодії', 'Факт: взаимодействия', 'Skutočnosť: interakcie'],
  amountDone: ['Amount, % of plan', 'Сума, % плану', 'Сумма, % плана', 'Suma, % plánu'],
  dealsDone: ['Deals, % of plan', 'Угоди, % плану', 'Сделки, % плана', 'Obchody, % plánu'],
  interactionsDone: ['Interactions, % of plan', 'Взаємодії, % плану', 'Взаимодействия, % плана', 'Interakcie, % plánu'],
  // shipments
  shipment: ['Shipment', 'Відвантаження', 'Отгрузка', 'Zásielka'],
  goods: ['Goods', 'Товари', 'Товары', 'Tovar'],
  plannedAt: ['Planned at', 'Заплановано на', 'Запланировано на', 'Plánované na'],
  overdue: ['Overdue', 'Прострочено', 'Просрочено', 'Po termíne'],
  shippedOn: ['Shipped on', 'Відвантажено', 'Отгружено', 'Expedované'],
  notes: ['Notes', 'Примітки', 'Примечания', 'Poznámky'],
  yes: ['yes', 'так', 'да', 'áno'],
  shipment_planned: ['Planned', 'Заплановано', 'Запланировано', 'Naplánovaná'],
  shipment_shipped: ['Shipped', 'Відвантажено', 'Отгружено', 'Expedovaná'],
  shipment_cancelled: ['Cancelled', 'Скасовано', 'Отменено', 'Zrušená'],
  // contracts
  number: ['Number', 'Номер', 'Номер', 'Číslo'],
  subject: ['Subject', 'Предмет', 'Предмет', 'Predmet'],
  validFrom: ['Valid from', 'Діє з', 'Действует с', 'Platná od'],
  validTo: ['Valid to', 'Діє до', 'Действует до', 'Platná do'],
  daysLeft: ['Days left', 'Залишилось днів', 'Осталось дней', 'Zostáva dní'],
  remindDaysBefore: ['Remind, days before', 'Нагадати за, днів', 'Напомнить за, дней', 'Pripomenúť, dní vopred'],
  active: ['In force', 'Діє', 'Действует', 'Platná'],
  // inbox
  kind: ['Kind', 'Вид', 'Вид', 'Druh'],
  kind_task: ['Task', 'Завдання', 'Задача', 'Úloha'],
  kind_contact: ['Contact', 'Контакт', 'Контакт', 'Kontakt'],
  kind_reminder: ['Reminder', 'Нагадування', 'Напоминание', 'Pripomienka'],
  due: ['Due', 'Термін', 'Срок', 'Termín'],
  priority: ['Priority', 'Пріоритет', 'Приоритет', 'Priorita'],
  detail: ['Detail', 'Деталі', 'Подробности', 'Podrobnosti'],
  assignee: ['Assignee', 'Виконавець', 'Исполнитель', 'Riešiteľ'],
  detail_assigned: ['Assigned to me', 'Призначено мені', 'Назначена мне', 'Pridelená mne'],
  detail_claimable: ['Waiting for someone to claim it', 'Чекає, поки хтось візьме', 'Ждёт, пока кто-то возьмёт', 'Čaká, kým ju niekto prevezme'],
  detail_delegated: ['Delegated by me', 'Делеговано мною', 'Делегирована мной', 'Delegoval som ja'],
  detail_scheduled: ['Reminder', 'Нагадування', 'Напоминание', 'Pripomienka'],
  detail_call: ['Call', 'Дзвінок', 'Звонок', 'Hovor'],
  detail_meeting: ['Meeting', 'Зустріч', 'Встреча', 'Stretnutie'],
  detail_email: ['E-mail', 'Лист', 'Письмо', 'E-mail'],
  detail_note: ['Note', 'Нотатка', 'Заметка', 'Poznámka'],
  detail_contact: ['Contact', 'Контакт', 'Контакт', 'Kontakt'],
  // interactions by employee
  interactionsByEmployee: ['Interactions by employee', 'Взаємодії за працівниками', 'Взаимодействия по сотрудникам', 'Interakcie podľa zamestnancov'],
  employee: ['Employee', 'Працівник', 'Сотрудник', 'Zamestnanec'],
  done: ['Done', 'Виконано', 'Выполнено', 'Hotové'],
  planned: ['Planned', 'Заплановано', 'Запланировано', 'Naplánované'],
  cancelled: ['Cancelled', 'Скасовано', 'Отменено', 'Zrušené'],
  xDone: ['{x}: done', '{x}: виконано', '{x}: выполнено', '{x}: hotové'],
  // duplicate pairs
  looksLike: ['Looks like', 'Схожий на', 'Похож на', 'Podobá sa na'],
  looksLikeId: ['Looks like: id', 'Схожий на: id', 'Похож на: id', 'Podobá sa na: id'],
  score: ['Score, %', 'Оцінка, %', 'Оценка, %', 'Skóre, %'],
  why: ['Why', 'Чому', 'Почему', 'Prečo'],
  reason_taxId: ['same tax id', 'той самий податковий номер', 'тот же налоговый номер', 'rovnaké daňové číslo'],
  reason_phone: ['same phone', 'той самий телефон', 'тот же телефон', 'rovnaký telefón'],
  reason_email: ['same e-mail', 'той самий e-mail', 'тот же e-mail', 'rovnaký e-mail'],
  reason_name: ['similar name', 'схожа назва', 'похожее название', 'podobný názov'],
  // segmentation report
  industry: ['Industry', 'Галузь', 'Отрасль', 'Odvetvie'],
  region: ['Region', 'Регіон', 'Регион', 'Región'],
  size: ['Size', 'Розмір', 'Размер', 'Veľkosť'],
  abcClass: ['ABC class', 'Клас ABC', 'Класс ABC', 'Trieda ABC'],
  xyzClass: ['XYZ class', 'Клас XYZ', 'Класс XYZ', 'Trieda XYZ'],
  notSet: ['(not set)', '(не вказано)', '(не указано)', '(neuvedené)'],
  // leads
  leads: ['Leads', 'Ліди', 'Лиды', 'Leady'],
  receivedAt: ['Received', 'Надійшов', 'Поступил', 'Prijaté'],
  company: ['Company', 'Компанія', 'Компания', 'Spoločnosť'],
  contactPerson: ['Contact person', 'Контактна особа', 'Контактное лицо', 'Kontaktná osoba'],
  phone: ['Phone', 'Телефон', 'Телефон', 'Telefón'],
  email: ['E-mail', 'E-mail', 'E-mail', 'E-mail'],
  taxId: ['Tax id', 'Код ЄДРПОУ / ІПН', 'Код ЕГРПОУ / ИНН', 'IČO / DIČ'],
  interest: ['Interested in', 'Цікавить', 'Интересует', 'Záujem o'],
  channel: ['Channel', 'Канал', 'Канал', 'Kanál'],
  channel_web: ['Website', 'Сайт', 'Сайт', 'Web'],
  channel_email: ['E-mail', 'E-mail', 'E-mail', 'E-mail'],
  channel_call: ['Call', 'Дзвінок', 'Звонок', 'Hovor'],
  channel_manual: ['By hand', 'Вручну', 'Вручную', 'Ručne'],
  lead_new: ['New', 'Новий', 'Новый', 'Nový'],
  lead_qualified: ['Qualified', 'Кваліфікований', 'Квалифицирован', 'Kvalifikovaný'],
  lead_rejected: ['Rejected', 'Відхилений', 'Отклонён', 'Zamietnutý'],
  // accounts and processes
  users: ['Users', 'Користувачі', 'Пользователи', 'Používatelia'],
  name: ['Name', 'Ім’я', 'Имя', 'Meno'],
  roles: ['Roles', 'Ролі', 'Роли', 'Roly'],
  team: ['Team', 'Команда', 'Команда', 'Tím'],
  language: ['Language', 'Мова', 'Язык', 'Jazyk'],
  activeAccount: ['Active', 'Активний', 'Активен', 'Aktívny'],
  no: ['no', 'ні', 'нет', 'nie'],
  processes: ['Processes', 'Процеси', 'Процессы', 'Procesy'],
  processKey: ['Key', 'Ключ', 'Ключ', 'Kľúč'],
  activeVersion: ['Active version', 'Активна версія', 'Активная версия', 'Aktívna verzia'],
  versions: ['Versions', 'Версій', 'Версий', 'Verzie'],
  role_admin: ['Administrator', 'Адміністратор', 'Администратор', 'Administrátor'],
  role_process_owner: ['Process owner', 'Власник процесів', 'Владелец процессов', 'Vlastník procesov'],
  role_head_of_sales: ['Head of sales', 'Керівник відділу продажів', 'Руководитель отдела продаж', 'Vedúci predaja'],
  role_sales_manager: ['Sales manager', 'Менеджер з продажів', 'Менеджер по продажам', 'Obchodný manažér'],
  role_agent: ['Agent', 'Агент', 'Агент', 'Agent'],
  role_marketer: ['Marketer', 'Маркетолог', 'Маркетолог', 'Marketér'],
  role_analyst: ['Analyst', 'Аналітик', 'Аналитик', 'Analytik'],
  // incoming requests
  requests: ['Incoming requests', 'Вхідні звернення', 'Входящие обращения', 'Prichádzajúce požiadavky'],
  from: ['From', 'Від кого', 'От кого', 'Od koho'],
  request: ['Request', 'Звернення', 'Обращение', 'Požiadavka'],
  addressee: ['For', 'Кому', 'Кому', 'Pre koho'],
  readAt: ['Read', 'Прочитано', 'Прочитано', 'Prečítané'],
  channel_phone: ['Phone', 'Телефон', 'Телефон', 'Telefón'],
  channel_messenger: ['Messenger', 'Месенджер', 'Мессенджер', 'Messenger'],
  channel_sms: ['SMS', 'SMS', 'SMS', 'SMS'],
  channel_visit: ['Visit', 'Візит', 'Визит', 'Návšteva'],
  rejectedReason: ['Why rejected', 'Чому відхилено', 'Почему отклонён', 'Prečo zamietnutý'],
  // process instances
  instance_active: ['Active', 'Активний', 'Активен', 'Aktívna'],
  instance_incident: ['Incident', 'Інцидент', 'Инцидент', 'Incident'],
  instance_completed: ['Completed', 'Завершений', 'Завершён', 'Dokončená'],
  instance_terminated: ['Terminated', 'Перерваний', 'Прерван', 'Ukončená'],
  instance_cancelled: ['Cancelled', 'Скасований', 'Отменён', 'Zrušená'],
  // deal statuses
  status_open: ['Open', 'Відкрита', 'Открыта', 'Otvorený'],
  status_won: ['Won', 'Виграна', 'Выиграна', 'Vyhraný'],
  status_lost: ['Lost', 'Програна', 'Проиграна', 'Prehraný'],
  // stages of the shipped processes (designer-ui deals.stageNames); typed ones stay as typed
  stage_New: ['New', 'Нова', 'Новая', 'Nový'],
  stage_Qualified: ['Qualified', 'Кваліфікована', 'Квалифицированная', 'Kvalifikovaný'],
  stage_Proposal: ['Proposal', 'Пропозиція', 'Предложение', 'Ponuka'],
  stage_Negotiation: ['Negotiation', 'Переговори', 'Переговоры', 'Rokovanie'],
  stage_Won: ['Won', 'Виграна', 'Выиграна', 'Vyhraný'],
  stage_Lost: ['Lost', 'Програна', 'Проиграна', 'Prehraný'],
  stage_Qualification: ['Qualification', 'Кваліфікація', 'Квалификация', 'Kvalifikácia'],
  'stage_Needs analysis': ['Needs analysis', 'Аналіз потреб', 'Анализ потребностей', 'Analýza potrieb'],
  stage_Contract: ['Contract', 'Договір', 'Договор', 'Zmluva'],
  stage_Invoice: ['Invoice', 'Рахунок', 'Счёт', 'Faktúra'],
  'stage_Payment control': ['Payment control', 'Контроль оплати', 'Контроль оплаты', 'Kontrola platby'],
} satisfies Record<string, Phrase>;

export type Label = keyof typeof TEXT;
/** True for a value that has its own label (`detail_call`); others are written as they are. */
export const isLabel = (key: string): key is Label => Object.hasOwn(TEXT, key);
/** A header in the asker's language; `x` fills `{x}` (a currency, a class). */
export type Translate = (label: Label, x?: string) => string;

/** The account's language, else the browser's (Accept-Language), else English. */
export function exportLanguage(req: Request, user: Pick<CurrentUser, 'locale'>): Language {
  const own = LOCALES.find((l) => l === user.locale);
  if (own) return own;
  if (!req.get('accept-language')) return 'en';
  return (req.acceptsLanguages(...LOCALES) || 'en') as Language;
}

export function translator(language: Language): Translate {
  return (label, x = '') => inLocale(TEXT[label], language).replace('{x}', x);
}

/** A stage as the asker reads it: the shipped processes' stages in their language, typed ones as typed. */
export const stageText = (t: Translate, stage: string | null | undefined): string | null => {
  if (!stage) return null;
  const key = `stage_${stage}`;
  return isLabel(key) ? t(key) : stage;
};

/** A value that has a label under `prefix_value` (a status, a kind) in the asker's language; others as they are. */
export const valueText = (t: Translate, prefix: string, value: string): string => {
  const key = `${prefix}_${value}`;
  return isLabel(key) ? t(key) : value;
};

/** The headers for this request. */
export const labelsFor = (req: Request, user: Pick<CurrentUser, 'locale'>): Translate => translator(exportLanguage(req, user));
