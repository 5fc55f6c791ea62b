<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>filingassist</name>
    <message>
      <source>English</source>
      <translation>Английский</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Французский</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>Испанский</translation>
    </message>
    <message>
      <source>Agent</source>
      <translation>Патентный поверенный</translation>
    </message>
    <message>
      <source>All designated States</source>
      <translation>Все указанные государства</translation>
    </message>
    <message>
      <source>All designated States except the United States</source>
      <translation>Все указанные государства, кроме Соединенных Штатов</translation>
    </message>
    <message>
      <source>The United States only</source>
      <translation>Только Соединенные Штаты</translation>
    </message>
    <message>
      <source>Applicant</source>
      <translation>Заявитель</translation>
    </message>
    <message>
      <source>Representative</source>
      <translation>Представитель</translation>
    </message>
    <message>
      <source>Common representative</source>
      <translation>Общий представитель</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>Заявка</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Регистрация</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Банковский перевод</translation>
    </message>
    <message>
      <source>Credit card</source>
      <translation>Кредитная карта</translation>
    </message>
    <message>
      <source>Deposit account</source>
      <translation>Депозитный счет</translation>
    </message>
    <message>
      <source>WIPO current account</source>
      <translation>Текущий счет в ВОИС</translation>
    </message>
    <message>
      <source>Through the Office of origin</source>
      <translation>Через ведомство происхождения</translation>
    </message>
    <message>
      <source>Individual mark</source>
      <translation>Индивидуальный знак</translation>
    </message>
    <message>
      <source>Collective mark</source>
      <translation>Коллективный знак</translation>
    </message>
    <message>
      <source>Certification mark</source>
      <translation>Сертификационный знак</translation>
    </message>
    <message>
      <source>Guarantee mark</source>
      <translation>Гарантийный знак</translation>
    </message>
    <message>
      <source>Three-dimensional</source>
      <translation>Объемный</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Звуковой</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Цветовой</translation>
    </message>
    <message>
      <source>Hologram</source>
      <translation>Голографический</translation>
    </message>
    <message>
      <source>Motion</source>
      <translation>Движущийся</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Позиционный</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Узор</translation>
    </message>
    <message>
      <source>Multimedia</source>
      <translation>Мультимедийный</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <source>Word</source>
      <translation>Словесный</translation>
    </message>
    <message>
      <source>Figurative</source>
      <translation>Изобразительный</translation>
    </message>
    <message>
      <source>Combined</source>
      <translation>Комбинированный</translation>
    </message>
    <message>
      <source>Shape (3-D)</source>
      <translation>Форма (объемный)</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <source>Domicile</source>
      <translation>Местожительство</translation>
    </message>
    <message>
      <source>Real and effective establishment</source>
      <translation>Действительное и нефиктивное промышленное или торговое предприятие</translation>
    </message>
    <message>
      <source>Natural person</source>
      <translation>Физическое лицо</translation>
    </message>
    <message>
      <source>Legal entity</source>
      <translation>Юридическое лицо</translation>
    </message>
    <message>
      <source>Use in commerce</source>
      <translation>Использование в торговле</translation>
    </message>
    <message>
      <source>Intent to use</source>
      <translation>Намерение использовать</translation>
    </message>
    <message>
      <source>Foreign registration</source>
      <translation>Иностранная регистрация</translation>
    </message>
    <message>
      <source>Foreign application</source>
      <translation>Иностранная заявка</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>National</source>
      <translation>Национальная</translation>
    </message>
    <message>
      <source>Regional</source>
      <translation>Региональная</translation>
    </message>
    <message>
      <source>International</source>
      <translation>Международная</translation>
    </message>
    <message>
      <source>International (PCT)</source>
      <translation>Международная (PCT)</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Request in XML</source>
      <translation>Заявление в формате XML</translation>
    </message>
    <message>
      <source>Everything in XML</source>
      <translation>Всё в формате XML</translation>
    </message>
    <message>
      <source>Nordic Patent Institute</source>
      <translation>Северный патентный институт</translation>
    </message>
    <message>
      <source>Visegrad Patent Institute</source>
      <translation>Вишеградский патентный институт</translation>
    </message>
    <message>
      <source>European Patent Office</source>
      <translation>Европейское патентное ведомство</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Разделы</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Замечания</translation>
    </message>
    <message>
      <source>Fees</source>
      <translation>Пошлины</translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>Все изменения сохранены</translation>
    </message>
    <message>
      <source>Unsaved changes…</source>
      <translation>Есть несохраненные изменения…</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Сохранение…</translation>
    </message>
    <message>
      <source>The fee tables are not installed.</source>
      <translation>Таблицы пошлин не установлены.</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Приложить файл</translation>
    </message>
    <message>
      <source>Could not attach the file.</source>
      <translation>Не удалось приложить файл.</translation>
    </message>
    <message>
      <source>Edit {field}</source>
      <translation>Изменить {field}</translation>
    </message>
    <message>
      <source>Responding to the notice “{notice}” (deadline {deadline}). Correct the application, then sign it: it is sent as your response.</source>
      <translation>Ответ на извещение «{notice}» (срок {deadline}). Исправьте заявку и подпишите ее: она будет отправлена как ваш ответ.</translation>
    </message>
    <message>
      <source>Could not save: {error}. Retrying…</source>
      <translation>Не удалось сохранить: {error}. Повторная попытка…</translation>
    </message>
    <message>
      <source>Attaching {name}…</source>
      <translation>Прикрепление {name}…</translation>
    </message>
    <message>
      <source>All changes saved · revision {n}</source>
      <translation>Все изменения сохранены · редакция {n}</translation>
    </message>
    <message>
      <source>Choose classes</source>
      <translation>Выбор классов</translation>
    </message>
    <message>
      <source>Choose Contracting Parties</source>
      <translation>Выбор Договаривающихся сторон</translation>
    </message>
    <message>
      <source>Search…</source>
      <translation>Поиск…</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Класс</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Заголовок класса</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <source>Contracting Party</source>
      <translation>Договаривающаяся сторона</translation>
    </message>
    <message>
      <source>Fee type</source>
      <translation>Вид пошлины</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Пошлина</translation>
    </message>
    <message>
      <source>Fees as of {date}.</source>
      <translation>Пошлины на {date}.</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>Товары</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Услуги</translation>
    </message>
    <message>
      <source>Individual fee</source>
      <translation>Индивидуальная пошлина</translation>
    </message>
    <message>
      <source>Complementary fee</source>
      <translation>Добавочная пошлина</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Сохранить в PDF…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>Offices</source>
      <translation>Ведомства</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Ключи</translation>
    </message>
    <message>
      <source>Language and data</source>
      <translation>Язык и данные</translation>
    </message>
    <message>
      <source>Office address</source>
      <translation>Адрес ведомства</translation>
    </message>
    <message>
      <source>Account token</source>
      <translation>Токен учетной записи</translation>
    </message>
    <message>
      <source>Certificate fingerprint (SHA-256)</source>
      <translation>Отпечаток сертификата (SHA-256)</translation>
    </message>
    <message>
      <source>Ask the office</source>
      <translation>Запросить у ведомства</translation>
    </message>
    <message>
      <source>Add office</source>
      <translation>Добавить ведомство</translation>
    </message>
    <message>
      <source>Compare the fingerprint with the one the office gave you before adding it.</source>
      <translation>Перед добавлением сверьте отпечаток с тем, который вам сообщило ведомство.</translation>
    </message>
    <message>
      <source>Asking the office…</source>
      <translation>Запрос к ведомству…</translation>
    </message>
    <message>
      <source>Adding the office…</source>
      <translation>Добавление ведомства…</translation>
    </message>
    <message>
      <source>Office added.</source>
      <translation>Ведомство добавлено.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Папка данных</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>A new data folder is used from the next start.</source>
      <translation>Новая папка данных будет использоваться со следующего запуска.</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>Ведомство</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Владелец сертификата</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Действителен до</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>Отпечаток</translation>
    </message>
    <message>
      <source>New keys are created from the sign dialog.</source>
      <translation>Новые ключи создаются в окне подписания.</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>недоступно</translation>
    </message>
    <message>
      <source>Sign the application</source>
      <translation>Подписать заявку</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>Applicants:</source>
      <translation>Заявители:</translation>
    </message>
    <message>
      <source>Fees:</source>
      <translation>Пошлины:</translation>
    </message>
    <message>
      <source>Application data (XML and JSON)</source>
      <translation>Данные заявки (XML и JSON)</translation>
    </message>
    <message>
      <source>Signing key</source>
      <translation>Ключ подписи</translation>
    </message>
    <message>
      <source>New key…</source>
      <translation>Новый ключ…</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Парольная фраза</translation>
    </message>
    <message>
      <source>Put it in the outbox to send when the office is reachable</source>
      <translation>Поместить в папку исходящих и отправить, когда ведомство станет доступно</translation>
    </message>
    <message>
      <source>Key:</source>
      <translation>Ключ:</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Парольная фраза:</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Подписать</translation>
    </message>
    <message>
      <source>New key</source>
      <translation>Новый ключ</translation>
    </message>
    <message>
      <source>Name of the key holder:</source>
      <translation>Имя владельца ключа:</translation>
    </message>
    <message>
      <source>E-mail address:</source>
      <translation>Адрес электронной почты:</translation>
    </message>
    <message>
      <source>Creating the key…</source>
      <translation>Создание ключа…</translation>
    </message>
    <message>
      <source>Key created.</source>
      <translation>Ключ создан.</translation>
    </message>
    <message>
      <source>Signing… (you can keep working)</source>
      <translation>Подписание… (можно продолжать работу)</translation>
    </message>
    <message>
      <source>Response to:</source>
      <translation>Ответ на:</translation>
    </message>
    <message>
      <source>Files in the package:</source>
      <translation>Файлы в пакете:</translation>
    </message>
    <message>
      <source>Error:</source>
      <translation>Ошибка:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Предупреждение:</translation>
    </message>
    <message>
      <source>Correct the errors before signing.</source>
      <translation>Исправьте ошибки перед подписанием.</translation>
    </message>
    <message>
      <source>Signing is not available in this installation.</source>
      <translation>Подписание недоступно в этой установке.</translation>
    </message>
    <message>
      <source>Type the passphrase for the new key first.</source>
      <translation>Сначала введите парольную фразу для нового ключа.</translation>
    </message>
    <message>
      <source>Choose or create a key first.</source>
      <translation>Сначала выберите или создайте ключ.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(без названия)</translation>
    </message>
    <message>
      <source>Problems:</source>
      <translation>Проблемы:</translation>
    </message>
    <message>
      <source>Signing failed: {error}</source>
      <translation>Не удалось подписать: {error}</translation>
    </message>
    <message>
      <source>valid as of {date}</source>
      <translation>действительно на {date}</translation>
    </message>
    <message>
      <source>Something unexpected went wrong; the details help to report it.</source>
      <translation>Произошла непредвиденная ошибка; подробности помогут сообщить о ней.</translation>
    </message>
    <message>
      <source>It is no longer in this data folder: it may have been deleted, or it belongs to another data folder.</source>
      <translation>Этого больше нет в данной папке данных: возможно, оно удалено или относится к другой папке данных.</translation>
    </message>
    <message>
      <source>This cannot be done now.</source>
      <translation>Сейчас это действие невозможно.</translation>
    </message>
    <message>
      <source>The file or the data could not be read.</source>
      <translation>Не удалось прочитать файл или данные.</translation>
    </message>
    <message>
      <source>The application has errors: correct them first.</source>
      <translation>В заявке есть ошибки: сначала исправьте их.</translation>
    </message>
    <message>
      <source>The application could not be signed: check the key and its passphrase.</source>
      <translation>Не удалось подписать заявку: проверьте ключ и его парольную фразу.</translation>
    </message>
    <message>
      <source>A signature or a certificate could not be verified.</source>
      <translation>Не удалось проверить подпись или сертификат.</translation>
    </message>
    <message>
      <source>The office cannot be reached now; sending is retried later.</source>
      <translation>Ведомство сейчас недоступно; отправка будет повторена позже.</translation>
    </message>
    <message>
      <source>The office refused the package.</source>
      <translation>Ведомство отклонило пакет.</translation>
    </message>
    <message>
      <source>Sending to the office failed.</source>
      <translation>Не удалось отправить в ведомство.</translation>
    </message>
    <message>
      <source>The action failed.</source>
      <translation>Действие не выполнено.</translation>
    </message>
    <message>
      <source>The disk could not be read or written (full, or not allowed).</source>
      <translation>Не удалось прочитать или записать данные на диск (диск заполнен или нет доступа).</translation>
    </message>
    <message>
      <source>Basic fee</source>
      <translation>Основная пошлина</translation>
    </message>
    <message>
      <source>Supplementary fee</source>
      <translation>Дополнительная пошлина</translation>
    </message>
    <message>
      <source>Search fee</source>
      <translation>Пошлина за поиск</translation>
    </message>
    <message>
      <source>Transmittal fee</source>
      <translation>Пошлина за пересылку</translation>
    </message>
    <message>
      <source>International filing fee</source>
      <translation>Международная пошлина за подачу</translation>
    </message>
    <message>
      <source>Fee per sheet over 30</source>
      <translation>Пошлина за каждый лист сверх 30</translation>
    </message>
    <message>
      <source>E-filing reduction</source>
      <translation>Скидка за электронную подачу</translation>
    </message>
    <message>
      <source>Reduction for natural persons</source>
      <translation>Скидка для физических лиц</translation>
    </message>
    <message>
      <source>Application fee</source>
      <translation>Пошлина за подачу заявки</translation>
    </message>
    <message>
      <source>Fees cannot be calculated yet.</source>
      <translation>Пошлины пока невозможно рассчитать.</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Сумма</translation>
    </message>
    <message>
      <source>Total: {amount}</source>
      <translation>Итого: {amount}</translation>
    </message>
    <message>
      <source>(incomplete: some amounts are not in the fee table)</source>
      <translation>(неполно: некоторых сумм нет в таблице пошлин)</translation>
    </message>
    <message>
      <source>Fee table valid as of {date}</source>
      <translation>Таблица пошлин действительна на {date}</translation>
    </message>
    <message>
      <source>Checking the application…</source>
      <translation>Проверка заявки…</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <source>No problems found. The application is ready to sign.</source>
      <translation>Проблем не найдено. Заявка готова к подписанию.</translation>
    </message>
    <message>
      <source>The application could not be checked: {error}</source>
      <translation>Не удалось проверить заявку: {error}</translation>
    </message>
    <message>
      <source>Basis: {basis}</source>
      <translation>Основание: {basis}</translation>
    </message>
    <message>
      <source>Suggestions: {items}</source>
      <translation>Предложения: {items}</translation>
    </message>
    <message>
      <source>{errors} errors, {warnings} warnings</source>
      <translation>Ошибок: {errors}, предупреждений: {warnings}</translation>
    </message>
    <message>
      <source>No errors; {warnings} warnings</source>
      <translation>Ошибок нет; предупреждений: {warnings}</translation>
    </message>
    <message>
      <source>Replace with “{text}”</source>
      <translation>Заменить на «{text}»</translation>
    </message>
    <message>
      <source>Choose classes…</source>
      <translation>Выбрать классы…</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Вверх</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Вниз</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Choose Contracting Parties…</source>
      <translation>Выбрать Договаривающиеся стороны…</translation>
    </message>
    <message>
      <source>Add {item}</source>
      <translation>Добавить: {item}</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
      <source>Choose a date</source>
      <translation>Выбрать дату</translation>
    </message>
    <message>
      <source>One entry per line</source>
      <translation>По одной записи в строке</translation>
    </message>
    <message>
      <source>unreadable image</source>
      <translation>нечитаемое изображение</translation>
    </message>
    <message>
      <source>No file. Drop a file here or choose one.</source>
      <translation>Файла нет. Перетащите файл сюда или выберите его.</translation>
    </message>
    <message>
      <source>Search the term list and press Enter to add</source>
      <translation>Поиск по перечню терминов; Enter — добавить</translation>
    </message>
    <message>
      <source>Search the term list</source>
      <translation>Поиск по перечню терминов</translation>
    </message>
    <message>
      <source>{n} pages</source>
      <translation>Страниц: {n}</translation>
    </message>
    <message>
      <source>{n} sequences</source>
      <translation>Последовательностей: {n}</translation>
    </message>
    <message>
      <source>{w} × {h} pixels</source>
      <translation>{w} × {h} пикселей</translation>
    </message>
    <message>
      <source>New MM2 from a basic mark…</source>
      <translation>Новая MM2 на основе базового знака…</translation>
    </message>
    <message>
      <source>Search all drafts (names, marks, terms…)</source>
      <translation>Поиск по всем черновикам (имена, знаки, термины…)</translation>
    </message>
    <message>
      <source>Search drafts</source>
      <translation>Поиск черновиков</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Все виды</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Любой статус</translation>
    </message>
    <message>
      <source>Drafts</source>
      <translation>Черновики</translation>
    </message>
    <message>
      <source>No drafts yet. Start a new application above.</source>
      <translation>Черновиков пока нет. Начните новую заявку выше.</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>Исходящие</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Уведомления о получении</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>Извещения</translation>
    </message>
    <message>
      <source>New trademark application</source>
      <translation>Новая заявка на товарный знак</translation>
    </message>
    <message>
      <source>New Madrid application (MM2)</source>
      <translation>Новая мадридская заявка (MM2)</translation>
    </message>
    <message>
      <source>New patent application</source>
      <translation>Новая заявка на патент</translation>
    </message>
    <message>
      <source>Search:</source>
      <translation>Поиск:</translation>
    </message>
    <message>
      <source>Filing Assistant</source>
      <translation>Помощник подачи заявок</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Главная</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Проверить</translation>
    </message>
    <message>
      <source>Sign…</source>
      <translation>Подписать…</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Отправить сейчас</translation>
    </message>
    <message>
      <source>Print summary as PDF…</source>
      <translation>Напечатать сводку в PDF…</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Настройки…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Выход</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;Application</source>
      <translation>&amp;Заявка</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Основная панель инструментов</translation>
    </message>
    <message>
      <source>Reference data: loading…</source>
      <translation>Справочные данные: загрузка…</translation>
    </message>
    <message>
      <source>Receipt received</source>
      <translation>Получено уведомление о получении</translation>
    </message>
    <message>
      <source>Choose the basic mark record</source>
      <translation>Выберите запись базового знака</translation>
    </message>
    <message>
      <source>Import an application</source>
      <translation>Импорт заявки</translation>
    </message>
    <message>
      <source>Application documents (*.json)</source>
      <translation>Документы заявок (*.json)</translation>
    </message>
    <message>
      <source>Application summary</source>
      <translation>Сводка заявки</translation>
    </message>
    <message>
      <source>Filing receipt</source>
      <translation>Уведомление о получении заявки</translation>
    </message>
    <message>
      <source>Reference data: not available</source>
      <translation>Справочные данные: недоступны</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Выполняется…</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings.</source>
      <translation>Ведомство не настроено: добавьте его в настройках.</translation>
    </message>
    <message>
      <source>The application of this notice is not here.</source>
      <translation>Заявки, к которой относится это извещение, здесь нет.</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Нет связи</translation>
    </message>
    <message>
      <source>Office reachable</source>
      <translation>Ведомство доступно</translation>
    </message>
    <message>
      <source>Sending…</source>
      <translation>Отправка…</translation>
    </message>
    <message>
      <source>The office has receipted package {package}.</source>
      <translation>Ведомство подтвердило получение пакета {package}.</translation>
    </message>
    <message>
      <source>Signed: package {package}</source>
      <translation>Подписано: пакет {package}</translation>
    </message>
    <message>
      <source>Reference data valid as of {date}</source>
      <translation>Справочные данные действительны на {date}</translation>
    </message>
    <message>
      <source>Trademark</source>
      <translation>Товарный знак</translation>
    </message>
    <message>
      <source>Madrid (MM2)</source>
      <translation>Мадрид (MM2)</translation>
    </message>
    <message>
      <source>Patent</source>
      <translation>Патент</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Подписано</translation>
    </message>
    <message>
      <source>Queued</source>
      <translation>В очереди</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Отправлено</translation>
    </message>
    <message>
      <source>Receipted</source>
      <translation>Получение подтверждено</translation>
    </message>
    <message>
      <source>Filed</source>
      <translation>Подано</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Отклонено</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Last saved</source>
      <translation>Последнее сохранение</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>Редакции</translation>
    </message>
    <message>
      <source>Sending</source>
      <translation>Отправляется</translation>
    </message>
    <message>
      <source>Sent, awaiting receipt</source>
      <translation>Отправлено, ожидается подтверждение</translation>
    </message>
    <message>
      <source>Receipt could not be verified</source>
      <translation>Не удалось проверить уведомление о получении</translation>
    </message>
    <message>
      <source>Irregularity</source>
      <translation>Несоответствие требованиям</translation>
    </message>
    <message>
      <source>Acknowledgement</source>
      <translation>Подтверждение получения</translation>
    </message>
    <message>
      <source>Provisional refusal</source>
      <translation>Предварительный отказ</translation>
    </message>
    <message>
      <source>Fee reminder</source>
      <translation>Напоминание об уплате пошлины</translation>
    </message>
    <message>
      <source>late</source>
      <translation>с опозданием</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} ч {m} мин</translation>
    </message>
    <message>
      <source>Try to send every queued package now (Ctrl+Shift+Return)</source>
      <translation>Попытаться отправить все пакеты из очереди сейчас (Ctrl+Shift+Return)</translation>
    </message>
    <message>
      <source>Open receipt</source>
      <translation>Открыть уведомление о получении</translation>
    </message>
    <message>
      <source>{n} s</source>
      <translation>{n} с</translation>
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation>{m} мин {s} с</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Пакет</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Ход выполнения</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Скорость</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Осталось</translation>
    </message>
    <message>
      <source>Next retry</source>
      <translation>Следующая попытка</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Nothing waiting to be sent.</source>
      <translation>Нет ничего для отправки.</translation>
    </message>
    <message>
      <source>Application number</source>
      <translation>Номер заявки</translation>
    </message>
    <message>
      <source>Filing date</source>
      <translation>Дата подачи</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Получено</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>Извещение</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Осталось дней</translation>
    </message>
    <message>
      <source>Response</source>
      <translation>Ответ</translation>
    </message>
    <message>
      <source>Respond</source>
      <translation>Ответить</translation>
    </message>
    <message>
      <source>Progress of {package}</source>
      <translation>Ход отправки {package}</translation>
    </message>
    <message>
      <source>{n} packages waiting to be sent or receipted</source>
      <translation>Пакетов, ожидающих отправки или подтверждения: {n}</translation>
    </message>
    <message>
      <source>{n} days</source>
      <translation>Дней: {n}</translation>
    </message>
    <message>
      <source>overdue by {n} days</source>
      <translation>просрочено на {n} дн.</translation>
    </message>
    <message>
      <source>Keep this receipt: it proves the date the office received your application.</source>
      <translation>Сохраните это уведомление: оно подтверждает дату получения вашей заявки ведомством.</translation>
    </message>
    <message>
      <source>Received after the deadline</source>
      <translation>Получено после истечения срока</translation>
    </message>
    <message>
      <source>Package digest</source>
      <translation>Хеш пакета</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>individual fee (amount not in the table)</source>
      <translation>индивидуальная пошлина (суммы нет в таблице)</translation>
    </message>
    <message>
      <source>(complementary fee)</source>
      <translation>(добавочная пошлина)</translation>
    </message>
    <message>
      <source>International application under the Madrid Protocol (MM2)</source>
      <translation>Международная заявка в соответствии с Мадридским протоколом (MM2)</translation>
    </message>
    <message>
      <source>Form MM2: application for international registration of a mark, filed through the Office of origin.</source>
      <translation>Форма MM2: заявка на международную регистрацию знака, подаваемая через ведомство происхождения.</translation>
    </message>
    <message>
      <source>Your reference and the language of the international application.</source>
      <translation>Ваш номер дела и язык международной заявки.</translation>
    </message>
    <message>
      <source>Contracting Party whose Office is the Office of origin</source>
      <translation>Договаривающаяся сторона, ведомство которой является ведомством происхождения</translation>
    </message>
    <message>
      <source>Name and address must be the same as those of the holder of the basic mark.</source>
      <translation>Имя и адрес должны совпадать с именем и адресом владельца базового знака.</translation>
    </message>
    <message>
      <source>Entitlement to file</source>
      <translation>Право на подачу заявки</translation>
    </message>
    <message>
      <source>Tick at least one: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>Отметьте хотя бы одно: гражданство, местожительство или действительное и нефиктивное промышленное или торговое предприятие на территории Договаривающейся стороны ведомства происхождения.</translation>
    </message>
    <message>
      <source>Basic application or basic registration</source>
      <translation>Базовая заявка или базовая регистрация</translation>
    </message>
    <message>
      <source>Priority claimed</source>
      <translation>Испрашиваемый приоритет</translation>
    </message>
    <message>
      <source>The mark</source>
      <translation>Знак</translation>
    </message>
    <message>
      <source>Colour(s) claimed</source>
      <translation>Заявляемый цвет (цвета)</translation>
    </message>
    <message>
      <source>Miscellaneous indications</source>
      <translation>Прочие указания</translation>
    </message>
    <message>
      <source>Goods and services</source>
      <translation>Товары и услуги</translation>
    </message>
    <message>
      <source>Designated Contracting Parties</source>
      <translation>Указанные Договаривающиеся стороны</translation>
    </message>
    <message>
      <source>Signature by the applicant or the representative</source>
      <translation>Подпись заявителя или представителя</translation>
    </message>
    <message>
      <source>Certification and signature of the international application by the Office of origin</source>
      <translation>Удостоверение и подпись международной заявки ведомством происхождения</translation>
    </message>
    <message>
      <source>Fee calculation sheet</source>
      <translation>Лист расчета пошлин</translation>
    </message>
    <message>
      <source>Applicants</source>
      <translation>Заявители</translation>
    </message>
    <message>
      <source>Entitlement</source>
      <translation>Право на подачу</translation>
    </message>
    <message>
      <source>Ground</source>
      <translation>Основание</translation>
    </message>
    <message>
      <source>Basic applications and registrations</source>
      <translation>Базовые заявки и регистрации</translation>
    </message>
    <message>
      <source>Basic mark</source>
      <translation>Базовый знак</translation>
    </message>
    <message>
      <source>Priority claims</source>
      <translation>Притязания на приоритет</translation>
    </message>
    <message>
      <source>Earlier filing</source>
      <translation>Предшествующая подача</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Классы</translation>
    </message>
    <message>
      <source>Limitations for designated Contracting Parties</source>
      <translation>Ограничения для указанных Договаривающихся сторон</translation>
    </message>
    <message>
      <source>Limitation</source>
      <translation>Ограничение</translation>
    </message>
    <message>
      <source>Applicant's or representative's reference</source>
      <translation>Номер дела заявителя или представителя</translation>
    </message>
    <message>
      <source>Language of the international application</source>
      <translation>Язык международной заявки</translation>
    </message>
    <message>
      <source>English, French or Spanish, as the Office of origin permits.</source>
      <translation>Английский, французский или испанский, как допускает ведомство происхождения.</translation>
    </message>
    <message>
      <source>Date of the international application</source>
      <translation>Дата международной заявки</translation>
    </message>
    <message>
      <source>The date the Office of origin receives it; used for the priority period.</source>
      <translation>Дата получения заявки ведомством происхождения; используется для срока приоритета.</translation>
    </message>
    <message>
      <source>Office of origin</source>
      <translation>Ведомство происхождения</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <source>Country of address</source>
      <translation>Страна адреса</translation>
    </message>
    <message>
      <source>Address for correspondence</source>
      <translation>Адрес для переписки</translation>
    </message>
    <message>
      <source>E-mail address</source>
      <translation>Адрес электронной почты</translation>
    </message>
    <message>
      <source>Communications with the International Bureau are electronic; an e-mail address is required.</source>
      <translation>Переписка с Международным бюро ведется в электронной форме; адрес электронной почты обязателен.</translation>
    </message>
    <message>
      <source>Telephone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Preferred language for correspondence</source>
      <translation>Предпочтительный язык переписки</translation>
    </message>
    <message>
      <source>Type of applicant (natural person or legal entity)</source>
      <translation>Тип заявителя (физическое или юридическое лицо)</translation>
    </message>
    <message>
      <source>Nationality (natural person)</source>
      <translation>Гражданство (физическое лицо)</translation>
    </message>
    <message>
      <source>Legal nature (legal entity)</source>
      <translation>Правовой статус (юридическое лицо)</translation>
    </message>
    <message>
      <source>State under whose law the legal entity is organised</source>
      <translation>Государство, по законодательству которого учреждено юридическое лицо</translation>
    </message>
    <message>
      <source>State or Contracting Party</source>
      <translation>Государство или Договаривающаяся сторона</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Номер</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Basic mark record imported from</source>
      <translation>Запись базового знака импортирована из</translation>
    </message>
    <message>
      <source>Filled by “prefill from the basic mark”; used to check that the mark and goods stay consistent.</source>
      <translation>Заполняется функцией «заполнить по базовому знаку»; служит для проверки соответствия знака и товаров.</translation>
    </message>
    <message>
      <source>Mark in the basic record</source>
      <translation>Знак в базовой записи</translation>
    </message>
    <message>
      <source>Holder in the basic record</source>
      <translation>Владелец в базовой записи</translation>
    </message>
    <message>
      <source>Goods and services in the basic record (class: term)</source>
      <translation>Товары и услуги в базовой записи (класс: термин)</translation>
    </message>
    <message>
      <source>Office of the earlier filing</source>
      <translation>Ведомство предшествующей подачи</translation>
    </message>
    <message>
      <source>Number of the earlier filing</source>
      <translation>Номер предшествующей подачи</translation>
    </message>
    <message>
      <source>Date of the earlier filing</source>
      <translation>Дата предшествующей подачи</translation>
    </message>
    <message>
      <source>Goods and services covered, if not all</source>
      <translation>Охватываемые товары и услуги, если не все</translation>
    </message>
    <message>
      <source>Verbal element of the mark</source>
      <translation>Словесный элемент знака</translation>
    </message>
    <message>
      <source>The applicant wishes the mark to be considered a mark in standard characters</source>
      <translation>Заявитель желает, чтобы знак рассматривался как знак в стандартных символах</translation>
    </message>
    <message>
      <source>Reproduction of the mark</source>
      <translation>Изображение знака</translation>
    </message>
    <message>
      <source>JPEG or PNG image of the mark, as in the basic application or registration.</source>
      <translation>Изображение знака в формате JPEG или PNG, как в базовой заявке или регистрации.</translation>
    </message>
    <message>
      <source>The reproduction of the mark is in colour</source>
      <translation>Изображение знака цветное</translation>
    </message>
    <message>
      <source>Colour is claimed as a distinctive feature of the mark</source>
      <translation>Цвет заявляется как отличительный признак знака</translation>
    </message>
    <message>
      <source>Colour or combination of colours claimed</source>
      <translation>Заявляемый цвет или сочетание цветов</translation>
    </message>
    <message>
      <source>Principal parts of the mark that are in each colour</source>
      <translation>Основные части знака каждого цвета</translation>
    </message>
    <message>
      <source>Transliteration of the mark</source>
      <translation>Транслитерация знака</translation>
    </message>
    <message>
      <source>Translation of the mark</source>
      <translation>Перевод знака</translation>
    </message>
    <message>
      <source>Type of mark</source>
      <translation>Вид знака</translation>
    </message>
    <message>
      <source>Description of the mark</source>
      <translation>Описание знака</translation>
    </message>
    <message>
      <source>Disclaimer</source>
      <translation>Дискламация</translation>
    </message>
    <message>
      <source>Nice class</source>
      <translation>Класс МКТУ</translation>
    </message>
    <message>
      <source>One term per line, as in the Nice Alphabetical List where possible.</source>
      <translation>По одному термину в строке, по возможности как в алфавитном перечне МКТУ.</translation>
    </message>
    <message>
      <source>Designated Contracting Party</source>
      <translation>Указанная Договаривающаяся сторона</translation>
    </message>
    <message>
      <source>Goods and services kept for this party</source>
      <translation>Товары и услуги, сохраняемые для этой стороны</translation>
    </message>
    <message>
      <source>Declaration of intention to use the mark (MM18) is annexed (United States designated)</source>
      <translation>Приложено заявление о намерении использовать знак (MM18) (указаны Соединенные Штаты)</translation>
    </message>
    <message>
      <source>MM18 signed by</source>
      <translation>MM18 подписано</translation>
    </message>
    <message>
      <source>Signed MM18 form</source>
      <translation>Подписанная форма MM18</translation>
    </message>
    <message>
      <source>Name of the signatory</source>
      <translation>Имя подписавшего лица</translation>
    </message>
    <message>
      <source>Signs as</source>
      <translation>Подписывает в качестве</translation>
    </message>
    <message>
      <source>Text-string signature</source>
      <translation>Подпись в виде строки символов</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/.</source>
      <translation>Ваше имя между косыми чертами, например /Иван Петров/.</translation>
    </message>
    <message>
      <source>Date of signature</source>
      <translation>Дата подписания</translation>
    </message>
    <message>
      <source>Date on which the Office of origin received the request to present this application</source>
      <translation>Дата получения ведомством происхождения ходатайства о представлении этой заявки</translation>
    </message>
    <message>
      <source>Name of the certifying official</source>
      <translation>Имя удостоверяющего должностного лица</translation>
    </message>
    <message>
      <source>Method of payment</source>
      <translation>Способ оплаты</translation>
    </message>
    <message>
      <source>WIPO current account number</source>
      <translation>Номер текущего счета в ВОИС</translation>
    </message>
    <message>
      <source>Payment reference</source>
      <translation>Ссылка на платеж</translation>
    </message>
    <message>
      <source>Name of the payer</source>
      <translation>Имя плательщика</translation>
    </message>
    <message>
      <source>Total amount paid (CHF)</source>
      <translation>Общая уплаченная сумма (швейцарские франки)</translation>
    </message>
    <message>
      <source>Must equal the total of the fee calculation.</source>
      <translation>Должна совпадать с итогом расчета пошлин.</translation>
    </message>
    <message>
      <source>Patent application (PCT request or national)</source>
      <translation>Заявка на патент (заявление PCT или национальная)</translation>
    </message>
    <message>
      <source>International application under the PCT (request form PCT/RO/101) or a national patent application, with description, claims, abstract and drawings.</source>
      <translation>Международная заявка по PCT (форма заявления PCT/RO/101) или национальная заявка на патент с описанием, формулой изобретения, рефератом и чертежами.</translation>
    </message>
    <message>
      <source>Route, receiving Office and language</source>
      <translation>Процедура, получающее ведомство и язык</translation>
    </message>
    <message>
      <source>Title of invention</source>
      <translation>Название изобретения</translation>
    </message>
    <message>
      <source>Further applicants and/or inventors</source>
      <translation>Другие заявители и/или изобретатели</translation>
    </message>
    <message>
      <source>Agent or common representative; address for correspondence</source>
      <translation>Агент или общий представитель; адрес для переписки</translation>
    </message>
    <message>
      <source>Designations</source>
      <translation>Указания</translation>
    </message>
    <message>
      <source>Priority claim</source>
      <translation>Притязание на приоритет</translation>
    </message>
    <message>
      <source>International Searching Authority</source>
      <translation>Международный поисковый орган</translation>
    </message>
    <message>
      <source>Declarations</source>
      <translation>Декларации</translation>
    </message>
    <message>
      <source>Check list</source>
      <translation>Контрольный перечень</translation>
    </message>
    <message>
      <source>Signature of applicant, agent or common representative</source>
      <translation>Подпись заявителя, агента или общего представителя</translation>
    </message>
    <message>
      <source>Description, claims, abstract and drawings</source>
      <translation>Описание, формула изобретения, реферат и чертежи</translation>
    </message>
    <message>
      <source>Fee calculation and payment</source>
      <translation>Расчет и уплата пошлин</translation>
    </message>
    <message>
      <source>Inventors (who are not applicants)</source>
      <translation>Изобретатели (не являющиеся заявителями)</translation>
    </message>
    <message>
      <source>Inventor</source>
      <translation>Изобретатель</translation>
    </message>
    <message>
      <source>Earlier application</source>
      <translation>Предшествующая заявка</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>Формула изобретения</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>Пункт формулы</translation>
    </message>
    <message>
      <source>Drawings</source>
      <translation>Чертежи</translation>
    </message>
    <message>
      <source>Drawing sheet</source>
      <translation>Лист чертежей</translation>
    </message>
    <message>
      <source>Filing route</source>
      <translation>Процедура подачи</translation>
    </message>
    <message>
      <source>Receiving Office</source>
      <translation>Получающее ведомство</translation>
    </message>
    <message>
      <source>For the PCT: the Office of a State of residence or nationality of an applicant, or the International Bureau (IB).</source>
      <translation>Для PCT: ведомство государства местожительства или гражданства одного из заявителей либо Международное бюро (RO/IB).</translation>
    </message>
    <message>
      <source>Language of filing</source>
      <translation>Язык подачи</translation>
    </message>
    <message>
      <source>Applicant's or agent's file reference</source>
      <translation>Номер дела заявителя или агента</translation>
    </message>
    <message>
      <source>At most 12 characters on the PCT request.</source>
      <translation>Не более 12 символов в заявлении PCT.</translation>
    </message>
    <message>
      <source>Intended international filing date</source>
      <translation>Предполагаемая дата международной подачи</translation>
    </message>
    <message>
      <source>Used to check the priority period; the receiving Office sets the filing date.</source>
      <translation>Используется для проверки срока приоритета; дату подачи устанавливает получающее ведомство.</translation>
    </message>
    <message>
      <source>State of nationality</source>
      <translation>Государство гражданства</translation>
    </message>
    <message>
      <source>State of residence</source>
      <translation>Государство местожительства</translation>
    </message>
    <message>
      <source>This applicant is a natural person</source>
      <translation>Этот заявитель — физическое лицо</translation>
    </message>
    <message>
      <source>This applicant is also an inventor</source>
      <translation>Этот заявитель также является изобретателем</translation>
    </message>
    <message>
      <source>Applicant for the purposes of</source>
      <translation>Заявитель для целей</translation>
    </message>
    <message>
      <source>Appointed as</source>
      <translation>Назначен в качестве</translation>
    </message>
    <message>
      <source>Agent's registration number</source>
      <translation>Регистрационный номер агента</translation>
    </message>
    <message>
      <source>All PCT Contracting States are designated (Rule 4.9(a))</source>
      <translation>Указаны все Договаривающиеся государства PCT (правило 4.9(a))</translation>
    </message>
    <message>
      <source>States excluded from designation (Rule 4.9(b))</source>
      <translation>Государства, исключенные из указания (правило 4.9(b))</translation>
    </message>
    <message>
      <source>Office of the national application (national route)</source>
      <translation>Ведомство национальной заявки (национальная процедура)</translation>
    </message>
    <message>
      <source>Office of the earlier application</source>
      <translation>Ведомство предшествующей заявки</translation>
    </message>
    <message>
      <source>Number of the earlier application</source>
      <translation>Номер предшествующей заявки</translation>
    </message>
    <message>
      <source>Filing date of the earlier application</source>
      <translation>Дата подачи предшествующей заявки</translation>
    </message>
    <message>
      <source>Kind of earlier application</source>
      <translation>Вид предшествующей заявки</translation>
    </message>
    <message>
      <source>Declaration as to the identity of the inventor (Rule 4.17(i))</source>
      <translation>Декларация о личности изобретателя (правило 4.17(i))</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to apply for and be granted a patent (Rule 4.17(ii))</source>
      <translation>Декларация о праве заявителя подавать заявку и получить патент (правило 4.17(ii))</translation>
    </message>
    <message>
      <source>Declaration as to the applicant's entitlement to claim priority (Rule 4.17(iii))</source>
      <translation>Декларация о праве заявителя притязать на приоритет (правило 4.17(iii))</translation>
    </message>
    <message>
      <source>Declaration of inventorship (Rule 4.17(iv))</source>
      <translation>Декларация об авторстве изобретения (правило 4.17(iv))</translation>
    </message>
    <message>
      <source>Declaration as to non-prejudicial disclosures (Rule 4.17(v))</source>
      <translation>Декларация о неопорочащем раскрытии (правило 4.17(v))</translation>
    </message>
    <message>
      <source>Sheets of the request</source>
      <translation>Листов заявления</translation>
    </message>
    <message>
      <source>Sheets of the description</source>
      <translation>Листов описания</translation>
    </message>
    <message>
      <source>Sheets of the claims</source>
      <translation>Листов формулы изобретения</translation>
    </message>
    <message>
      <source>Sheets of the abstract</source>
      <translation>Листов реферата</translation>
    </message>
    <message>
      <source>Sheets of the drawings</source>
      <translation>Листов чертежей</translation>
    </message>
    <message>
      <source>Power of attorney</source>
      <translation>Доверенность</translation>
    </message>
    <message>
      <source>Figure of the drawings to accompany the abstract</source>
      <translation>Фигура чертежей для публикации с рефератом</translation>
    </message>
    <message>
      <source>Your name between slashes, for example /Jane Doe/ (PCT Annex F).</source>
      <translation>Ваше имя между косыми чертами, например /Иван Петров/ (Приложение F к PCT).</translation>
    </message>
    <message>
      <source>Technical field</source>
      <translation>Область техники</translation>
    </message>
    <message>
      <source>Background art</source>
      <translation>Предшествующий уровень техники</translation>
    </message>
    <message>
      <source>Description of the invention</source>
      <translation>Описание изобретения</translation>
    </message>
    <message>
      <source>Separate paragraphs with a blank line.</source>
      <translation>Разделяйте абзацы пустой строкой.</translation>
    </message>
    <message>
      <source>Brief description of the drawings</source>
      <translation>Краткое описание чертежей</translation>
    </message>
    <message>
      <source>Claim number</source>
      <translation>Номер пункта</translation>
    </message>
    <message>
      <source>Claim text</source>
      <translation>Текст пункта формулы</translation>
    </message>
    <message>
      <source>Abstract</source>
      <translation>Реферат</translation>
    </message>
    <message>
      <source>Preferably 50 to 150 words (PCT Rule 8.1(b)).</source>
      <translation>Желательно от 50 до 150 слов (правило 8.1(b) PCT).</translation>
    </message>
    <message>
      <source>Drawing file</source>
      <translation>Файл чертежа</translation>
    </message>
    <message>
      <source>Figure label</source>
      <translation>Подпись к фигуре</translation>
    </message>
    <message>
      <source>Sequence listing (WIPO ST.26 XML)</source>
      <translation>Перечень последовательностей (XML по стандарту ВОИС ST.26)</translation>
    </message>
    <message>
      <source>Suggested IPC symbols</source>
      <translation>Предлагаемые индексы МПК</translation>
    </message>
    <message>
      <source>For example A61K 31/00.</source>
      <translation>Например, A61K 31/00.</translation>
    </message>
    <message>
      <source>Electronic filing format (for the fee reduction)</source>
      <translation>Формат электронной подачи (для снижения пошлины)</translation>
    </message>
    <message>
      <source>Deposit or current account number</source>
      <translation>Номер депозитного или текущего счета</translation>
    </message>
    <message>
      <source>Name of the payer (card holder)</source>
      <translation>Имя плательщика (держателя карты)</translation>
    </message>
    <message>
      <source>Payment by {method} needs {label}.</source>
      <translation>Для оплаты способом «{method}» требуется: {label}.</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be the Office of origin.</source>
      <translation>{code} не является Договаривающейся стороной Мадридского протокола и не может быть ведомством происхождения.</translation>
    </message>
    <message>
      <source>The entitlement State {state} does not match the Office of origin {origin}.</source>
      <translation>Государство {state}, указанное как основание права на подачу, не соответствует ведомству происхождения {origin}.</translation>
    </message>
    <message>
      <source>Designate at least one Contracting Party.</source>
      <translation>Укажите хотя бы одну Договаривающуюся сторону.</translation>
    </message>
    <message>
      <source>{code} is not a Contracting Party of the Madrid Protocol and cannot be designated.</source>
      <translation>{code} не является Договаривающейся стороной Мадридского протокола и не может быть указана.</translation>
    </message>
    <message>
      <source>The Contracting Party of the Office of origin ({code}) cannot be designated.</source>
      <translation>Договаривающаяся сторона ведомства происхождения ({code}) не может быть указана.</translation>
    </message>
    <message>
      <source>Class {class} does not exist: Nice classes are 1 to 45.</source>
      <translation>Класса {class} не существует: классы МКТУ — с 1 по 45.</translation>
    </message>
    <message>
      <source>Class {class} lists no goods or services.</source>
      <translation>В классе {class} не указано ни товаров, ни услуг.</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the International Bureau may object to it.</source>
      <translation>«{term}» отсутствует в перечне МКТУ для класса {class}; Международное бюро может возразить.</translation>
    </message>
    <message>
      <source>Colour is claimed but the reproduction of the mark is not in colour.</source>
      <translation>Цвет заявлен, но изображение знака не цветное.</translation>
    </message>
    <message>
      <source>The United States is designated: annex the declaration of intention to use the mark (MM18).</source>
      <translation>Указаны Соединенные Штаты: приложите заявление о намерении использовать знак (MM18).</translation>
    </message>
    <message>
      <source>Priority from {date} can only be claimed until {deadline} (six months).</source>
      <translation>Приоритет от {date} можно испрашивать только до {deadline} (шесть месяцев).</translation>
    </message>
    <message>
      <source>Give the basic application or registration on which the international application is based.</source>
      <translation>Укажите базовую заявку или регистрацию, на которой основана международная заявка.</translation>
    </message>
    <message>
      <source>Give the date of the international application (the date the Office of origin receives it).</source>
      <translation>Укажите дату международной заявки (дату её получения ведомством происхождения).</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) is not covered by the basic mark.</source>
      <translation>«{term}» (класс {class}) не охватывается базовым знаком.</translation>
    </message>
    <message>
      <source>The Office of origin {origin} accepts international applications in {allowed}, not {language}.</source>
      <translation>Ведомство происхождения {origin} принимает международные заявки на языках: {allowed}, но не {language}.</translation>
    </message>
    <message>
      <source>The total declared ({declared} {currency}) differs from the fees computed: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>Заявленная сумма ({declared} {currency}) отличается от рассчитанных пошлин: {total} {currency} (пошлины действительны на {valid_as_of}).</translation>
    </message>
    <message>
      <source>A word mark consists of its text only: give the verbal element and no image ({label}).</source>
      <translation>Словесный знак состоит только из текста: укажите словесный элемент без изображения ({label}).</translation>
    </message>
    <message>
      <source>This type of mark needs a representation file ({label}).</source>
      <translation>Для знака этого вида нужен файл с изображением ({label}).</translation>
    </message>
    <message>
      <source>{office} accepts {allowed} for a {type} mark, not {format}.</source>
      <translation>{office} принимает {allowed} для знака вида «{type}», но не {format}.</translation>
    </message>
    <message>
      <source>The file is {size} bytes; {office} accepts at most {max} bytes.</source>
      <translation>Размер файла {size} байт; {office} принимает не более {max} байт.</translation>
    </message>
    <message>
      <source>Colour is claimed: name the colours and where they appear.</source>
      <translation>Цвет заявлен: укажите цвета и где они расположены.</translation>
    </message>
    <message>
      <source>“{term}” is not in the Nice list for class {class}; the office may object to it.</source>
      <translation>«{term}» отсутствует в перечне МКТУ для класса {class}; ведомство может возразить.</translation>
    </message>
    <message>
      <source>{office} accepts a reference of at most {max} characters without spaces.</source>
      <translation>{office} принимает номер дела длиной не более {max} символов без пробелов.</translation>
    </message>
    <message>
      <source>RO/{ro} is not competent: no applicant is a national or resident of {ro} (applicants: {states}). File with RO/IB or the Office of an applicant's State.</source>
      <translation>RO/{ro} не компетентно: ни один заявитель не является гражданином или резидентом {ro} (заявители: {states}). Подайте заявку в RO/IB или в ведомство государства одного из заявителей.</translation>
    </message>
    <message>
      <source>The earlier application of {date} is more than 14 months before {filed}: the priority claim is void (the priority period ended {deadline}).</source>
      <translation>Предшествующая заявка от {date} подана более чем за 14 месяцев до {filed}: притязание на приоритет недействительно (срок приоритета истек {deadline}).</translation>
    </message>
    <message>
      <source>The priority period ended on {deadline}: request restoration of the right of priority (possible until {window}).</source>
      <translation>Срок приоритета истек {deadline}: подайте ходатайство о восстановлении права приоритета (возможно до {window}).</translation>
    </message>
    <message>
      <source>The abstract has {words} words; it should preferably have {min} to {max}.</source>
      <translation>В реферате {words} слов; желательно от {min} до {max}.</translation>
    </message>
    <message>
      <source>The application needs at least one claim.</source>
      <translation>Заявка должна содержать хотя бы один пункт формулы.</translation>
    </message>
    <message>
      <source>Claim {number} should be numbered {expected}: claims are numbered consecutively in Arabic numerals.</source>
      <translation>Пункт {number} должен иметь номер {expected}: пункты формулы нумеруются последовательно арабскими цифрами.</translation>
    </message>
    <message>
      <source>Give the title of the invention (box I).</source>
      <translation>Укажите название изобретения (графа I).</translation>
    </message>
    <message>
      <source>The file reference has {length} characters; the PCT request allows at most {max}.</source>
      <translation>Номер дела содержит {length} символов; заявление PCT допускает не более {max}.</translation>
    </message>
    <message>
      <source>Give the nationality and the residence of every applicant ({name}).</source>
      <translation>Укажите гражданство и местожительство каждого заявителя ({name}).</translation>
    </message>
    <message>
      <source>{states} requires the inventors to be named: mark applicants who are inventors or add the inventors (box III).</source>
      <translation>{states} требует указания изобретателей: отметьте заявителей, являющихся изобретателями, или добавьте изобретателей (графа III).</translation>
    </message>
    <message>
      <source>The sequence listing {name} is not WIPO ST.26 XML (root element: {root}).</source>
      <translation>Перечень последовательностей {name} не соответствует XML по стандарту ВОИС ST.26 (корневой элемент: {root}).</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX).</source>
      <translation>Укажите число листов каждой части (графа IX).</translation>
    </message>
    <message>
      <source>{symbol} is not a well-formed IPC symbol (for example A61K 31/00).</source>
      <translation>{symbol} — неправильно составленный индекс МПК (например, A61K 31/00).</translation>
    </message>
    <message>
      <source>National trademark application</source>
      <translation>Национальная заявка на товарный знак</translation>
    </message>
    <message>
      <source>Application for registration of a trademark at a national or regional office.</source>
      <translation>Заявка на регистрацию товарного знака в национальном или региональном ведомстве.</translation>
    </message>
    <message>
      <source>Office and language</source>
      <translation>Ведомство и язык</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>Fees and payment</source>
      <translation>Пошлины и оплата</translation>
    </message>
    <message>
      <source>Office of filing</source>
      <translation>Ведомство подачи</translation>
    </message>
    <message>
      <source>Two-letter language code, for example en.</source>
      <translation>Двухбуквенный код языка, например ru.</translation>
    </message>
    <message>
      <source>Applicant's reference</source>
      <translation>Номер дела заявителя</translation>
    </message>
    <message>
      <source>Intended filing date</source>
      <translation>Предполагаемая дата подачи</translation>
    </message>
    <message>
      <source>Used for the priority period; the office sets the official filing date.</source>
      <translation>Используется для срока приоритета; официальную дату подачи устанавливает ведомство.</translation>
    </message>
    <message>
      <source>Filing basis</source>
      <translation>Основание подачи</translation>
    </message>
    <message>
      <source>Required by some offices (United States).</source>
      <translation>Требуется некоторыми ведомствами (Соединенные Штаты).</translation>
    </message>
    <message>
      <source>Legal form (legal entity)</source>
      <translation>Организационно-правовая форма (юридическое лицо)</translation>
    </message>
    <message>
      <source>State of incorporation (legal entity)</source>
      <translation>Государство регистрации (юридическое лицо)</translation>
    </message>
    <message>
      <source>Verbal element</source>
      <translation>Словесный элемент</translation>
    </message>
    <message>
      <source>The words of the mark exactly as they are to be registered.</source>
      <translation>Слова знака точно в том виде, в каком они должны быть зарегистрированы.</translation>
    </message>
    <message>
      <source>Standard characters (no particular font, style or colour)</source>
      <translation>Стандартные символы (без особого шрифта, стиля или цвета)</translation>
    </message>
    <message>
      <source>Representation of the mark</source>
      <translation>Изображение знака</translation>
    </message>
    <message>
      <source>Image (or sound/video file) as the office accepts for this type of mark.</source>
      <translation>Изображение (или звуковой/видеофайл), которое ведомство принимает для знака этого вида.</translation>
    </message>
    <message>
      <source>Colour is claimed</source>
      <translation>Цвет заявлен</translation>
    </message>
    <message>
      <source>Colours claimed and where they appear</source>
      <translation>Заявляемые цвета и где они расположены</translation>
    </message>
    <message>
      <source>Transliteration</source>
      <translation>Транслитерация</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Перевод</translation>
    </message>
    <message>
      <source>Deposit account number</source>
      <translation>Номер депозитного счета</translation>
    </message>
    <message>
      <source>Total amount paid</source>
      <translation>Общая уплаченная сумма</translation>
    </message>
    <message>
      <source>The total of the fee quote, in the office's currency.</source>
      <translation>Итог расчета пошлин в валюте ведомства.</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>Парольная фраза: </translation>
    </message>
    <message>
      <source>No keys yet; create one with 'filingassist keys new --name "Your Name"'.</source>
      <translation>Ключей пока нет; создайте ключ командой 'filingassist keys new --name "Ваше имя"'.</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>доверенный</translation>
    </message>
    <message>
      <source>integrity only, no trust anchor given</source>
      <translation>только целостность, якорь доверия не задан</translation>
    </message>
    <message>
      <source>OK: the package is sound.</source>
      <translation>OK: пакет в порядке.</translation>
    </message>
    <message>
      <source>Repeat passphrase: </source>
      <translation>Повторите парольную фразу: </translation>
    </message>
    <message>
      <source>NOT OK: {count} problem(s).</source>
      <translation>НЕ OK: проблем: {count}.</translation>
    </message>
    <message>
      <source>Expected text.</source>
      <translation>Ожидается текст.</translation>
    </message>
    <message>
      <source>Line breaks are not allowed here.</source>
      <translation>Переводы строки здесь не допускаются.</translation>
    </message>
    <message>
      <source>Not a valid e-mail address.</source>
      <translation>Недействительный адрес электронной почты.</translation>
    </message>
    <message>
      <source>Expected a date (YYYY-MM-DD).</source>
      <translation>Ожидается дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
      <source>Expected yes or no.</source>
      <translation>Ожидается «да» или «нет».</translation>
    </message>
    <message>
      <source>Expected a whole number.</source>
      <translation>Ожидается целое число.</translation>
    </message>
    <message>
      <source>Expected a list of texts.</source>
      <translation>Ожидается список текстов.</translation>
    </message>
    <message>
      <source>Expected an attached file.</source>
      <translation>Ожидается приложенный файл.</translation>
    </message>
    <message>
      <source>The attached file has no valid SHA-256 digest.</source>
      <translation>У приложенного файла нет действительного хеша SHA-256.</translation>
    </message>
    <message>
      <source>The attached file has no name.</source>
      <translation>У приложенного файла нет имени.</translation>
    </message>
    <message>
      <source>The attached file has no size or media type.</source>
      <translation>У приложенного файла нет размера или типа данных.</translation>
    </message>
    <message>
      <source>Name the colour or colours claimed.</source>
      <translation>Укажите заявляемый цвет или цвета.</translation>
    </message>
    <message>
      <source>The mark must be the same as the basic mark “{basic}”.</source>
      <translation>Знак должен совпадать с базовым знаком «{basic}».</translation>
    </message>
    <message>
      <source>The applicant must be the holder of the basic mark ({basic}).</source>
      <translation>Заявитель должен быть владельцем базового знака ({basic}).</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} {currency} (fees valid as of {valid_as_of}).</source>
      <translation>Введите итог расчета пошлин: {total} {currency} (пошлины действительны на {valid_as_of}).</translation>
    </message>
    <message>
      <source>The reproduction is in colour: claim the colour (item 8) or file a black-and-white reproduction.</source>
      <translation>Изображение цветное: заявите цвет (пункт 8) или подайте черно-белое изображение.</translation>
    </message>
    <message>
      <source>Say who signed the MM18 declaration, or attach it.</source>
      <translation>Укажите, кто подписал заявление MM18, или приложите его.</translation>
    </message>
    <message>
      <source>The basic mark's date ({date}) is after the international application ({filed}).</source>
      <translation>Дата базового знака ({date}) позже даты международной заявки ({filed}).</translation>
    </message>
    <message>
      <source>Class {class} is not in the basic mark.</source>
      <translation>Класса {class} нет в базовом знаке.</translation>
    </message>
    <message>
      <source>{code} is designated more than once.</source>
      <translation>{code} указана более одного раза.</translation>
    </message>
    <message>
      <source>Give the number and date of the basic application or registration.</source>
      <translation>Укажите номер и дату базовой заявки или регистрации.</translation>
    </message>
    <message>
      <source>“{term}” belongs to class {other}, not class {class}.</source>
      <translation>«{term}» относится к классу {other}, а не к классу {class}.</translation>
    </message>
    <message>
      <source>The earlier filing ({date}) cannot be later than this application ({filed}).</source>
      <translation>Предшествующая подача ({date}) не может быть позже этой заявки ({filed}).</translation>
    </message>
    <message>
      <source>Class {class} is listed more than once; list its terms under one entry.</source>
      <translation>Класс {class} указан более одного раза; перечислите его термины в одной записи.</translation>
    </message>
    <message>
      <source>Remove the empty term from class {class}.</source>
      <translation>Удалите пустой термин из класса {class}.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free}.</source>
      <translation>Листов: {sheets}; пошлина за лист взимается за {extra} листов сверх {free}.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount} {currency}).</source>
      <translation>Листов: {sheets}; пошлина за лист взимается за {extra} листов сверх {free} ({amount} {currency}).</translation>
    </message>
    <message>
      <source>The sequence listing must be a WIPO ST.26 XML file, not {name}.</source>
      <translation>Перечень последовательностей должен быть XML-файлом по стандарту ВОИС ST.26, а не {name}.</translation>
    </message>
    <message>
      <source>Give the number of sheets of each part (box IX); they determine the fees.</source>
      <translation>Укажите число листов каждой части (графа IX); от него зависят пошлины.</translation>
    </message>
    <message>
      <source>The earlier application ({date}) cannot be later than the international filing date ({filed}).</source>
      <translation>Предшествующая заявка ({date}) не может быть позже даты международной подачи ({filed}).</translation>
    </message>
    <message>
      <source>Say how the fees will be paid.</source>
      <translation>Укажите, как будут уплачены пошлины.</translation>
    </message>
    <message>
      <source>The image is {width}×{height} pixels; each side should be {min}-{max} pixels.</source>
      <translation>Размер изображения {width}×{height} пикселей; каждая сторона должна быть от {min} до {max} пикселей.</translation>
    </message>
    <message>
      <source>A word mark cannot claim colour; choose a figurative or combined mark.</source>
      <translation>Для словесного знака нельзя заявлять цвет; выберите изобразительный или комбинированный знак.</translation>
    </message>
    <message>
      <source>{label} is longer than {max} characters.</source>
      <translation>{label}: длина превышает {max} символов.</translation>
    </message>
    <message>
      <source>{value} is not a valid choice for {label}.</source>
      <translation>{value} — недопустимое значение для поля «{label}».</translation>
    </message>
    <message>
      <source>{label}: files of type {type} are not accepted.</source>
      <translation>{label}: файлы типа {type} не принимаются.</translation>
    </message>
    <message>
      <source>{label}: expected a list.</source>
      <translation>{label}: ожидается список.</translation>
    </message>
    <message>
      <source>At least {min} of {label} needed.</source>
      <translation>{label}: требуется не менее {min}.</translation>
    </message>
    <message>
      <source>At most {max} of {label} allowed.</source>
      <translation>{label}: допускается не более {max}.</translation>
    </message>
    <message>
      <source>{label} is required.</source>
      <translation>{label}: обязательное поле.</translation>
    </message>
    <message>
      <source>{label} must be at least {min}.</source>
      <translation>{label}: значение должно быть не меньше {min}.</translation>
    </message>
    <message>
      <source>{label} must be at most {max}.</source>
      <translation>{label}: значение должно быть не больше {max}.</translation>
    </message>
    <!-- branch: reliability -->
    <message>
      <source>claimed by the signer</source>
      <translation>заявлено подписавшим</translation>
    </message>
    <!-- branch: printouts -->
    <message>
      <source>Applicant(s)</source>
      <translation>Заявитель (заявители)</translation>
    </message>
    <message>
      <source>Box No. {box}</source>
      <translation>Графа № {box}</translation>
    </message>
    <message>
      <source>Fees paid</source>
      <translation>Уплаченные пошлины</translation>
    </message>
    <message>
      <source>Filing date and time</source>
      <translation>Дата и время подачи</translation>
    </message>
    <message>
      <source>Item {item}</source>
      <translation>Пункт {item}</translation>
    </message>
    <message>
      <source>Kind of application</source>
      <translation>Вид заявки</translation>
    </message>
    <message>
      <source>Mark</source>
      <translation>Знак</translation>
    </message>
    <message>
      <source>Not filled in.</source>
      <translation>Не заполнено.</translation>
    </message>
    <message>
      <source>Not included (not in the fee table): {items}</source>
      <translation>Не включено (нет в таблице пошлин): {items}</translation>
    </message>
    <message>
      <source>Not signed yet: this summary is not a filing.</source>
      <translation>Ещё не подписано: эта сводка не является подачей заявки.</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
      <source>Paper size</source>
      <translation>Размер бумаги</translation>
    </message>
    <message>
      <source>Receipt for a response</source>
      <translation>Квитанция о получении ответа</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Ссылочный номер</translation>
    </message>
    <message>
      <source>The fees cannot be calculated until the application says what they depend on.</source>
      <translation>Пошлины нельзя рассчитать, пока в заявке не указано то, от чего они зависят.</translation>
    </message>
    <message>
      <source>The office's signature on this receipt could not be verified: do not rely on this printout; ask the office.</source>
      <translation>Подпись ведомства на этой квитанции не удалось проверить: не полагайтесь на эту распечатку, обратитесь в ведомство.</translation>
    </message>
    <message>
      <source>The office's signature on this receipt was verified with the office's certificate (SHA-256 fingerprint {fingerprint}).</source>
      <translation>Подпись ведомства на этой квитанции проверена по сертификату ведомства (отпечаток SHA-256 {fingerprint}).</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Итого</translation>
    </message>
    <message>
      <source>Something went wrong and the action was stopped. Your saved work is safe.</source>
      <translation>Произошла ошибка, и действие было остановлено. Сохранённая работа не пострадала.</translation>
    </message>
    <message>
      <source>The details are in the log file: {path}</source>
      <translation>Подробности — в файле журнала: {path}</translation>
    </message>
    <message>
      <source>(to be confirmed)</source>
      <translation>(требует подтверждения)</translation>
    </message>
    <message>
      <source>Fee data out of date</source>
      <translation>Данные о пошлинах устарели</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({days} days old), review by {review}</source>
      <translation>Данные о пошлинах: {table} прочитана {date} ({days} дн. назад), пересмотреть до {review}</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({days} days old); review by {review}</source>
      <translation>Таблица пошлин {version}, действует с {effective}, прочитана {date} ({days} дн. назад); пересмотреть до {review}</translation>
    </message>
    <message>
      <source>Not signed: the fee data is out of date.</source>
      <translation>Не подписано: данные о пошлинах устарели.</translation>
    </message>
    <message>
      <source>Reduction under item 5</source>
      <translation>Скидка по пункту 5</translation>
    </message>
    <message>
      <source>The fee quote rests on {count} figure(s) still to be confirmed: {items}. Check them at the source before paying.</source>
      <translation>Расчёт пошлин опирается на {count} значение(й), требующих подтверждения: {items}. Проверьте их по источнику перед оплатой.</translation>
    </message>
    <message>
      <source>The fee quote uses {table} {version}, past its review date {review_date} (read {valid_as_of}): check the official fees before paying.</source>
      <translation>Расчёт пошлин использует {table} {version}, срок пересмотра {review_date} истёк (прочитана {valid_as_of}): проверьте официальные пошлины перед оплатой.</translation>
    </message>
    <message>
      <source>The fee table {tables} is past its review date: the fees may have changed. Sign anyway?</source>
      <translation>Срок пересмотра таблицы пошлин {tables} истёк: пошлины могли измениться. Всё равно подписать?</translation>
    </message>
    <message>
      <source>Warning: fee table {table} is past its review date {review}: check the official fees before paying.</source>
      <translation>Внимание: срок пересмотра таблицы пошлин {table} ({review}) истёк: проверьте официальные пошлины перед оплатой.</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({days} days old): check the fees before paying</source>
      <translation>Внимание: срок пересмотра {table} ({review}) истёк ({days} дн.): проверьте пошлины перед оплатой</translation>
    </message>
    <message>
      <source>{days} days old</source>
      <translation>{days} дн. назад</translation>
    </message>
    <message>
      <source>Fee data {days} days old</source>
      <translation>Данные о пошлинах: {days} дн.</translation>
    </message>
    <message>
      <source>desktop build</source>
      <translation>настольная сборка</translation>
    </message>
    <message>
      <source>installed package</source>
      <translation>установленный пакет</translation>
    </message>
    <message>
      <source>shipped with the program</source>
      <translation>поставляется с программой</translation>
    </message>
    <message>
      <source>installed from a data pack</source>
      <translation>установлено из пакета данных</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Версия {version}</translation>
    </message>
    <message>
      <source>About Filing Assistant</source>
      <translation>О программе «Помощник подачи заявок»</translation>
    </message>
    <message>
      <source>Check for updates</source>
      <translation>Проверить обновления</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Проверка…</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Update address:</source>
      <translation>Адрес обновлений:</translation>
    </message>
    <message>
      <source>Enter the address of an update index first.</source>
      <translation>Сначала введите адрес индекса обновлений.</translation>
    </message>
    <message>
      <source>Up to date: no newer program or reference data.</source>
      <translation>Обновлений нет: более новой программы или справочных данных не найдено.</translation>
    </message>
    <message>
      <source>Could not check for updates: {error}</source>
      <translation>Не удалось проверить обновления: {error}</translation>
    </message>
    <message>
      <source>{days} days</source>
      <translation>{days} дн.</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Таблица</translation>
    </message>
    <message>
      <source>Valid as of</source>
      <translation>Действует на</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>Происхождение</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Возраст</translation>
    </message>
    <message>
      <source>Schemas and formats</source>
      <translation>Схемы и форматы</translation>
    </message>
    <message>
      <source>Program {version} is available.</source>
      <translation>Доступна версия программы {version}.</translation>
    </message>
    <message>
      <source>Newer reference data: {tables}.</source>
      <translation>Более новые справочные данные: {tables}.</translation>
    </message>
    <message>
      <source>{days} days: older than a year, check for an update</source>
      <translation>{days} дн.: старше года, проверьте обновления</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>Компонент</translation>
    </message>
    <message>
      <source>Reference data</source>
      <translation>Справочные данные</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Программа</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>Same row as row {row}; it is imported once.</source>
      <translation>Та же строка, что и строка {row}; она импортируется один раз.</translation>
    </message>
    <message>
      <source>Already imported as draft {draft}.</source>
      <translation>Уже импортирована как черновик {draft}.</translation>
    </message>
    <message>
      <source>Write yes or no (got {text}).</source>
      <translation>Укажите да (yes) или нет (no) (прочитано: {text}).</translation>
    </message>
    <message>
      <source>Not a whole number (got {text}).</source>
      <translation>Не целое число (прочитано: {text}).</translation>
    </message>
    <message>
      <source>Give the file's path relative to the sheet's folder.</source>
      <translation>Укажите путь к файлу относительно папки таблицы.</translation>
    </message>
    <message>
      <source>Write each class as 'class: term; term', e.g. '9: software'; got {text}.</source>
      <translation>Записывайте каждый класс как «класс: термин; термин», например «9: software»; прочитано: {text}.</translation>
    </message>
    <message>
      <source>No file {name} in the sheet's folder.</source>
      <translation>В папке таблицы нет файла {name}.</translation>
    </message>
    <message>
      <source>The file {name} is larger than {limit} bytes.</source>
      <translation>Файл {name} больше {limit} байт.</translation>
    </message>
    <message>
      <source>Cannot read the file {name}.</source>
      <translation>Не удаётся прочитать файл {name}.</translation>
    </message>
    <message>
      <source>{count} value(s) separated by |, but the group has {items} item(s).</source>
      <translation>Значений, разделённых |: {count}, а элементов в группе: {items}.</translation>
    </message>
    <message>
      <source>Date as YYYY-MM-DD.</source>
      <translation>Дата в формате ГГГГ-ММ-ДД (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>yes or no.</source>
      <translation>yes (да) или no (нет).</translation>
    </message>
    <message>
      <source>A whole number.</source>
      <translation>Целое число.</translation>
    </message>
    <message>
      <source>Several values separated by ;</source>
      <translation>Несколько значений через ;</translation>
    </message>
    <message>
      <source>Path of the file, relative to the sheet's folder.</source>
      <translation>Путь к файлу относительно папки таблицы.</translation>
    </message>
    <message>
      <source>Two-letter country code (ISO 3166), e.g. CH.</source>
      <translation>Двухбуквенный код страны (ISO 3166), например CH.</translation>
    </message>
    <message>
      <source>One of: {choices}</source>
      <translation>Одно из значений: {choices}</translation>
    </message>
    <message>
      <source>Class, colon, terms separated by ;, classes separated by |</source>
      <translation>Класс, двоеточие, термины через ;, классы через |</translation>
    </message>
    <message>
      <source>One value per item, separated by |</source>
      <translation>По одному значению на элемент, через |</translation>
    </message>
    <message>
      <source>Client reference</source>
      <translation>Ссылка клиента</translation>
    </message>
    <message>
      <source>Your client's reference (fee totals).</source>
      <translation>Ссылка вашего клиента (итоги пошлин).</translation>
    </message>
    <message>
      <source>Row id</source>
      <translation>Идентификатор строки</translation>
    </message>
    <message>
      <source>Your id for this row: re-importing it never duplicates.</source>
      <translation>Ваш идентификатор строки: повторный импорт никогда не создаёт дубликат.</translation>
    </message>
    <message>
      <source>The check {code} could not run on this application; it has not been verified.</source>
      <translation>Проверку {code} не удалось выполнить для этой заявки; этот пункт не проверен.</translation>
    </message>
    <message>
      <source>Seniority claims (MM17, European Union designated)</source>
      <translation>Притязания на старшинство (MM17, указан Европейский союз)</translation>
    </message>
    <message>
      <source>Earlier mark</source>
      <translation>Более ранний знак</translation>
    </message>
    <message>
      <source>Applicant (number in item 2)</source>
      <translation>Заявитель (номер в пункте 2)</translation>
    </message>
    <message>
      <source>Each applicant must be entitled; give one ground or more for every applicant.</source>
      <translation>Каждый заявитель должен иметь право на подачу; укажите хотя бы одно основание для каждого заявителя.</translation>
    </message>
    <message>
      <source>Domicile or establishment in the territory of the Office of origin (item 3(b))</source>
      <translation>Местожительство или предприятие на территории ведомства происхождения (пункт 3(b))</translation>
    </message>
    <message>
      <source>Only where the address above is not in the territory of the Contracting Party of the Office of origin.</source>
      <translation>Только если указанный выше адрес находится не на территории Договаривающейся стороны ведомства происхождения.</translation>
    </message>
    <message>
      <source>Leave empty when the priority covers all the goods and services.</source>
      <translation>Оставьте пустым, если приоритет распространяется на все товары и услуги.</translation>
    </message>
    <message>
      <source>The mark consists exclusively of a colour or a combination of colours as such, without any figurative element</source>
      <translation>Знак состоит исключительно из цвета или сочетания цветов как таковых, без изобразительных элементов</translation>
    </message>
    <message>
      <source>Collective mark, certification mark or guarantee mark</source>
      <translation>Коллективный, сертификационный или гарантийный знак</translation>
    </message>
    <message>
      <source>Three-dimensional mark</source>
      <translation>Объемный знак</translation>
    </message>
    <message>
      <source>Sound mark</source>
      <translation>Звуковой знак</translation>
    </message>
    <message>
      <source>Other type of mark</source>
      <translation>Другой вид знака</translation>
    </message>
    <message>
      <source>Describe the mark in the description of the mark.</source>
      <translation>Опишите знак в описании знака.</translation>
    </message>
    <message>
      <source>The verbal element cannot be translated</source>
      <translation>Словесный элемент не может быть переведен</translation>
    </message>
    <message>
      <source>Second language (European Union designated)</source>
      <translation>Второй язык (указан Европейский союз)</translation>
    </message>
    <message>
      <source>A language of the EUIPO other than the language of the international application.</source>
      <translation>Язык EUIPO, отличный от языка международной заявки.</translation>
    </message>
    <message>
      <source>German</source>
      <translation>Немецкий</translation>
    </message>
    <message>
      <source>Italian</source>
      <translation>Итальянский</translation>
    </message>
    <message>
      <source>Member State in or for which the earlier mark is registered</source>
      <translation>Государство-член, в котором или для которого зарегистрирован более ранний знак</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>Номер регистрации</translation>
    </message>
    <message>
      <source>Date of registration</source>
      <translation>Дата регистрации</translation>
    </message>
    <message>
      <source>Filing date of the earlier mark</source>
      <translation>Дата подачи более раннего знака</translation>
    </message>
    <message>
      <source>Goods and services for which seniority is claimed, if not all</source>
      <translation>Товары и услуги, в отношении которых заявлено старшинство, если не все</translation>
    </message>
    <message>
      <source>The date of the international application; used for the priority period.</source>
      <translation>Дата международной заявки; используется для срока приоритета.</translation>
    </message>
    <message>
      <source>DAS access code of the priority document</source>
      <translation>Код доступа DAS к приоритетному документу</translation>
    </message>
    <message>
      <source>Lets the International Bureau retrieve the priority document from the WIPO Digital Access Service (Rule 17.1(b-bis)).</source>
      <translation>Позволяет Международному бюро получить приоритетный документ через Службу цифрового доступа ВОИС (правило 17.1(b-bis)).</translation>
    </message>
    <message>
      <source>Language of the translation for the international search</source>
      <translation>Язык перевода для целей международного поиска</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language (ISO 639-1 code) is furnished.</source>
      <translation>Только если ISA не проводит поиск на языке подачи (правило 12.3): представляется перевод на этот язык (код ISO 639-1).</translation>
    </message>
    <message>
      <source>{name} is not a {type} file: its content does not match its type.</source>
      <translation>{name} не является файлом {type}: его содержимое не соответствует типу.</translation>
    </message>
    <message>
      <source>Give the mark: a reproduction of it or its verbal element in standard characters.</source>
      <translation>Укажите знак: его изображение или словесный элемент стандартными символами.</translation>
    </message>
    <message>
      <source>The European Union is designated: give a second language, one of {allowed}.</source>
      <translation>Указан Европейский союз: укажите второй язык из {allowed}.</translation>
    </message>
    <message>
      <source>Seniority (MM17) can only be claimed when the European Union is designated.</source>
      <translation>Старшинство (MM17) можно заявить, только если указан Европейский союз.</translation>
    </message>
    <message>
      <source>A representative is appointed: give the representative's e-mail address ({label}).</source>
      <translation>Назначен представитель: укажите адрес электронной почты представителя ({label}).</translation>
    </message>
    <message>
      <source>{email} is also the e-mail of the representative or of another applicant: each applicant gives an own address.</source>
      <translation>{email} — также адрес представителя или другого заявителя: каждый заявитель указывает собственный адрес.</translation>
    </message>
    <message>
      <source>Applicant {n} ({name}) has no ground of entitlement: give at least one in item 3.</source>
      <translation>У заявителя {n} ({name}) нет основания для подачи: укажите хотя бы одно в пункте 3.</translation>
    </message>
    <message>
      <source>The address of {name} is in {country}, outside {origin}: give the domicile or establishment in {origin} (item 3(b)).</source>
      <translation>Адрес {name} находится в {country}, вне {origin}: укажите местожительство или предприятие в {origin} (пункт 3(b)).</translation>
    </message>
    <message>
      <source>“{term}” (class {class}) uses “{words}”: the International Bureau finds such wording vague; list the goods or services precisely.</source>
      <translation>«{term}» (класс {class}) содержит «{words}»: Международное бюро считает такую формулировку неясной; перечислите товары или услуги точно.</translation>
    </message>
    <message>
      <source>Choose the International Searching Authority (box VII).</source>
      <translation>Выберите Международный поисковый орган (графа VII).</translation>
    </message>
    <message>
      <source>ISA/{isa} is not competent for applications filed with RO/{ro}; choose one of {allowed} ({as_of}).</source>
      <translation>ISA/{isa} не компетентен для заявок, поданных в RO/{ro}; выберите из {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>RO/{ro} does not accept international applications in {language}; it accepts {allowed} ({as_of}).</source>
      <translation>RO/{ro} не принимает международные заявки на языке {language}; принимает {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>ISA/{isa} does not search in {language}: give the language of the translation for the search, one of {allowed} ({as_of}).</source>
      <translation>ISA/{isa} не проводит поиск на языке {language}: укажите язык перевода для поиска из {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>The application refers to drawings ({where}) but none is attached.</source>
      <translation>Заявка ссылается на чертежи ({where}), но ни один не приложен.</translation>
    </message>
    <message>
      <source>The file reference {reference} may only contain Latin letters and Arabic numerals, with hyphens between them.</source>
      <translation>Номер дела {reference} может содержать только латинские буквы и арабские цифры с дефисами между ними.</translation>
    </message>
    <message>
      <source>{state} cannot be excluded in box V: only {allowed} can (Rule 4.9(b)); withdraw another designation by a notice under Rule 90bis.2.</source>
      <translation>{state} нельзя исключить в графе V: можно только {allowed} (правило 4.9(b)); отзовите другое указание уведомлением по правилу 90bis.2.</translation>
    </message>
    <message>
      <source>RO/{ro} does not restore the right of priority (Rule 26bis.3(j)); file with RO/IB to request restoration ({as_of}).</source>
      <translation>RO/{ro} не восстанавливает право приоритета (правило 26bis.3(j)); подайте заявку в RO/IB, чтобы просить о восстановлении ({as_of}).</translation>
    </message>
    <message>
      <source>{name}: the image header is damaged (no valid width and height).</source>
      <translation>{name}: заголовок изображения поврежден (нет допустимых ширины и высоты).</translation>
    </message>
    <message>
      <source>{name}: the image data does not match the size its header declares.</source>
      <translation>{name}: данные изображения не соответствуют размеру, указанному в заголовке.</translation>
    </message>
    <message>
      <source>{name} is incomplete: the file ends before its last part.</source>
      <translation>{name} неполон: файл обрывается до последней части.</translation>
    </message>
    <message>
      <source>Attach the signed MM18 declaration; naming its signatory is not enough.</source>
      <translation>Приложите подписанную декларацию MM18; указать подписавшего недостаточно.</translation>
    </message>
    <message>
      <source>{state} is not a member State of the European Union.</source>
      <translation>{state} не является государством — членом Европейского союза.</translation>
    </message>
    <message>
      <source>There is no applicant {n}: the application names {count}.</source>
      <translation>Заявителя {n} нет: в заявке указано {count}.</translation>
    </message>
    <message>
      <source>The competent International Searching Authorities of RO/{ro} are not in the reference data ({as_of}): check them in the PCT Applicant's Guide, Annex C.</source>
      <translation>Компетентные международные поисковые органы для RO/{ro} отсутствуют в справочных данных ({as_of}): проверьте их в Руководстве заявителя PCT, приложение C.</translation>
    </message>
    <message>
      <source>ISA/{isa} does not accept a translation into {given}; it accepts {allowed} ({as_of}).</source>
      <translation>ISA/{isa} не принимает перевод на {given}; принимает {allowed} ({as_of}).</translation>
    </message>
    <message>
      <source>The reference data has no file requirements of {office} for a {type} mark: the representation file cannot be checked; see the office's specifications.</source>
      <translation>В справочных данных нет требований {office} к файлу знака типа {type}: файл изображения нельзя проверить; см. спецификации ведомства.</translation>
    </message>
    <message>
      <source>Updates available: {details}</source>
      <translation>Доступны обновления: {details}</translation>
    </message>
    <message>
      <source>{errors}, {warnings}</source>
      <translation>{errors}, {warnings}</translation>
    </message>
    <message>
      <source>No errors; {warnings}</source>
      <translation>Ошибок нет; {warnings}</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(не указано)</translation>
    </message>
    <message>
      <source>This class entry lists no goods or services: add its terms.</source>
      <translation>В этой записи класса не указаны товары или услуги: добавьте её термины.</translation>
    </message>
    <message>
      <source>Too short: use at least {n} characters.</source>
      <translation>Слишком короткая: используйте не менее {n} символов.</translation>
    </message>
    <message>
      <source>Strong passphrase.</source>
      <translation>Надёжная парольная фраза.</translation>
    </message>
    <message>
      <source>Fair: a longer passphrase is stronger.</source>
      <translation>Средняя: более длинная парольная фраза надёжнее.</translation>
    </message>
    <message>
      <source>Weak: add words, digits or signs.</source>
      <translation>Слабая: добавьте слова, цифры или знаки.</translation>
    </message>
    <message>
      <source>Name of the key holder</source>
      <translation>Имя владельца ключа</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
      <source>Passphrase again:</source>
      <translation>Парольная фраза ещё раз:</translation>
    </message>
    <message>
      <source>Create key</source>
      <translation>Создать ключ</translation>
    </message>
    <message>
      <source>Type the name of the key holder.</source>
      <translation>Введите имя владельца ключа.</translation>
    </message>
    <message>
      <source>Type a passphrase for the new key.</source>
      <translation>Введите парольную фразу для нового ключа.</translation>
    </message>
    <message>
      <source>The two passphrases differ: type the same one twice.</source>
      <translation>Парольные фразы не совпадают: введите одну и ту же дважды.</translation>
    </message>
    <message>
      <source>Bulgarian</source>
      <translation>Болгарский</translation>
    </message>
    <message>
      <source>Czech</source>
      <translation>Чешский</translation>
    </message>
    <message>
      <source>Danish</source>
      <translation>Датский</translation>
    </message>
    <message>
      <source>Greek</source>
      <translation>Греческий</translation>
    </message>
    <message>
      <source>Estonian</source>
      <translation>Эстонский</translation>
    </message>
    <message>
      <source>Finnish</source>
      <translation>Финский</translation>
    </message>
    <message>
      <source>Irish</source>
      <translation>Ирландский</translation>
    </message>
    <message>
      <source>Croatian</source>
      <translation>Хорватский</translation>
    </message>
    <message>
      <source>Hungarian</source>
      <translation>Венгерский</translation>
    </message>
    <message>
      <source>Lithuanian</source>
      <translation>Литовский</translation>
    </message>
    <message>
      <source>Latvian</source>
      <translation>Латышский</translation>
    </message>
    <message>
      <source>Maltese</source>
      <translation>Мальтийский</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>Нидерландский</translation>
    </message>
    <message>
      <source>Polish</source>
      <translation>Польский</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>Португальский</translation>
    </message>
    <message>
      <source>Romanian</source>
      <translation>Румынский</translation>
    </message>
    <message>
      <source>Slovak</source>
      <translation>Словацкий</translation>
    </message>
    <message>
      <source>Slovenian</source>
      <translation>Словенский</translation>
    </message>
    <message>
      <source>Swedish</source>
      <translation>Шведский</translation>
    </message>
    <message>
      <source>Choose one ground or more in the lists below: nationality, domicile, or a real and effective industrial or commercial establishment in the Contracting Party of the Office of origin.</source>
      <translation>Выберите одно или несколько оснований в списках ниже: гражданство, местожительство или действительное и нефиктивное промышленное или торговое предприятие на территории Договаривающейся стороны ведомства происхождения.</translation>
    </message>
    <message>
      <source>The language of the application: an official language of the European Union for the EUIPO, English for the USPTO.</source>
      <translation>Язык заявки: один из официальных языков Европейского союза для EUIPO, английский для USPTO.</translation>
    </message>
    <message>
      <source>Give the number of the basic application or registration.</source>
      <translation>Укажите номер базовой заявки или базовой регистрации.</translation>
    </message>
    <message>
      <source>Give the date of the basic application or registration.</source>
      <translation>Укажите дату базовой заявки или базовой регистрации.</translation>
    </message>
    <message>
      <source>No term list is installed: terms are added as typed, without checking them against the Nice Classification.</source>
      <translation>Список терминов не установлен: термины добавляются как введены, без проверки по Ниццкой классификации.</translation>
    </message>
    <message>
      <source>Install a term list…</source>
      <translation>Установить список терминов…</translation>
    </message>
    <message>
      <source>Or from a terminal: filingassist refdata import-nice FILE.csv</source>
      <translation>Или из терминала: filingassist refdata import-nice FILE.csv</translation>
    </message>
    <message>
      <source>Type a term and press Enter to add it (not checked: no term list)</source>
      <translation>Введите термин и нажмите Enter, чтобы добавить его (без проверки: нет списка терминов)</translation>
    </message>
    <message>
      <source>Choose the Nice term list (CSV)</source>
      <translation>Выберите список терминов Ниццкой классификации (CSV)</translation>
    </message>
    <message>
      <source>Nice term lists (*.csv)</source>
      <translation>Списки терминов Ниццкой классификации (*.csv)</translation>
    </message>
    <message>
      <source>Installing the term list…</source>
      <translation>Установка списка терминов…</translation>
    </message>
    <message>
      <source>Could not install the term list.</source>
      <translation>Не удалось установить список терминов.</translation>
    </message>
    <message>
      <source>Fee table read {date}</source>
      <translation>Таблица пошлин прочитана {date}</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n ошибка</numerusform>
        <numerusform>%n ошибки</numerusform>
        <numerusform>%n ошибок</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n предупреждение</numerusform>
        <numerusform>%n предупреждения</numerusform>
        <numerusform>%n предупреждений</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n package(s) waiting to be sent or receipted</source>
      <translation>
        <numerusform>%n пакет ожидает отправки или подтверждения</numerusform>
        <numerusform>%n пакета ожидают отправки или подтверждения</numerusform>
        <numerusform>%n пакетов ожидают отправки или подтверждения</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n день</numerusform>
        <numerusform>%n дня</numerusform>
        <numerusform>%n дней</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>просрочено на %n день</numerusform>
        <numerusform>просрочено на %n дня</numerusform>
        <numerusform>просрочено на %n дней</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n страница</numerusform>
        <numerusform>%n страницы</numerusform>
        <numerusform>%n страниц</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sequence(s)</source>
      <translation>
        <numerusform>%n последовательность</numerusform>
        <numerusform>%n последовательности</numerusform>
        <numerusform>%n последовательностей</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Term list installed: %n term(s).</source>
      <translation>
        <numerusform>Список терминов установлен: %n термин.</numerusform>
        <numerusform>Список терминов установлен: %n термина.</numerusform>
        <numerusform>Список терминов установлен: %n терминов.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Fee data %n day(s) old</source>
      <translation>
        <numerusform>Данные о пошлинах: %n день</numerusform>
        <numerusform>Данные о пошлинах: %n дня</numerusform>
        <numerusform>Данные о пошлинах: %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete drafts</source>
      <translation>Удаление черновиков</translation>
    </message>
    <message>
      <source>Delete {n} draft(s) for good?</source>
      <translation>Удалить черновики ({n}) навсегда?</translation>
    </message>
    <message>
      <source>Their revisions, attachments and packages not yet sent are erased from this computer. You can undo for a few seconds.</source>
      <translation>Их редакции, вложения и ещё не отправленные пакеты будут стёрты с этого компьютера. Отменить можно в течение нескольких секунд.</translation>
    </message>
    <message>
      <source>{n} draft(s) deleted.</source>
      <translation>Черновики удалены: {n}.</translation>
    </message>
    <message>
      <source>Draft “{title}” deleted.</source>
      <translation>Черновик «{title}» удалён.</translation>
    </message>
    <message>
      <source>The country or organisation where you want protection for your mark. At this counter it is usually this office.</source>
      <translation>Страна или организация, где вы хотите защитить знак. У этой стойки обычно это данное ведомство.</translation>
    </message>
    <message>
      <source>The language the application is written in, as a two-letter code (en for English, fr for French, ar for Arabic).</source>
      <translation>Язык, на котором составлена заявка, двухбуквенным кодом (ru — русский, en — английский).</translation>
    </message>
    <message>
      <source>Your own reference for this application, if you have one. You may leave it empty.</source>
      <translation>Ваш собственный номер для этой заявки, если он есть. Можно оставить пустым.</translation>
    </message>
    <message>
      <source>The day you file. Usually today; the office gives the official date.</source>
      <translation>День подачи. Обычно сегодня; официальную дату устанавливает ведомство.</translation>
    </message>
    <message>
      <source>Only some offices ask why you file (for example, the mark is already in use). Leave it empty if the staff says so.</source>
      <translation>Основание подачи спрашивают лишь некоторые ведомства (например, знак уже используется). Оставьте пустым, если так скажет сотрудник.</translation>
    </message>
    <message>
      <source>The full name of the person or company that will own the mark, as on an identity document or company register.</source>
      <translation>Полное имя человека или название компании, которые будут владеть знаком, как в удостоверении личности или торговом реестре.</translation>
    </message>
    <message>
      <source>The full postal address where letters from the office can reach the owner.</source>
      <translation>Полный почтовый адрес, по которому письма ведомства дойдут до владельца.</translation>
    </message>
    <message>
      <source>The country of that address.</source>
      <translation>Страна этого адреса.</translation>
    </message>
    <message>
      <source>An e-mail address where the office can write to the owner. You may leave it empty.</source>
      <translation>Адрес электронной почты, по которому ведомство может написать владельцу. Можно оставить пустым.</translation>
    </message>
    <message>
      <source>Choose “natural person” for a human being, “legal entity” for a company, association or other organisation.</source>
      <translation>Выберите «физическое лицо» для человека и «юридическое лицо» для компании, ассоциации или иной организации.</translation>
    </message>
    <message>
      <source>For a person: the country of which they are a citizen.</source>
      <translation>Для человека: страна, гражданином которой он является.</translation>
    </message>
    <message>
      <source>For a company: its legal form, for example “limited company” or “association”.</source>
      <translation>Для компании: её организационно-правовая форма, например «ООО» или «ассоциация».</translation>
    </message>
    <message>
      <source>For a company: the country under whose law it was set up.</source>
      <translation>Для компании: страна, по законам которой она учреждена.</translation>
    </message>
    <message>
      <source>Only if a lawyer or agent acts for the owner: their name. Otherwise leave this page empty.</source>
      <translation>Только если за владельца действует юрист или поверенный: его имя. Иначе оставьте страницу пустой.</translation>
    </message>
    <message>
      <source>The representative's postal address.</source>
      <translation>Почтовый адрес представителя.</translation>
    </message>
    <message>
      <source>The country of the representative's address.</source>
      <translation>Страна адреса представителя.</translation>
    </message>
    <message>
      <source>The representative's e-mail address.</source>
      <translation>Электронная почта представителя.</translation>
    </message>
    <message>
      <source>What the mark is made of: only words (word mark), a picture or logo (figurative), words and picture together (combined), or something else.</source>
      <translation>Из чего состоит знак: только слова (словесный), изображение или логотип (изобразительный), слова и изображение вместе (комбинированный) или иное.</translation>
    </message>
    <message>
      <source>The words of the mark, letter by letter, exactly as you want them protected.</source>
      <translation>Слова знака буква в букву, точно так, как вы хотите их защитить.</translation>
    </message>
    <message>
      <source>Tick this if only the words matter, written in any ordinary letters, with no special font or colour.</source>
      <translation>Отметьте, если важны только слова, написанные обычными буквами, без особого шрифта и цвета.</translation>
    </message>
    <message>
      <source>A clear picture of the mark (for a logo). The staff can scan or attach it for you.</source>
      <translation>Чёткое изображение знака (для логотипа). Сотрудник может отсканировать или приложить его за вас.</translation>
    </message>
    <message>
      <source>Tick this if the colours are part of what you want protected.</source>
      <translation>Отметьте, если цвета входят в то, что вы хотите защитить.</translation>
    </message>
    <message>
      <source>Name each colour and where it appears, for example “red: the letters; white: the background”.</source>
      <translation>Назовите каждый цвет и где он находится, например «красный: буквы; белый: фон».</translation>
    </message>
    <message>
      <source>A few words describing the mark, if the picture alone does not make it clear.</source>
      <translation>Несколько слов с описанием знака, если изображения недостаточно.</translation>
    </message>
    <message>
      <source>Words in the mark that you do not claim for yourself alone (for example a common word like “shop”). Usually empty.</source>
      <translation>Слова в знаке, на которые вы не претендуете единолично (например обычное слово «магазин»). Обычно пусто.</translation>
    </message>
    <message>
      <source>If the mark uses another alphabet: how it is written in Latin letters.</source>
      <translation>Если знак написан другим алфавитом: как он пишется латинскими буквами.</translation>
    </message>
    <message>
      <source>If the words of the mark mean something: their meaning in the language of the application.</source>
      <translation>Если слова знака что-то означают: их перевод на язык заявки.</translation>
    </message>
    <message>
      <source>The number (1 to 45) of the group of goods or services. The staff can help you find it.</source>
      <translation>Номер класса товаров или услуг (от 1 до 45). Сотрудник поможет его найти.</translation>
    </message>
    <message>
      <source>What you sell or do under the mark, one item per line, for example “coffee” or “hairdressing”.</source>
      <translation>Что вы продаёте или делаете под знаком, по одному пункту в строке, например «кофе» или «парикмахерские услуги».</translation>
    </message>
    <message>
      <source>Only if you filed the same mark elsewhere in the last six months: the office where you did.</source>
      <translation>Только если вы подавали тот же знак в другом месте за последние шесть месяцев: ведомство, куда подавали.</translation>
    </message>
    <message>
      <source>The number that office gave that earlier filing.</source>
      <translation>Номер, присвоенный той более ранней заявке.</translation>
    </message>
    <message>
      <source>The date of that earlier filing.</source>
      <translation>Дата той более ранней заявки.</translation>
    </message>
    <message>
      <source>Your full name, as you will sign.</source>
      <translation>Ваше полное имя, как вы подпишетесь.</translation>
    </message>
    <message>
      <source>Whether you sign as the owner yourself or as their representative.</source>
      <translation>Подписываете ли вы как сам владелец или как его представитель.</translation>
    </message>
    <message>
      <source>Your signature is your name typed between two slashes, for example /Amina Diallo/.</source>
      <translation>Ваша подпись — это ваше имя между двумя косыми чертами, например /Amina Diallo/.</translation>
    </message>
    <message>
      <source>The day you sign: today.</source>
      <translation>День подписания: сегодня.</translation>
    </message>
    <message>
      <source>How the fee will be paid. At this counter the staff tells you which methods are accepted.</source>
      <translation>Как будет оплачена пошлина. У этой стойки сотрудник скажет, какие способы принимаются.</translation>
    </message>
    <message>
      <source>Only for payment from a deposit account held at the office: its number.</source>
      <translation>Только для оплаты с депозитного счёта в ведомстве: его номер.</translation>
    </message>
    <message>
      <source>The reference of your payment (a receipt or transfer number), if you already paid.</source>
      <translation>Реквизиты вашего платежа (номер квитанции или перевода), если вы уже оплатили.</translation>
    </message>
    <message>
      <source>The name of the person who pays, if not the owner.</source>
      <translation>Имя плательщика, если это не владелец.</translation>
    </message>
    <message>
      <source>The total you pay, as shown under “Fees”.</source>
      <translation>Общая сумма к оплате, как указано в разделе «Пошлины».</translation>
    </message>
    <message>
      <source>Protect a name, logo or sign in this country.</source>
      <translation>Защитите название, логотип или знак в этой стране.</translation>
    </message>
    <message>
      <source>Protect your trademark in other countries at once.</source>
      <translation>Защитите свой товарный знак сразу в других странах.</translation>
    </message>
    <message>
      <source>Protect an invention (international patent request).</source>
      <translation>Защитите изобретение (международная патентная заявка).</translation>
    </message>
    <message>
      <source>Your signature: {signature}</source>
      <translation>Ваша подпись: {signature}</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Добро пожаловать</translation>
    </message>
    <message>
      <source>Choose your language:</source>
      <translation>Выберите язык:</translation>
    </message>
    <message>
      <source>What do you want to file?</source>
      <translation>Что вы хотите подать?</translation>
    </message>
    <message>
      <source>Check your application</source>
      <translation>Проверьте свою заявку</translation>
    </message>
    <message>
      <source>Read it with the staff. Go back to change anything before you sign.</source>
      <translation>Прочитайте её вместе с сотрудником. Вернитесь назад, чтобы что-то изменить до подписания.</translation>
    </message>
    <message>
      <source>Sign your application</source>
      <translation>Подпишите заявку</translation>
    </message>
    <message>
      <source>Type your full name. Your signature is your name between two slashes. The staff then signs the filing for the office; you need no key.</source>
      <translation>Введите полное имя. Ваша подпись — это имя между двумя косыми чертами. Затем сотрудник подписывает подачу для ведомства; ключ вам не нужен.</translation>
    </message>
    <message>
      <source>Your full name</source>
      <translation>Ваше полное имя</translation>
    </message>
    <message>
      <source>I have checked the application and it is correct.</source>
      <translation>Я проверил(а) заявку, она верна.</translation>
    </message>
    <message>
      <source>Your application is signed</source>
      <translation>Ваша заявка подписана</translation>
    </message>
    <message>
      <source>The staff now sends it to the office and prints a summary for you, with the fee to pay and the number of your filing.</source>
      <translation>Сотрудник отправляет её в ведомство и печатает для вас сводку с суммой пошлины и номером вашей подачи.</translation>
    </message>
    <message>
      <source>Package id: {id}</source>
      <translation>Идентификатор пакета: {id}</translation>
    </message>
    <message>
      <source>In {language}</source>
      <translation>Язык: {language}</translation>
    </message>
    <message>
      <source>Keep this paper. Show it when you pay and when you ask about your application.</source>
      <translation>Сохраните этот лист. Предъявляйте его при оплате и при вопросах о заявке.</translation>
    </message>
    <message>
      <source>The fee cannot be worked out yet: the staff will tell you what to pay.</source>
      <translation>Пошлину пока нельзя рассчитать: сотрудник скажет, сколько платить.</translation>
    </message>
    <message>
      <source>You have to pay {amount} in total.</source>
      <translation>Всего к оплате: {amount}.</translation>
    </message>
    <message>
      <source>this office</source>
      <translation>это ведомство</translation>
    </message>
    <message>
      <source>You have to pay at least {amount}; the staff will tell you the rest.</source>
      <translation>Нужно заплатить не менее {amount}; об остальном скажет сотрудник.</translation>
    </message>
    <message>
      <source>How to pay at this office</source>
      <translation>Как оплатить в этом ведомстве</translation>
    </message>
    <message>
      <source>Fees and how to pay</source>
      <translation>Пошлины и способ оплаты</translation>
    </message>
    <message>
      <source>Your filing at {office}</source>
      <translation>Ваша подача: {office}</translation>
    </message>
    <message>
      <source>Package id</source>
      <translation>Идентификатор пакета</translation>
    </message>
    <message>
      <source>Start shift</source>
      <translation>Начало смены</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Ваше имя</translation>
    </message>
    <message>
      <source>Counter key</source>
      <translation>Ключ стойки</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <source>This counter has no signing key. Ask the administrator to create one.</source>
      <translation>У этой стойки нет ключа подписи. Попросите администратора создать его.</translation>
    </message>
    <message>
      <source>Give your name and choose the counter's key.</source>
      <translation>Укажите своё имя и выберите ключ стойки.</translation>
    </message>
    <message>
      <source>Filing Assistant — office counter</source>
      <translation>Помощник подачи — стойка ведомства</translation>
    </message>
    <message>
      <source>Office counter</source>
      <translation>Стойка ведомства</translation>
    </message>
    <message>
      <source>No shift started</source>
      <translation>Смена не начата</translation>
    </message>
    <message>
      <source>Start shift…</source>
      <translation>Начать смену…</translation>
    </message>
    <message>
      <source>Sign for the office</source>
      <translation>Подписать для ведомства</translation>
    </message>
    <message>
      <source>Finish and hand over</source>
      <translation>Завершить и передать</translation>
    </message>
    <message>
      <source>End session</source>
      <translation>Завершить сеанс</translation>
    </message>
    <message>
      <source>End shift</source>
      <translation>Завершить смену</translation>
    </message>
    <message>
      <source>A previous session could not be handed over</source>
      <translation>Не удалось передать предыдущий сеанс</translation>
    </message>
    <message>
      <source>The application could not be signed</source>
      <translation>Не удалось подписать заявку</translation>
    </message>
    <message>
      <source>Thank you. Your application is on its way to the office.</source>
      <translation>Спасибо. Ваша заявка отправляется в ведомство.</translation>
    </message>
    <message>
      <source>The application could not be queued</source>
      <translation>Не удалось поставить заявку в очередь</translation>
    </message>
    <message>
      <source>Erase this filer's application from the counter now?</source>
      <translation>Стереть заявку этого заявителя со стойки сейчас?</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Стереть</translation>
    </message>
    <message>
      <source>The previous session was closed after a long pause.</source>
      <translation>Предыдущий сеанс закрыт после долгой паузы.</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Are you still there?</source>
      <translation>Вы ещё здесь?</translation>
    </message>
    <message>
      <source>I am still here</source>
      <translation>Я здесь</translation>
    </message>
    <message>
      <source>Continue anyway</source>
      <translation>Всё равно продолжить</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Далее</translation>
    </message>
    <message>
      <source>Staff: {name}</source>
      <translation>Сотрудник: {name}</translation>
    </message>
    <message>
      <source>The summary could not be printed</source>
      <translation>Не удалось напечатать сводку</translation>
    </message>
    <message>
      <source>This application will be erased in {n} seconds unless you touch the screen or press a key.</source>
      <translation>Эта заявка будет стёрта через {n} с, если вы не коснётесь экрана и не нажмёте клавишу.</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>Шаг {n} из {total}</translation>
    </message>
    <message>
      <source>Not signed: {reason}</source>
      <translation>Не подписано: {reason}</translation>
    </message>
    <message>
      <source>The language of the application: English, French or Spanish, as this office allows.</source>
      <translation>Язык заявки: английский, французский или испанский, как допускает это ведомство.</translation>
    </message>
    <message>
      <source>The office that holds your mark at home (the office that will send this application to WIPO).</source>
      <translation>Ведомство, где ваш знак заявлен или зарегистрирован у вас в стране (оно направит эту заявку в ВОИС).</translation>
    </message>
    <message>
      <source>Only if letters should go to another address than the one above.</source>
      <translation>Только если письма нужно слать по другому адресу, чем указанный выше.</translation>
    </message>
    <message>
      <source>WIPO writes by e-mail: give an address the owner reads.</source>
      <translation>ВОИС пишет по электронной почте: укажите адрес, который владелец читает.</translation>
    </message>
    <message>
      <source>A telephone number with the country code, for example +20 2 1234 5678.</source>
      <translation>Номер телефона с кодом страны, например +7 495 123 45 67.</translation>
    </message>
    <message>
      <source>The language in which WIPO should write to the owner.</source>
      <translation>Язык, на котором ВОИС должна писать владельцу.</translation>
    </message>
    <message>
      <source>Why the owner may use this system: nationality, home address, or a real business in the country of the office of origin.</source>
      <translation>Почему владелец может пользоваться этой системой: гражданство, место жительства или реальное предприятие в стране ведомства происхождения.</translation>
    </message>
    <message>
      <source>The country that gives that right.</source>
      <translation>Страна, которая даёт это право.</translation>
    </message>
    <message>
      <source>The representative's telephone number, with the country code.</source>
      <translation>Телефон представителя с кодом страны.</translation>
    </message>
    <message>
      <source>Whether your mark at home is still an application or already registered.</source>
      <translation>Ваш знак у вас в стране ещё заявка или уже зарегистрирован.</translation>
    </message>
    <message>
      <source>Its number, as on the papers from your office.</source>
      <translation>Её номер, как в документах вашего ведомства.</translation>
    </message>
    <message>
      <source>Its date, as on the same papers.</source>
      <translation>Её дата, как в тех же документах.</translation>
    </message>
    <message>
      <source>Filled in by the program when the staff reads your mark's record; nothing to type.</source>
      <translation>Заполняется программой, когда сотрудник читает запись о вашем знаке; вводить ничего не нужно.</translation>
    </message>
    <message>
      <source>Only if the earlier filing covered some of the goods and services: which ones.</source>
      <translation>Только если ранняя заявка охватывала часть товаров и услуг: какие именно.</translation>
    </message>
    <message>
      <source>A picture of the mark exactly as in your mark at home.</source>
      <translation>Изображение знака точно как в вашем национальном знаке.</translation>
    </message>
    <message>
      <source>Tick this if the picture of the mark is in colour.</source>
      <translation>Отметьте, если изображение знака цветное.</translation>
    </message>
    <message>
      <source>Name the colours, for example “red and white”.</source>
      <translation>Назовите цвета, например «красный и белый».</translation>
    </message>
    <message>
      <source>Where each colour appears in the mark, for example “red: the letters”.</source>
      <translation>Где какой цвет в знаке, например «красный: буквы».</translation>
    </message>
    <message>
      <source>Only for special marks (for example a sound, a shape, a collective mark). Usually empty.</source>
      <translation>Только для особых знаков (звук, форма, коллективный знак). Обычно пусто.</translation>
    </message>
    <message>
      <source>Only if you want fewer goods or services in one country: that country.</source>
      <translation>Только если в какой-то стране нужно меньше товаров или услуг: эта страна.</translation>
    </message>
    <message>
      <source>The class whose list is shorter in that country.</source>
      <translation>Класс, перечень которого в этой стране короче.</translation>
    </message>
    <message>
      <source>The goods or services you keep in that country, one per line.</source>
      <translation>Товары или услуги, которые остаются в этой стране, по одному в строке.</translation>
    </message>
    <message>
      <source>The countries where you want protection. The staff's list shows only those you can choose.</source>
      <translation>Страны, где нужна охрана. В списке только те, что можно выбрать.</translation>
    </message>
    <message>
      <source>Only if the United States is chosen: tick this when the signed intention-to-use form is attached.</source>
      <translation>Только если выбраны США: отметьте, когда приложена подписанная форма о намерении использовать знак.</translation>
    </message>
    <message>
      <source>Who signed that form.</source>
      <translation>Кто подписал эту форму.</translation>
    </message>
    <message>
      <source>The signed form, scanned. The staff can attach it for you.</source>
      <translation>Подписанная форма в скане. Сотрудник может приложить её за вас.</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the day this office received your request.</source>
      <translation>Заполняет сотрудник ведомства: день, когда ведомство получило ваш запрос.</translation>
    </message>
    <message>
      <source>Filled in by the office's staff: the official who certifies the application.</source>
      <translation>Заполняет сотрудник ведомства: должностное лицо, удостоверяющее заявку.</translation>
    </message>
    <message>
      <source>Only for payment from a WIPO current account: its number.</source>
      <translation>Только для оплаты с текущего счёта в ВОИС: его номер.</translation>
    </message>
    <message>
      <source>The total in Swiss francs, as shown under “Fees”.</source>
      <translation>Итог в швейцарских франках, как в разделе «Пошлины».</translation>
    </message>
    <message>
      <source>International (PCT), to seek protection in many countries later, or national, in one country.</source>
      <translation>Международная (PCT) — чтобы позже получить охрану во многих странах, или национальная — в одной стране.</translation>
    </message>
    <message>
      <source>The office that receives the application: usually the office of the country where you live or are a citizen.</source>
      <translation>Ведомство, принимающее заявку: обычно ведомство страны, где вы живёте или гражданином которой являетесь.</translation>
    </message>
    <message>
      <source>Your own reference, at most 12 characters. You may leave it empty.</source>
      <translation>Ваш собственный номер, не более 12 знаков. Можно оставить пустым.</translation>
    </message>
    <message>
      <source>A short, clear name for the invention, without brand names, for example “Solar water pump”.</source>
      <translation>Короткое и ясное название изобретения без торговых марок, например «Солнечный водяной насос».</translation>
    </message>
    <message>
      <source>The full name of the person or company applying for the patent.</source>
      <translation>Полное имя человека или название компании, подающих заявку на патент.</translation>
    </message>
    <message>
      <source>The country where the applicant lives or has its business.</source>
      <translation>Страна, где заявитель живёт или ведёт дела.</translation>
    </message>
    <message>
      <source>Tick this for a human being; leave it empty for a company.</source>
      <translation>Отметьте для человека; для компании оставьте пустым.</translation>
    </message>
    <message>
      <source>Tick this if this applicant also made the invention.</source>
      <translation>Отметьте, если этот заявитель также является автором изобретения.</translation>
    </message>
    <message>
      <source>For which countries this person applies. Usually all.</source>
      <translation>Для каких стран этот человек является заявителем. Обычно для всех.</translation>
    </message>
    <message>
      <source>The name of each person who made the invention, if not already an applicant.</source>
      <translation>Имя каждого автора изобретения, если он ещё не указан как заявитель.</translation>
    </message>
    <message>
      <source>The inventor's postal address.</source>
      <translation>Почтовый адрес изобретателя.</translation>
    </message>
    <message>
      <source>The country of the inventor's address.</source>
      <translation>Страна адреса изобретателя.</translation>
    </message>
    <message>
      <source>Only if someone acts for the applicant: whether they are a registered agent or a common representative.</source>
      <translation>Только если кто-то действует за заявителя: зарегистрированный поверенный или общий представитель.</translation>
    </message>
    <message>
      <source>The agent's number at this office, if they have one.</source>
      <translation>Номер поверенного в этом ведомстве, если есть.</translation>
    </message>
    <message>
      <source>Normally ticked: the application then covers every PCT country.</source>
      <translation>Обычно отмечено: заявка тогда охватывает все страны PCT.</translation>
    </message>
    <message>
      <source>Countries you do not want, one per line. Usually empty.</source>
      <translation>Страны, которые вам не нужны, по одной в строке. Обычно пусто.</translation>
    </message>
    <message>
      <source>Only for a national application: the office of the country.</source>
      <translation>Только для национальной заявки: ведомство страны.</translation>
    </message>
    <message>
      <source>Only if you filed the same invention elsewhere in the last twelve months: the office where you did.</source>
      <translation>Только если вы подавали то же изобретение в другом месте за последние двенадцать месяцев: ведомство, куда подавали.</translation>
    </message>
    <message>
      <source>Whether that earlier filing was national, regional or international.</source>
      <translation>Была ли та ранняя заявка национальной, региональной или международной.</translation>
    </message>
    <message>
      <source>The office that searches for earlier similar inventions. The staff tells you which ones this office accepts.</source>
      <translation>Ведомство, которое ищет похожие более ранние изобретения. Сотрудник скажет, какие принимаются.</translation>
    </message>
    <message>
      <source>Legal statements some countries ask for. Leave them empty unless the staff says otherwise.</source>
      <translation>Юридические заявления, которые требуют некоторые страны. Оставьте пустыми, если сотрудник не скажет иначе.</translation>
    </message>
    <message>
      <source>How many pages each part has. The staff counts them with you.</source>
      <translation>Сколько страниц в каждой части. Сотрудник посчитает их вместе с вами.</translation>
    </message>
    <message>
      <source>Only if an agent acts for you: the signed authorisation, scanned.</source>
      <translation>Только если за вас действует поверенный: подписанная доверенность в скане.</translation>
    </message>
    <message>
      <source>The number of the drawing that best shows the invention.</source>
      <translation>Номер чертежа, который лучше всего показывает изобретение.</translation>
    </message>
    <message>
      <source>In one sentence: the area of technology, for example “water pumps”.</source>
      <translation>Одной фразой: область техники, например «водяные насосы».</translation>
    </message>
    <message>
      <source>What exists already and what problem remains.</source>
      <translation>Что уже существует и какая проблема остаётся.</translation>
    </message>
    <message>
      <source>How the invention works, in enough detail for an expert to make it.</source>
      <translation>Как работает изобретение, настолько подробно, чтобы специалист мог его воспроизвести.</translation>
    </message>
    <message>
      <source>One line per drawing: what it shows.</source>
      <translation>По строке на чертёж: что он показывает.</translation>
    </message>
    <message>
      <source>Claims are numbered 1, 2, 3…</source>
      <translation>Пункты формулы нумеруются 1, 2, 3…</translation>
    </message>
    <message>
      <source>What exactly you want protected, in one sentence per claim.</source>
      <translation>Что именно вы хотите защитить, одной фразой на пункт.</translation>
    </message>
    <message>
      <source>A short summary of the invention, about 50 to 150 words.</source>
      <translation>Краткое изложение изобретения, примерно 50–150 слов.</translation>
    </message>
    <message>
      <source>A drawing of the invention. The staff can scan it for you.</source>
      <translation>Чертёж изобретения. Сотрудник может его отсканировать.</translation>
    </message>
    <message>
      <source>Its label, for example “Fig. 1”.</source>
      <translation>Его подпись, например «Фиг. 1».</translation>
    </message>
    <message>
      <source>Only for inventions involving DNA or proteins: the sequence file. Usually empty.</source>
      <translation>Только для изобретений с ДНК или белками: файл последовательностей. Обычно пусто.</translation>
    </message>
    <message>
      <source>Patent classification codes if you know them. You may leave it empty.</source>
      <translation>Коды патентной классификации, если вы их знаете. Можно оставить пустым.</translation>
    </message>
    <message>
      <source>The staff chooses this: filing electronically lowers the fee.</source>
      <translation>Выбирает сотрудник: электронная подача снижает пошлину.</translation>
    </message>
    <message>
      <source>{n} required answers not shown yet: they appear when you leave their section or press Check.</source>
      <translation>Обязательные ответы, ещё не показанные: {n}. Они появятся, когда вы покинете их раздел или нажмёте «Проверить».</translation>
    </message>
    <!-- lead: counter help for the MM2 v2 and PCT fields added by the examiner branch -->
    <message>
      <source>Only if you chose the European Union: a second language of the EU trademark office, different from the language of this application.</source>
      <translation>Только если вы выбрали Европейский союз: второй язык ведомства ЕС по товарным знакам, отличный от языка этой заявки.</translation>
    </message>
    <message>
      <source>Only if the owner's address above is in another country: the address of the owner's home or business in this office's country.</source>
      <translation>Только если указанный выше адрес владельца находится в другой стране: адрес места жительства или предприятия владельца в стране этого ведомства.</translation>
    </message>
    <message>
      <source>Which owner this is about: 1 for the first owner listed, 2 for the second, and so on.</source>
      <translation>О каком владельце идёт речь: 1 — первый указанный владелец, 2 — второй и так далее.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a colour or a combination of colours alone, with no words or drawing.</source>
      <translation>Отметьте, только если знак — это цвет или сочетание цветов само по себе, без слов и рисунка.</translation>
    </message>
    <message>
      <source>Only for a mark of an association (collective) or one that certifies quality (certification or guarantee). Usually empty.</source>
      <translation>Только для знака объединения (коллективного) или знака, удостоверяющего качество (сертификационного или гарантийного). Обычно пусто.</translation>
    </message>
    <message>
      <source>Tick if the words of the mark have no meaning that could be translated, for example an invented word.</source>
      <translation>Отметьте, если слова знака не имеют значения, которое можно перевести, например придуманное слово.</translation>
    </message>
    <message>
      <source>Only for an unusual mark such as a hologram, a motion or a position mark; describe it in the description of the mark.</source>
      <translation>Только для необычного знака, например голограммы, движения или позиционного знака; опишите его в описании знака.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a sound, such as a tune or a jingle.</source>
      <translation>Отметьте, только если знак — это звук, например мелодия или позывной.</translation>
    </message>
    <message>
      <source>Tick only if the mark is a shape, such as a bottle or a package.</source>
      <translation>Отметьте, только если знак — это форма, например бутылка или упаковка.</translation>
    </message>
    <message>
      <source>The date the earlier mark was registered, as on its registration certificate.</source>
      <translation>Дата регистрации более раннего знака, как в свидетельстве о регистрации.</translation>
    </message>
    <message>
      <source>The date the earlier mark was applied for, as on its registration certificate.</source>
      <translation>Дата подачи заявки на более ранний знак, как в свидетельстве о регистрации.</translation>
    </message>
    <message>
      <source>The registration number of the earlier mark, copied from its certificate.</source>
      <translation>Регистрационный номер более раннего знака из его свидетельства.</translation>
    </message>
    <message>
      <source>Only if the earlier mark covers just some of the goods and services of this application: list those.</source>
      <translation>Только если более ранний знак охватывает лишь часть товаров и услуг этой заявки: перечислите их.</translation>
    </message>
    <message>
      <source>The European Union country where the earlier mark is registered.</source>
      <translation>Страна Европейского союза, в которой зарегистрирован более ранний знак.</translation>
    </message>
    <message>
      <source>If the earlier application is in WIPO's digital library (DAS), its access code, so the document need not be sent on paper.</source>
      <translation>Если более ранняя заявка есть в цифровой библиотеке ВОИС (DAS), укажите её код доступа, чтобы не отправлять документ на бумаге.</translation>
    </message>
    <message>
      <source>Only if the searching office does not work in the language of your application: the language you will translate it into.</source>
      <translation>Только если ведомство поиска не работает на языке вашей заявки: язык, на который вы её переведёте.</translation>
    </message>
    <message>
      <source>Goes to:</source>
      <translation>Куда:</translation>
    </message>
    <message>
      <source>Already in the outbox or filed</source>
      <translation>Уже в исходящих или подано</translation>
    </message>
    <message>
      <source>No office is set up: the signed package stays here. Add the office in Settings, then put it in the outbox from the draft.</source>
      <translation>Ведомство не настроено: подписанный пакет остаётся здесь. Добавьте ведомство в настройках, затем поместите пакет в исходящие из черновика.</translation>
    </message>
    <message>
      <source>This revision was already signed as package {package}, which is in the outbox or filed. Signing it again gives a second application, with its own number and fees. Sign and file it again?</source>
      <translation>Эта редакция уже подписана как пакет {package}, который находится в исходящих или подан. Повторная подпись создаст вторую заявку со своим номером и пошлинами. Подписать и подать её ещё раз?</translation>
    </message>
    <message>
      <source>Not signed: this revision is already filed or queued.</source>
      <translation>Не подписано: эта редакция уже подана или ожидает отправки.</translation>
    </message>
    <message>
      <source>The response goes to the office that sent the notice ({office}).</source>
      <translation>Ответ направляется в ведомство, направившее уведомление ({office}).</translation>
    </message>
    <message>
      <source>Sent to this office when it is reachable; it files it for {code}.</source>
      <translation>Отправляется в это ведомство, когда оно доступно; оно подаёт пакет для {code}.</translation>
    </message>
    <message>
      <source>No office set up here receives this kind of application for {code}: the signed package stays here until you add one (Settings), then put it in the outbox from the draft.</source>
      <translation>Ни одно настроенное здесь ведомство не принимает заявки этого вида для {code}: подписанный пакет остаётся здесь, пока вы не добавите такое ведомство (Настройки); затем поместите его в исходящие из черновика.</translation>
    </message>
    <message>
      <source>Sending failed; it is tried again later.</source>
      <translation>Отправка не удалась; попытка будет повторена позже.</translation>
    </message>
    <message>
      <source>The office's certificate could not be checked.</source>
      <translation>Не удалось проверить сертификат ведомства.</translation>
    </message>
    <message>
      <source>The office did not answer in time.</source>
      <translation>Ведомство не ответило вовремя.</translation>
    </message>
    <message>
      <source>The office could not be reached.</source>
      <translation>Не удалось связаться с ведомством.</translation>
    </message>
    <message>
      <source>The office was busy.</source>
      <translation>Ведомство было занято.</translation>
    </message>
    <message>
      <source>It is tried again later.</source>
      <translation>Попытка будет повторена позже.</translation>
    </message>
    <message>
      <source>No office is set up, so nothing can be sent. Add the office in Settings (Offices tab); signed packages wait here until then.</source>
      <translation>Ведомство не настроено, поэтому отправить ничего нельзя. Добавьте ведомство в настройках (вкладка «Ведомства»); до тех пор подписанные пакеты ждут здесь.</translation>
    </message>
    <message>
      <source>Last attempt at {time}</source>
      <translation>Последняя попытка в {time}</translation>
    </message>
    <message>
      <source>No office set up</source>
      <translation>Ведомство не настроено</translation>
    </message>
    <message>
      <source>Not in the outbox: it is not sent until you put it there.</source>
      <translation>Не в исходящих: пакет не отправляется, пока вы не поместите его туда.</translation>
    </message>
    <message>
      <source>Editing makes a new revision, which must be signed again.</source>
      <translation>Правка создаёт новую редакцию, которую нужно подписать заново.</translation>
    </message>
    <message>
      <source>Signed on {date} (revision {n}).</source>
      <translation>Подписано {date} (редакция {n}).</translation>
    </message>
    <message>
      <source>Put in the outbox…</source>
      <translation>Поместить в исходящие…</translation>
    </message>
    <message>
      <source>Put in the outbox</source>
      <translation>Поместить в исходящие</translation>
    </message>
    <message>
      <source>Office:</source>
      <translation>Ведомство:</translation>
    </message>
    <message>
      <source>Filed with {office}.</source>
      <translation>Подано в {office}.</translation>
    </message>
    <message>
      <source>Refused by {office}.</source>
      <translation>Отклонено ведомством {office}.</translation>
    </message>
    <message>
      <source>In the outbox for {office}.</source>
      <translation>В исходящих для {office}.</translation>
    </message>
    <message>
      <source>Send to another office…</source>
      <translation>Отправить в другое ведомство…</translation>
    </message>
    <message>
      <source>No office receives it</source>
      <translation>Ни одно ведомство его не принимает</translation>
    </message>
    <message>
      <source>No office set up here receives this application (its kind, for the office it names). Add that office in Settings, then try again.</source>
      <translation>Ни одно настроенное здесь ведомство не принимает эту заявку (её вид, для указанного в ней ведомства). Добавьте это ведомство в настройках и повторите попытку.</translation>
    </message>
    <message>
      <source>Edited since: the changes are revision {n}, which is not signed; sign it again to file them.</source>
      <translation>Изменено после подписи: изменения — это редакция {n}, она не подписана; подпишите её заново, чтобы подать их.</translation>
    </message>
    <message>
      <source>The total declared ({declared}) differs from the fees computed: {total} (fees valid as of {valid_as_of}).</source>
      <translation>Заявленная сумма ({declared}) отличается от рассчитанных пошлин: {total} (пошлины действуют на {valid_as_of}).</translation>
    </message>
    <message>
      <source>Expected an amount, such as 4394.00.</source>
      <translation>Ожидается сумма, например 4394.00.</translation>
    </message>
    <message>
      <source>Enter the total of the fee calculation: {total} (fees valid as of {valid_as_of}).</source>
      <translation>Укажите итог расчёта пошлин: {total} (пошлины действуют на {valid_as_of}).</translation>
    </message>
    <message>
      <source>Not an amount (got {text}).</source>
      <translation>Это не сумма (получено: {text}).</translation>
    </message>
    <message>
      <source>An amount with a point before the decimals, e.g. 4394.00.</source>
      <translation>Сумма с точкой перед дробной частью, например 4394.00.</translation>
    </message>
    <message>
      <source>{sheets} sheets: the fee per sheet is due for the {extra} sheets beyond {free} ({amount}).</source>
      <translation>Листов: {sheets}; пошлина за лист взимается за {extra} листов сверх {free} ({amount}).</translation>
    </message>
    <message>
      <source>That office does not receive this kind of application for the office the application names: add the office that does, or correct the application.</source>
      <translation>Это ведомство не принимает заявки этого вида для ведомства, указанного в заявке: добавьте ведомство, которое их принимает, или исправьте заявку.</translation>
    </message>
    <message>
      <source>This revision is already in the outbox or filed.</source>
      <translation>Эта редакция уже в исходящих или подана.</translation>
    </message>
    <message>
      <source>Checking rows</source>
      <translation>Проверка строк</translation>
    </message>
    <message>
      <source>Importing rows</source>
      <translation>Импорт строк</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>Подписание</translation>
    </message>
    <message>
      <source>Queuing</source>
      <translation>Постановка в очередь</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Серьёзность</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Правило</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Сообщение</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Предупреждение</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet</source>
      <translation>Импорт заявок из электронной таблицы</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>1. Choose the spreadsheet</source>
      <translation>1. Выберите таблицу</translation>
    </message>
    <message>
      <source>One row per application, as in the template ('filingassist template'). CSV and XLSX files are read; formulas are refused.</source>
      <translation>Одна строка на заявку, как в шаблоне («filingassist template»). Читаются файлы CSV и XLSX; формулы не принимаются.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>Kind of application:</source>
      <translation>Вид заявки:</translation>
    </message>
    <message>
      <source>Spreadsheet:</source>
      <translation>Таблица:</translation>
    </message>
    <message>
      <source>2. Match the columns</source>
      <translation>2. Сопоставьте столбцы</translation>
    </message>
    <message>
      <source>These columns of the sheet are not in the template. Choose the template column each one holds, or ignore it.</source>
      <translation>Этих столбцов листа нет в шаблоне. Выберите, какому столбцу шаблона соответствует каждый, или пропустите его.</translation>
    </message>
    <message>
      <source>3. Report</source>
      <translation>3. Отчёт</translation>
    </message>
    <message>
      <source>Save the report…</source>
      <translation>Сохранить отчёт…</translation>
    </message>
    <message>
      <source>4. Sign</source>
      <translation>4. Подпишите</translation>
    </message>
    <message>
      <source>Signing key:</source>
      <translation>Ключ подписи:</translation>
    </message>
    <message>
      <source>5. Put in the outbox</source>
      <translation>5. Поместите в исходящие</translation>
    </message>
    <message>
      <source>Send to:</source>
      <translation>Отправить в:</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Готово</translation>
    </message>
    <message>
      <source>Check the sheet</source>
      <translation>Проверить лист</translation>
    </message>
    <message>
      <source>Import the valid rows</source>
      <translation>Импортировать правильные строки</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Choose the spreadsheet</source>
      <translation>Выберите таблицу</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx)</source>
      <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>Остановлено.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Сохранить отчёт</translation>
    </message>
    <message>
      <source>Column in the sheet</source>
      <translation>Столбец листа</translation>
    </message>
    <message>
      <source>Template column</source>
      <translation>Столбец шаблона</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Остановить</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Остановка…</translation>
    </message>
    <message>
      <source>(ignore this column)</source>
      <translation>(пропустить этот столбец)</translation>
    </message>
    <message>
      <source>No row can be imported: correct the sheet and check it again.</source>
      <translation>Ни одну строку нельзя импортировать: исправьте лист и проверьте его снова.</translation>
    </message>
    <message>
      <source>Import stopped: nothing was imported.</source>
      <translation>Импорт остановлен: ничего не импортировано.</translation>
    </message>
    <message>
      <source>There is no signing key yet: create one in the sign dialog of any draft.</source>
      <translation>Ключа подписи пока нет: создайте его в окне подписания любого черновика.</translation>
    </message>
    <message>
      <source>Packages signed: {n}.</source>
      <translation>Подписано пакетов: {n}.</translation>
    </message>
    <message>
      <source>No office is set up: add one in Settings, then put the packages in the outbox.</source>
      <translation>Ведомство не настроено: добавьте его в настройках, затем поместите пакеты в исходящие.</translation>
    </message>
    <message>
      <source>Stopped: run the step again to queue the rest.</source>
      <translation>Остановлено: повторите шаг, чтобы поставить в очередь остальное.</translation>
    </message>
    <message>
      <source>Rows read: {rows}. Ready to import: {ready}. With errors: {invalid}. Imported before: {already}.</source>
      <translation>Прочитано строк: {rows}. Готово к импорту: {ready}. С ошибками: {invalid}. Импортировано ранее: {already}.</translation>
    </message>
    <message>
      <source>Applications imported: {n}. Sign them with one key to make their packages.</source>
      <translation>Импортировано заявок: {n}. Подпишите их одним ключом, чтобы создать пакеты.</translation>
    </message>
    <message>
      <source>Imported: {imported}. Signed: {signed}. In the outbox: {queued}. They are sent with the next sync (or Send now in the Outbox).</source>
      <translation>Импортировано: {imported}. Подписано: {signed}. В исходящих: {queued}. Они будут отправлены при следующей синхронизации (или кнопкой «Отправить сейчас» в исходящих).</translation>
    </message>
    <message>
      <source>Template column for {column}</source>
      <translation>Столбец шаблона для {column}</translation>
    </message>
    <message>
      <source>Signing stopped: {n} packages signed are kept.</source>
      <translation>Подписание остановлено: уже подписанные пакеты ({n}) сохранены.</translation>
    </message>
    <message>
      <source>Not signed (errors): {n}.</source>
      <translation>Не подписано (ошибки): {n}.</translation>
    </message>
    <message>
      <source>Import applications from a spreadsheet…</source>
      <translation>Импорт заявок из таблицы…</translation>
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation>Ожидает отправки</translation>
    </message>
    <message>
      <source>Refused by the office</source>
      <translation>Отклонено ведомством</translation>
    </message>
    <message>
      <source>(no mark or title)</source>
      <translation>(без знака и названия)</translation>
    </message>
    <message>
      <source>Mark or title</source>
      <translation>Знак или название</translation>
    </message>
    <message>
      <source>Transfer rate</source>
      <translation>Скорость передачи</translation>
    </message>
    <message>
      <source>Next attempt</source>
      <translation>Следующая попытка</translation>
    </message>
    <message>
      <source>Queued at</source>
      <translation>Поставлено в очередь</translation>
    </message>
    <message>
      <source>Respond…</source>
      <translation>Ответить…</translation>
    </message>
    <message>
      <source>Start the response to the selected notice</source>
      <translation>Начать ответ на выбранное уведомление</translation>
    </message>
    <message>
      <source>Package {package}</source>
      <translation>Пакет {package}</translation>
    </message>
    <message>
      <source>Packages waiting to be sent or receipted: {n}</source>
      <translation>Пакетов ожидают отправки или квитанции: {n}</translation>
    </message>
    <message>
      <source>Response: {title}</source>
      <translation>Ответ: {title}</translation>
    </message>
    <!-- branch: formupgrade -->
    <message>
      <source>Moved</source>
      <translation>Перенесено</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>Преобразовано</translation>
    </message>
    <message>
      <source>Given a default</source>
      <translation>Задано значение по умолчанию</translation>
    </message>
    <message>
      <source>New field, empty</source>
      <translation>Новое поле, пустое</translation>
    </message>
    <message>
      <source>Meaning changed</source>
      <translation>Изменён смысл</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Удалено</translation>
    </message>
    <message>
      <source>Not carried over</source>
      <translation>Не перенесено</translation>
    </message>
    <message>
      <source>This draft is not upgraded: its current revision is signed, and upgrading would make the draft differ from the signed package. Edit the draft (or file the package as it is), then upgrade.</source>
      <translation>Этот черновик не обновлён: его текущая редакция подписана, и обновление сделало бы черновик отличным от подписанного пакета. Измените черновик (или подайте пакет как есть), затем обновите его.</translation>
    </message>
    <message>
      <source>This draft already uses the newest version of the form.</source>
      <translation>Этот черновик уже использует новейшую версию формы.</translation>
    </message>
    <message>
      <source>Upgrade the form</source>
      <translation>Обновить форму</translation>
    </message>
    <message>
      <source>Upgrading saves this draft with version {new} of the form as a new revision; the revision made with version {old} stays in the history.</source>
      <translation>Обновление сохраняет этот черновик с версией {new} формы как новую редакцию; редакция, сделанная с версией {old}, остаётся в истории.</translation>
    </message>
    <message>
      <source>The draft now uses version {new} of the form (revision {n}).</source>
      <translation>Черновик теперь использует версию {new} формы (редакция {n}).</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Изменение</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>До</translation>
    </message>
    <message>
      <source>After</source>
      <translation>После</translation>
    </message>
    <message>
      <source>Upgrade to version {new} of the form</source>
      <translation>Обновить до версии {new} формы</translation>
    </message>
    <message>
      <source>This draft uses an older version of the form (v{old}).</source>
      <translation>Этот черновик использует более старую версию формы (v{old}).</translation>
    </message>
    <message>
      <source>Upgrade to v{new}</source>
      <translation>Обновить до v{new}</translation>
    </message>
    <message>
      <source>Version 2 has one date of the application: the date on which the Office of origin received it (item 13).</source>
      <translation>В версии 2 одна дата заявки: дата получения её ведомством происхождения (пункт 13).</translation>
    </message>
    <message>
      <source>Version 2 records the type of mark as several indications (item 9), and colour per se in item 7.</source>
      <translation>Версия 2 записывает вид знака несколькими указаниями (пункт 9), а цвет как таковой — в пункте 7.</translation>
    </message>
    <message>
      <source>Version 2 has no type “other”: describe the mark in the description of the mark (item 9).</source>
      <translation>В версии 2 нет вида «другое»: опишите знак в описании знака (пункт 9).</translation>
    </message>
    <message>
      <source>Version 2 gives the entitlement of each applicant: the grounds are now given for the first applicant. Check them, and add the grounds of any other applicant.</source>
      <translation>Версия 2 указывает право на подачу для каждого заявителя: основания теперь указаны для первого заявителя. Проверьте их и добавьте основания других заявителей.</translation>
    </message>
    <message>
      <source>Version 2 asks whether the mark is a collective, certification or guarantee mark: the draft did not say, so it is an individual mark.</source>
      <translation>Версия 2 спрашивает, является ли знак коллективным, сертификационным или гарантийным: в черновике это не указано, поэтому знак индивидуальный.</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 9), not set.</source>
      <translation>Новое указание версии 2 (пункт 9), не отмечено.</translation>
    </message>
    <message>
      <source>New indication of version 2 (item 7), not set.</source>
      <translation>Новое указание версии 2 (пункт 7), не отмечено.</translation>
    </message>
    <message>
      <source>New in version 2 (item 3(b)): where an applicant's address is outside the Contracting Party of a ground of domicile or establishment, give the address there.</source>
      <translation>Новое в версии 2 (пункт 3(b)): если адрес заявителя находится вне Договаривающейся стороны основания по месту жительства или предприятию, укажите адрес на её территории.</translation>
    </message>
    <message>
      <source>New in version 2: when the European Union is designated, choose the second language.</source>
      <translation>Новое в версии 2: если указан Европейский союз, выберите второй язык.</translation>
    </message>
    <message>
      <source>New in version 2: seniority claims for the European Union (form MM17).</source>
      <translation>Новое в версии 2: притязания на старшинство для Европейского союза (форма MM17).</translation>
    </message>
    <message>
      <source>The date of receipt (item 13) is now the date of the application: priority periods count from it, and it is sent to the International Bureau.</source>
      <translation>Дата получения (пункт 13) теперь является датой заявки: сроки приоритета отсчитываются от неё, и она передаётся в Международное бюро.</translation>
    </message>
    <message>
      <source>The goods of a partial priority are now sent as the priority's goods and services, no longer as a comment.</source>
      <translation>Товары частичного приоритета теперь передаются как товары и услуги приоритета, а не как комментарий.</translation>
    </message>
    <message>
      <source>Each ground of entitlement is now sent under the applicant it belongs to.</source>
      <translation>Каждое основание права на подачу теперь передаётся в составе сведений о заявителе, к которому оно относится.</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n элемент</numerusform>
        <numerusform>%n элемента</numerusform>
        <numerusform>%n элементов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n value(s) cannot be carried over: give them again.</source>
      <translation>
        <numerusform>%n значение нельзя перенести: укажите его снова.</numerusform>
        <numerusform>%n значения нельзя перенести: укажите их снова.</numerusform>
        <numerusform>%n значений нельзя перенести: укажите их снова.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>After the upgrade, the draft has %n error(s) to fix.</source>
      <translation>
        <numerusform>После обновления в черновике %n ошибка, которую нужно исправить.</numerusform>
        <numerusform>После обновления в черновике %n ошибки, которые нужно исправить.</numerusform>
        <numerusform>После обновления в черновике %n ошибок, которые нужно исправить.</numerusform>
      </translation>
    </message>
    <message>
      <source>{kind} (older form, v{old})</source>
      <translation>{kind} (старая форма, v{old})</translation>
    </message>
    <message>
      <source>Type the key's passphrase.</source>
      <translation>Введите парольную фразу ключа.</translation>
    </message>
    <message>
      <source>Remember for this session</source>
      <translation>Запомнить на этот сеанс</translation>
    </message>
    <message>
      <source>Keep the passphrase (in the system keyring when there is one, else only in memory) until you quit, choose “Lock keys now”, or do not sign for the time set in Settings.</source>
      <translation>Хранить парольную фразу (в системном хранилище ключей, если оно есть, иначе только в памяти), пока вы не выйдете, не выберете «Заблокировать ключи сейчас» или не перестанете подписывать на время, заданное в настройках.</translation>
    </message>
    <message>
      <source>Remembered for this session</source>
      <translation>Запомнена на этот сеанс</translation>
    </message>
    <message>
      <source>Delete key…</source>
      <translation>Удалить ключ…</translation>
    </message>
    <message>
      <source> min</source>
      <translation> мин</translation>
    </message>
    <message>
      <source>Forget remembered passphrases after</source>
      <translation>Забывать запомненные парольные фразы через</translation>
    </message>
    <message>
      <source>A passphrase remembered for the session is forgotten when it has not been used for this long, when you quit, and with “Lock keys now”.</source>
      <translation>Парольная фраза, запомненная на сеанс, забывается, если она не использовалась это время, при выходе и по команде «Заблокировать ключи сейчас».</translation>
    </message>
    <message>
      <source>Delete key</source>
      <translation>Удалить ключ</translation>
    </message>
    <message>
      <source>Choose the key to delete.</source>
      <translation>Выберите ключ для удаления.</translation>
    </message>
    <message>
      <source>Key deleted.</source>
      <translation>Ключ удалён.</translation>
    </message>
    <message>
      <source>Delete the key {name}? It cannot be undone: you cannot sign with it any more. Packages it signed stay valid.</source>
      <translation>Удалить ключ {name}? Это необратимо: подписывать им будет нельзя. Подписанные им пакеты остаются действительными.</translation>
    </message>
    <message>
      <source>The passphrase does not open the key: type it again (a passphrase remembered for this session has been forgotten).</source>
      <translation>Парольная фраза не открывает ключ: введите её снова (запомненная на этот сеанс парольная фраза забыта).</translation>
    </message>
    <message>
      <source>Lock keys now</source>
      <translation>Заблокировать ключи сейчас</translation>
    </message>
    <message>
      <source>Keys locked: every remembered passphrase is forgotten.</source>
      <translation>Ключи заблокированы: все запомненные парольные фразы забыты.</translation>
    </message>
    <message>
      <source>Not deleted.</source>
      <translation>Не удалён.</translation>
    </message>
    <message>
      <source>Deleted key {name}.</source>
      <translation>Ключ {name} удалён.</translation>
    </message>
    <message>
      <source>Delete key {name}? It cannot be undone. [y/N] </source>
      <translation>Удалить ключ {name}? Это необратимо. [y/N] </translation>
    </message>
    <message>
      <source>Filter: mark or title, applicant, reference, office, number</source>
      <translation>Фильтр: знак или название, заявитель, ссылка, ведомство, номер</translation>
    </message>
    <message>
      <source>Filter the list</source>
      <translation>Отфильтровать список</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s): older than a year, check for an update</source>
      <translation>
        <numerusform>%n день: старше года, проверьте обновления</numerusform>
        <numerusform>%n дня: старше года, проверьте обновления</numerusform>
        <numerusform>%n дней: старше года, проверьте обновления</numerusform>
      </translation>
    </message>
    <message>
      <source>{amount} per class</source>
      <translation>{amount} за класс</translation>
    </message>
    <message>
      <source>{amount} whatever the number of classes</source>
      <translation>{amount} независимо от числа классов</translation>
    </message>
    <message>
      <source>{first} for one class, {further} per further class</source>
      <translation>{first} за один класс, {further} за каждый дополнительный класс</translation>
    </message>
    <message>
      <source>{amount} (complementary fee)</source>
      <translation>{amount} (добавочная пошлина)</translation>
    </message>
    <message numerus="yes">
      <source>{amount} for up to %n class(es), {further} per further class</source>
      <translation>
        <numerusform>{amount} до %n класса, {further} за каждый дополнительный класс</numerusform>
        <numerusform>{amount} до %n классов, {further} за каждый дополнительный класс</numerusform>
        <numerusform>{amount} до %n классов, {further} за каждый дополнительный класс</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{amounts} for the first %n classes, {further} per further class</source>
      <translation>
        <numerusform>{amounts} за первый %n класс, {further} за каждый дополнительный класс</numerusform>
        <numerusform>{amounts} за первые %n класса, {further} за каждый дополнительный класс</numerusform>
        <numerusform>{amounts} за первые %n классов, {further} за каждый дополнительный класс</numerusform>
      </translation>
    </message>
    <message>
      <source>Details: where each figure comes from</source>
      <translation>Подробности: откуда взята каждая сумма</translation>
    </message>
    <message numerus="yes">
      <source>%n fee figure(s) to be confirmed: check them at the source before paying</source>
      <translation>
        <numerusform>%n сумма пошлины требует подтверждения: проверьте её по источнику перед оплатой</numerusform>
        <numerusform>%n суммы пошлин требуют подтверждения: проверьте их по источнику перед оплатой</numerusform>
        <numerusform>%n сумм пошлин требуют подтверждения: проверьте их по источнику перед оплатой</numerusform>
      </translation>
    </message>
    <message>
      <source>Receipts received</source>
      <translation>Получены уведомления о получении</translation>
    </message>
    <message>
      <source>{what} was filed with {office}: application number {number}.</source>
      <translation>{what}: заявка подана в {office}, номер заявки {number}.</translation>
    </message>
    <message numerus="yes">
      <source>%n application(s) filed: the receipts are in Receipts.</source>
      <translation>
        <numerusform>Подана %n заявка: уведомление — в разделе «Уведомления о получении».</numerusform>
        <numerusform>Подано %n заявки: уведомления — в разделе «Уведомления о получении».</numerusform>
        <numerusform>Подано %n заявок: уведомления — в разделе «Уведомления о получении».</numerusform>
      </translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date} ({age}); review by {review}</source>
      <translation>Таблица пошлин {version}, действует с {effective}, прочитана {date} ({age}); пересмотреть до {review}</translation>
    </message>
    <message>
      <source>Fee data: {table} read {date} ({age}), review by {review}</source>
      <translation>Данные о пошлинах: {table} прочитана {date} ({age}), пересмотреть до {review}</translation>
    </message>
    <message>
      <source>Warning: {table} is past its review date {review} ({age}): check the fees before paying</source>
      <translation>Внимание: срок пересмотра {table} ({review}) истёк ({age}): проверьте пошлины перед оплатой</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) old</source>
      <translation>
        <numerusform>%n день назад</numerusform>
        <numerusform>%n дня назад</numerusform>
        <numerusform>%n дней назад</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems found. This revision is signed.</source>
      <translation>Проблем не найдено. Эта редакция подписана.</translation>
    </message>
    <message>
      <source>Fee table {version}, in effect from {effective}, read {date}; review by {review}</source>
      <translation>Таблица пошлин {version}, действует с {effective}, прочитана {date}; пересмотреть до {review}</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>Не удалось запустить принтер.</translation>
    </message>
    <message>
      <source>The application is queued for the office. Press “Finish and hand over” to print again, or “End session” to erase it without a printout.</source>
      <translation>Заявка поставлена в очередь на отправку в ведомство. Нажмите «Завершить и передать», чтобы напечатать ещё раз, или «Завершить сеанс», чтобы стереть её без распечатки.</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>Пакеты</translation>
    </message>
    <message>
      <source>Quotes incomplete</source>
      <translation>Неполные расчёты</translation>
    </message>
    <message>
      <source>Fee totals</source>
      <translation>Итоги пошлин</translation>
    </message>
    <message>
      <source>Write a template…</source>
      <translation>Записать шаблон…</translation>
    </message>
    <message>
      <source>A sheet with one column per field of the form, titles and an example row.</source>
      <translation>Таблица с отдельным столбцом для каждого поля формы, заголовками и строкой-примером.</translation>
    </message>
    <message>
      <source>Write a template</source>
      <translation>Записать шаблон</translation>
    </message>
    <message>
      <source>All clients</source>
      <translation>Все клиенты</translation>
    </message>
    <message>
      <source>(no client reference)</source>
      <translation>(без ссылки клиента)</translation>
    </message>
    <message>
      <source>Template written: {path} ({n} columns). Fill in one row per application.</source>
      <translation>Шаблон записан: {path} (столбцов: {n}). Заполните по одной строке на заявку.</translation>
    </message>
    <message>
      <source>Only where the ISA does not search in the language of filing (Rule 12.3): a translation into this language is furnished.</source>
      <translation>Только если ISA не проводит поиск на языке подачи (правило 12.3): представляется перевод на этот язык.</translation>
    </message>
    <message>
      <source>Reproduction in colour</source>
      <translation>Цветное изображение</translation>
    </message>
    <message>
      <source>No reproduction in colour</source>
      <translation>Изображение не в цвете</translation>
    </message>
    <message>
      <source>{percent}% of {amount} ({colour}): the Office of origin, {party}, is a least developed country</source>
      <translation>{percent}% от {amount} ({colour}): ведомство происхождения, {party}, — наименее развитая страна</translation>
    </message>
    <message>
      <source>Classes beyond {free}: {count}</source>
      <translation>Классов сверх {free}: {count}</translation>
    </message>
    <message>
      <source>Designated parties without an individual fee: {parties}</source>
      <translation>Указанные стороны без индивидуальной пошлины: {parties}</translation>
    </message>
    <message>
      <source>Classes: {count}</source>
      <translation>Классов: {count}</translation>
    </message>
    <message>
      <source>In effect from {date}</source>
      <translation>Действует с {date}</translation>
    </message>
    <message>
      <source>First part (the second is paid later): {basis}</source>
      <translation>Первая часть (вторая уплачивается позже): {basis}</translation>
    </message>
    <message>
      <source>Search by {authority}</source>
      <translation>Поиск: {authority}</translation>
    </message>
    <message>
      <source>Search by {authority}, amount as charged at RO/IB</source>
      <translation>Поиск: {authority}, сумма, взимаемая RO/IB</translation>
    </message>
    <message>
      <source>Set by the receiving Office {office}</source>
      <translation>Устанавливается получающим ведомством {office}</translation>
    </message>
    <message>
      <source>Waived for applicants eligible under item 5</source>
      <translation>Не взимается с заявителей, отвечающих пункту 5</translation>
    </message>
    <message>
      <source>Sheets included: {free}</source>
      <translation>Листов включено: {free}</translation>
    </message>
    <message>
      <source>Sheets beyond {free}: {count} × {unit}</source>
      <translation>Листов сверх {free}: {count} × {unit}</translation>
    </message>
    <message>
      <source>Electronic filing: {kind}</source>
      <translation>Электронная подача: {kind}</translation>
    </message>
    <message>
      <source>{percent}% of {amount} (after the e-filing reduction), Schedule of Fees item 5</source>
      <translation>{percent}% от {amount} (после скидки за электронную подачу), пункт 5 Перечня пошлин</translation>
    </message>
    <message>
      <source>Classes: {count} × {unit}</source>
      <translation>Классов: {count} × {unit}</translation>
    </message>
    <message>
      <source>Two-letter language code (ISO 639-1), e.g. en.</source>
      <translation>Двухбуквенный код языка (ISO 639-1), например en.</translation>
    </message>
  </context>
</TS>
